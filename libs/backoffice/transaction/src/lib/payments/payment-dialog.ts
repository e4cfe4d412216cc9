import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { I18nService, TranslatePipe, problemOf } from '@niaga/backoffice/core';
import { IdrPipe, applyServerErrors, formatDate, schemaErrors, zodValidator } from '@niaga/backoffice/ui';
import {
  type CreatePaymentRequest,
  PAYMENT_METHODS,
  type PaymentView,
  type SalesInvoiceView,
  createPaymentSchema,
} from '@niaga/shared/contracts';
import { finalize, forkJoin, map } from 'rxjs';
import { PaymentsApi } from '../data-access/payments.api';
import { SalesInvoicesApi } from '../data-access/sales-invoices.api';
import { CustomerPickerComponent, type CustomerOption } from '../shared/customer-picker/customer-picker';
import { today } from '../shared/dates';
import { IdempotencyKeys } from '../shared/idempotency';
import { decimalText, isMoney, moneyAtMost } from '../shared/money';
import { localeOf, problemText } from '../shared/problem-text';

export interface PaymentDialogData {
  /** The invoice being paid; without it the user picks a customer and one of its open invoices. */
  invoice?: SalesInvoiceView;
}

/** Record a payment (`POST /payments`): invoice, amount ≤ outstanding, date, method, reference. */
@Component({
  selector: 'niaga-payment-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    CustomerPickerComponent,
    IdrPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payment-dialog.html',
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(480px, 80vw);
    }
    .alert {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .invoice {
      margin: 0 0 12px;
    }
  `,
})
export class PaymentDialog {
  private readonly payments = inject(PaymentsApi);
  private readonly invoicesApi = inject(SalesInvoicesApi);
  private readonly i18n = inject(I18nService);
  private readonly ref = inject<MatDialogRef<PaymentDialog, PaymentView>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly keys = new IdempotencyKeys();
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? {};

  protected readonly methods = PAYMENT_METHODS;
  protected readonly openInvoices = signal<SalesInvoiceView[]>([]);
  protected readonly invoice = signal<SalesInvoiceView | null>(this.data.invoice ?? null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly outstanding = computed(() => this.invoice()?.outstandingAmount ?? null);

  private readonly notOverOutstanding = (control: AbstractControl): ValidationErrors | null => {
    const limit = this.invoice()?.outstandingAmount;
    if (!limit || !isMoney(control.value)) return null;
    return moneyAtMost(decimalText(control.value), limit) ? null : { overOutstanding: true };
  };

  protected readonly form = new FormGroup({
    invoiceId: new FormControl(this.data.invoice?.id ?? '', { nonNullable: true, validators: Validators.required }),
    amount: new FormControl(this.data.invoice?.outstandingAmount ?? '', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(createPaymentSchema.shape.amount, decimalText), this.notOverOutstanding],
    }),
    paidAt: new FormControl(today(), { nonNullable: true, validators: Validators.required }),
    method: new FormControl<(typeof PAYMENT_METHODS)[number] | null>('transfer'),
    reference: new FormControl('', { nonNullable: true, validators: Validators.maxLength(100) }),
  });

  protected onCustomer(option: CustomerOption | null): void {
    this.openInvoices.set([]);
    this.choose(null);
    if (!option) return;
    const id = option.customer.id;
    forkJoin([
      this.invoicesApi.list({ customerId: id, status: 'unpaid', pageSize: 200 }),
      this.invoicesApi.list({ customerId: id, status: 'partially_paid', pageSize: 200 }),
    ])
      .pipe(
        map(([a, b]) => [...a.items, ...b.items].sort((x, y) => x.dueDate.localeCompare(y.dueDate))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({ next: (items) => this.openInvoices.set(items), error: (e: unknown) => this.error.set(problemText(this.i18n, e)) });
  }

  protected choose(invoice: SalesInvoiceView | null): void {
    this.invoice.set(invoice);
    this.form.controls.invoiceId.setValue(invoice?.id ?? '');
    this.form.controls.amount.setValue(invoice?.outstandingAmount ?? '');
  }

  protected invoiceLabel(invoice: SalesInvoiceView): string {
    return `${invoice.number} · ${formatDate(invoice.dueDate, localeOf(this.i18n))}`;
  }

  protected amountError(): string {
    const c = this.form.controls.amount;
    const server = c.getError('server') as string | null;
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t('tx.form.required');
    if (c.hasError('overOutstanding')) return this.i18n.t('tx.payments.overOutstanding');
    return this.i18n.t('tx.payments.amountInvalid');
  }

  submit(): void {
    if (this.submitting()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const reference = v.reference.trim();
    const body: CreatePaymentRequest = {
      invoiceId: v.invoiceId,
      amount: decimalText(v.amount),
      paidAt: v.paidAt,
      ...(v.method ? { method: v.method } : {}),
      ...(reference ? { reference } : {}),
    };
    const invalid = schemaErrors(createPaymentSchema, body);
    if (invalid.length) {
      const rest = applyServerErrors(this.form, invalid);
      if (rest.length) this.error.set(rest.map((e) => `${e.field}: ${e.message}`).join(' '));
      return;
    }
    this.submitting.set(true);
    this.payments
      .create(body, this.keys.keyFor(body))
      .pipe(
        finalize(() => this.submitting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (payment) => this.ref.close(payment),
        error: (error: unknown) => {
          const problem = problemOf(error);
          if (problem?.code === 'PAYMENT_EXCEEDS_OUTSTANDING') {
            applyServerErrors(this.form, [{ field: 'amount', message: problem.detail }]);
            return;
          }
          const rest = applyServerErrors(this.form, problem?.errors ?? []);
          if (!problem?.errors?.length || rest.length) this.error.set(problemText(this.i18n, error));
        },
      });
  }

  protected close(): void {
    this.ref.close();
  }
}
