import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { zodValidator } from '@niaga/backoffice/ui';
import { nonNegativeMoneySchema, type ProductView, quantitySchema } from '@niaga/shared/contracts';
import { decimalText, lineAmount, sumMoney } from '../money';

export type LineForm = FormGroup<{
  product: FormControl<ProductView | string | null>;
  quantity: FormControl<string>;
  unitPrice: FormControl<string>;
}>;
export type LinesForm = FormArray<LineForm>;

export interface LineValue {
  product: ProductView | string | null;
  quantity: string;
  unitPrice: string;
}

const productChosen = (control: AbstractControl): ValidationErrors | null =>
  control.value && typeof control.value === 'object' ? null : control.value ? { product: true } : { required: true };

export function createLine(): LineForm {
  return new FormGroup({
    product: new FormControl<ProductView | string | null>(null, productChosen),
    quantity: new FormControl('1', { nonNullable: true, validators: [Validators.required, zodValidator(quantitySchema, decimalText)] }),
    unitPrice: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(nonNegativeMoneySchema, decimalText)],
    }),
  });
}

export function createLines(count = 1): LinesForm {
  return new FormArray(Array.from({ length: count }, () => createLine()));
}

/** The amount of each line (null while incomplete) and the total, exactly. */
export function linesAmounts(lines: readonly Partial<LineValue>[]): { amounts: (string | null)[]; total: string } {
  const amounts = lines.map((l) => (l.product && typeof l.product === 'object' ? lineAmount(l.quantity, l.unitPrice) : null));
  return { amounts, total: sumMoney(amounts) };
}

/** The lines of a create request (`{ productId, quantity, unitPrice }`), for complete lines only. */
export function requestLines(lines: readonly Partial<LineValue>[]): { productId: string; quantity: string; unitPrice: string }[] {
  return lines
    .filter((l): l is LineValue & { product: ProductView } => !!l.product && typeof l.product === 'object')
    .map((l) => ({ productId: l.product.id, quantity: decimalText(l.quantity), unitPrice: decimalText(l.unitPrice) }));
}
