import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { NIAGA_UI_TRANSLATE, creditReasonText } from '@niaga/backoffice/ui';
import type { CreditDocumentType, CustomerCredit, CustomerView } from '@niaga/shared/contracts';
import { type Observable, catchError, debounce, filter, forkJoin, map, of, switchMap, tap, timer } from 'rxjs';
import { CreditApi } from '../../data-access/credit.api';
import { CustomersLookupApi } from '../../data-access/customers-lookup.api';

/** A suggestion: the customer, its credit, and whether it may be chosen. */
export interface CustomerOption {
  customer: CustomerView;
  credit: CustomerCredit | null;
  /** Over a limit in blocking mode: new documents are refused. */
  blocked: boolean;
  /** Blocked, but this user may override it with a reason (credit:override + back-office bypass on). */
  overridable: boolean;
  /** Why it is blocked, in words. */
  reason: string;
}

export const displayCustomer = (value: CustomerOption | CustomerView | string | null): string => {
  if (!value) return '';
  if (typeof value === 'string') return value;
  const c = 'customer' in value ? value.customer : value;
  return `${c.code} — ${c.name}`;
};

/**
 * Customer autocomplete over `GET /customers?q=` (≤ 10 suggestions). With `checkCredit`, each suggestion's
 * credit is read; in blocking mode a customer already over a limit is shown disabled with the reason, unless
 * the user may override (credit:override, and the check says `overridable`) — then it can be chosen, and the
 * form asks for a reason.
 */
@Component({
  selector: 'niaga-customer-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-picker.html',
  styleUrl: './customer-picker.scss',
})
export class CustomerPickerComponent {
  private readonly customers = inject(CustomersLookupApi);
  private readonly creditApi = inject(CreditApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly uiT = inject(NIAGA_UI_TRANSLATE);

  /** Read each suggestion's credit and refuse blocked customers (document forms); off for list filters. */
  readonly checkCredit = input(true);
  readonly documentType = input<CreditDocumentType>('sales_order');
  readonly label = input<string | null>(null);
  readonly required = input(false);
  readonly disabled = input(false);
  readonly debounceMs = input(250);
  /** The chosen customer, or null when the text no longer names one. */
  readonly picked = output<CustomerOption | null>();

  protected readonly text = new FormControl<CustomerOption | string>('', {
    nonNullable: true,
    validators: (control) => (this.required() && typeof control.value !== 'object' ? { required: true } : null),
  });
  protected readonly options = signal<CustomerOption[]>([]);
  protected readonly searching = signal(false);
  protected readonly selected = signal<CustomerOption | null>(null);
  protected readonly display = displayCustomer;
  protected readonly hint = computed(() => {
    const s = this.selected();
    if (!s?.credit) return '';
    return s.blocked ? this.i18n.t('tx.picker.overrideChosen') : '';
  });

  constructor() {
    this.text.valueChanges
      .pipe(
        tap((value) => {
          if (typeof value === 'string' && this.selected()) {
            this.selected.set(null);
            this.picked.emit(null);
          }
        }),
        filter((value): value is string => typeof value === 'string'),
        debounce(() => timer(this.debounceMs())),
        tap(() => this.searching.set(true)),
        switchMap((q) => this.suggest(q)),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.searching.set(false);
        this.options.set(options);
      });
  }

  /** Sets the shown customer from outside (e.g. a document opened for a known customer). */
  setCustomer(option: CustomerOption | null): void {
    this.selected.set(option);
    this.text.setValue(option ?? '', { emitEvent: false });
  }

  /** Shows "required" when nothing is chosen (call on submit). */
  markTouched(): void {
    this.text.markAsTouched();
    this.text.updateValueAndValidity({ emitEvent: false });
  }

  protected onSelected(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as CustomerOption;
    this.selected.set(option);
    this.picked.emit(option);
  }

  protected onFocus(): void {
    if (!this.options().length && !this.selected()) this.text.setValue(typeof this.text.value === 'string' ? this.text.value : '');
  }

  private suggest(q: string): Observable<CustomerOption[]> {
    return this.customers.search(q).pipe(
      switchMap((page) => {
        if (!page.items.length) return of([]);
        if (!this.checkCredit()) return of(page.items.map((customer) => this.option(customer, null, false)));
        return forkJoin(page.items.map((customer) => this.withCredit(customer)));
      }),
      catchError(() => of([])),
    );
  }

  private withCredit(customer: CustomerView): Observable<CustomerOption> {
    return this.creditApi.credit(customer.id).pipe(
      switchMap((credit) => {
        if (!credit.blocked || !this.auth.can('credit:override')) return of(this.option(customer, credit, false));
        // Only the server knows whether the bypass is on: ask the check (it changes nothing).
        return this.creditApi.check({ customerId: customer.id, documentType: this.documentType(), amount: '0.00' }).pipe(
          map((check) => this.option(customer, credit, check.overridable)),
          catchError(() => of(this.option(customer, credit, false))),
        );
      }),
      catchError(() => of(this.option(customer, null, false))),
    );
  }

  private option(customer: CustomerView, credit: CustomerCredit | null, overridable: boolean): CustomerOption {
    const blocked = !!credit?.blocked;
    return {
      customer,
      credit,
      blocked,
      overridable: blocked && overridable,
      reason: credit && blocked ? credit.reasons.map((r) => creditReasonText(r, credit, this.uiT)).join(' ') : '',
    };
  }
}
