import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe, PageHeader, formatDate } from '@niaga/backoffice/ui';
import type { PaymentView, SalesInvoiceView } from '@niaga/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { PaymentsApi } from '../data-access/payments.api';
import { SalesInvoicesApi } from '../data-access/sales-invoices.api';
import { PaymentDialog, type PaymentDialogData } from '../payments/payment-dialog';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm-dialog';
import { localeOf, problemText } from '../shared/problem-text';
import { StatusChip } from '../shared/status-chip';

/** One invoice: lines, totals, due date and overdue, its payments; Void (unpaid only) and "Record payment". */
@Component({
  selector: 'niaga-invoice-detail-page',
  imports: [MatButton, MatCard, MatCardContent, MatProgressBar, MatTableModule, RouterLink, IdrPipe, PageHeader, StatusChip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoice-detail-page.html',
  styleUrl: '../shared/detail-page.scss',
})
export class InvoiceDetailPage {
  private readonly api = inject(SalesInvoicesApi);
  private readonly paymentsApi = inject(PaymentsApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly invoice = signal<SalesInvoiceView | null>(null);
  protected readonly payments = signal<PaymentView[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly columns = ['lineNo', 'product', 'quantity', 'unitPrice', 'amount'];
  protected readonly paymentColumns = ['number', 'paidAt', 'amount', 'method', 'reference'];

  private readonly canCreate = computed(() => this.auth.can('transactions:create'));
  protected readonly canVoid = computed(() => this.canCreate() && this.invoice()?.status === 'unpaid');
  protected readonly canPay = computed(() => {
    const status = this.invoice()?.status;
    return this.canCreate() && (status === 'unpaid' || status === 'partially_paid');
  });

  constructor() {
    effect(() => this.load(this.id()));
  }

  protected date(value: string): string {
    return formatDate(value, localeOf(this.i18n));
  }

  protected voidInvoice(): void {
    const invoice = this.invoice();
    if (!invoice) return;
    const data: ConfirmData = {
      title: this.i18n.t('tx.invoices.voidTitle', { number: invoice.number }),
      message: this.i18n.t('tx.invoices.voidMessage'),
      confirm: this.i18n.t('tx.invoices.void'),
      cancel: this.i18n.t('tx.form.no'),
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((yes) => yes === true),
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.api.void(invoice.id);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.invoice.set(updated);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(problemText(this.i18n, error));
        },
      });
  }

  protected recordPayment(): void {
    const invoice = this.invoice();
    if (!invoice) return;
    this.dialog
      .open<PaymentDialog, PaymentDialogData, PaymentView>(PaymentDialog, { data: { invoice } })
      .afterClosed()
      .subscribe((payment) => {
        if (!payment) return;
        this.snackBar.open(this.i18n.t('tx.payments.recorded', { number: payment.number }), undefined, { duration: 4000 });
        this.load(invoice.id);
      });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (invoice) => {
          this.invoice.set(invoice);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(problemText(this.i18n, error));
          this.loading.set(false);
        },
      });
    this.paymentsApi
      .list({ invoiceId: id, pageSize: 200 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (page) => this.payments.set(page.items), error: () => this.payments.set([]) });
  }
}
