import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { ProductsApi } from '@niaga/backoffice/credit-limit';
import { IdrPipe } from '@niaga/backoffice/ui';
import type { ProductView } from '@niaga/shared/contracts';
import { Subject, catchError, debounce, map, of, startWith, switchMap, timer } from 'rxjs';
import { type LineForm, type LineValue, type LinesForm, createLine, linesAmounts } from './line-form';

/**
 * Order/invoice lines: product (autocomplete over `GET /products?q=`), quantity, unit price (the product's by
 * default, editable), the line amount and the total — computed exactly in decimals, never floats.
 * The parent owns the FormArray (see line-form.ts) and reads the total with `linesAmounts`.
 */
@Component({
  selector: 'niaga-document-lines',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatIconButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    IdrPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-lines.html',
  styleUrl: './document-lines.scss',
})
export class DocumentLinesComponent {
  private readonly products = inject(ProductsApi);
  private readonly i18n = inject(I18nService);

  readonly lines = input.required<LinesForm>();
  readonly debounceMs = input(250);

  private readonly values = toSignal(
    toObservable(this.lines).pipe(switchMap((array) => array.valueChanges.pipe(startWith(null), map(() => array.getRawValue() as LineValue[])))),
    { initialValue: [] as LineValue[] },
  );
  protected readonly computedAmounts = computed(() => linesAmounts(this.values()));

  protected readonly productOptions = signal<ProductView[]>([]);
  private readonly search$ = new Subject<string>();
  protected readonly displayProduct = (p: ProductView | string | null) => (!p ? '' : typeof p === 'string' ? p : `${p.code} — ${p.name}`);

  constructor() {
    this.search$
      .pipe(
        debounce(() => timer(this.debounceMs())),
        switchMap((q) =>
          this.products.list({ q, pageSize: 10 }).pipe(
            map((page) => page.items.filter((p) => p.active)),
            catchError(() => of([] as ProductView[])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.productOptions.set(items));
  }

  protected searchProducts(text: string): void {
    this.search$.next(text);
  }

  protected onProductSelected(line: LineForm, event: MatAutocompleteSelectedEvent): void {
    const product = event.option.value as ProductView;
    line.controls.unitPrice.setValue(product.unitPrice);
  }

  add(): void {
    this.lines().push(createLine());
  }

  remove(index: number): void {
    if (this.lines().length > 1) this.lines().removeAt(index);
  }

  protected errorText(line: LineForm, field: 'product' | 'quantity' | 'unitPrice'): string {
    const control = line.controls[field];
    const server = control.getError('server') as string | null;
    if (server) return server;
    if (control.hasError('required')) return this.i18n.t('tx.lines.required');
    if (field === 'product') return this.i18n.t('tx.lines.productInvalid');
    if (field === 'quantity') return this.i18n.t('tx.lines.quantityInvalid');
    return this.i18n.t('tx.lines.priceInvalid');
  }
}
