import { Pipe, PipeTransform } from '@angular/core';
import { formatIdr } from './format-idr';

/** `{{ '1500000.00' | idr }}` → `Rp 1.500.000`. Input is a decimal string, never a float. */
@Pipe({ name: 'idr' })
export class IdrPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatIdr(value);
  }
}
