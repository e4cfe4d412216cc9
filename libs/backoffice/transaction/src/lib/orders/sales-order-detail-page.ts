import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe, NIAGA_UI_TRANSLATE, PageHeader, creditReasonShort, formatDate } from '@niaga/backoffice/ui';
import type { SalesOrderView } from '@niaga/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { SalesOrdersApi } from '../data-access/sales-orders.api';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm-dialog';
import { isPositive, minusQuantity } from '../shared/money';
import { localeOf, problemText } from '../shared/problem-text';
import { StatusChip } from '../shared/status-chip';

/** One sales order: lines, totals, status, the credit outcome; Cancel and "Create invoice" for what is left. */
@Component({
  selector: 'niaga-sales-order-detail-page',
  imports: [MatButton, MatCard, MatCardContent, MatProgressBar, MatTableModule, RouterLink, IdrPipe, PageHeader, StatusChip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sales-order-detail-page.html',
  styleUrl: '../shared/detail-page.scss',
})
export class SalesOrderDetailPage {
  private readonly api = inject(SalesOrdersApi);
  private readonly i18n = inject(I18nService);
  private readonly uiT = inject(NIAGA_UI_TRANSLATE);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly order = signal<SalesOrderView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly columns = ['lineNo', 'product', 'quantity', 'invoiced', 'unitPrice', 'amount'];

  protected readonly canCreate = computed(() => this.auth.can('transactions:create'));
  protected readonly canCancel = computed(() => {
    const o = this.order();
    return !!o && this.canCreate() && (o.status === 'open' || o.status === 'partially_invoiced');
  });
  protected readonly canInvoice = computed(() => {
    const o = this.order();
    return !!o && this.canCreate() && o.status !== 'cancelled' && o.status !== 'invoiced' && isPositive(o.uninvoicedAmount);
  });
  /** The reasons stored with the order: in words, with the API's figures of that moment. */
  protected readonly reasons = computed(() =>
    (this.order()?.credit.reasons ?? []).map((r) => ({ text: creditReasonShort(r, this.uiT), detail: r.message })),
  );

  constructor() {
    effect(() => this.load(this.id()));
  }

  protected date(value: string): string {
    return formatDate(value, localeOf(this.i18n));
  }

  protected remaining(quantity: string, invoiced: string): string {
    return minusQuantity(quantity, invoiced);
  }

  protected cancel(): void {
    const order = this.order();
    if (!order) return;
    const data: ConfirmData = {
      title: this.i18n.t('tx.orders.cancelTitle', { number: order.number }),
      message: this.i18n.t('tx.orders.cancelMessage'),
      confirm: this.i18n.t('tx.orders.cancel'),
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
          return this.api.cancel(order.id);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.order.set(updated);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(problemText(this.i18n, error));
        },
      });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (order) => {
          this.order.set(order);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(problemText(this.i18n, error));
          this.loading.set(false);
        },
      });
  }
}
