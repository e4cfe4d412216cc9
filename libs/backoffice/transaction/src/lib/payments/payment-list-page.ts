import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe, PageHeader, formatDate } from '@niaga/backoffice/ui';
import type { PaymentView } from '@niaga/shared/contracts';
import { Subject, catchError, of, switchMap, tap } from 'rxjs';
import { PaymentsApi } from '../data-access/payments.api';
import { CustomerPickerComponent, type CustomerOption } from '../shared/customer-picker/customer-picker';
import { localeOf, problemText } from '../shared/problem-text';
import { PaymentDialog, type PaymentDialogData } from './payment-dialog';

const PAGE_SIZE = 20;

/** Payments: newest first, filter by customer, and "Record payment". */
@Component({
  selector: 'niaga-payment-list-page',
  imports: [MatButton, MatPaginator, MatProgressBar, MatTableModule, RouterLink, CustomerPickerComponent, IdrPipe, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payment-list-page.html',
  styleUrl: '../shared/list-page.scss',
})
export class PaymentListPage {
  private readonly api = inject(PaymentsApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly canCreate = computed(() => this.auth.can('transactions:create'));

  protected readonly columns = ['number', 'paidAt', 'invoice', 'amount', 'method', 'reference'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly customerId = signal<string | null>(null);
  protected readonly page = signal(1);
  protected readonly items = signal<PaymentView[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly reload$ = new Subject<void>();

  constructor() {
    this.reload$
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() =>
          this.api.list({ customerId: this.customerId(), page: this.page(), pageSize: PAGE_SIZE }).pipe(
            catchError((error: unknown) => {
              this.error.set(problemText(this.i18n, error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (!page) return;
        this.items.set(page.items);
        this.total.set(page.total);
      });
    this.reload$.next();
  }

  protected onCustomer(option: CustomerOption | null): void {
    this.customerId.set(option?.customer.id ?? null);
    this.page.set(1);
    this.reload$.next();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.reload$.next();
  }

  protected record(): void {
    this.dialog
      .open<PaymentDialog, PaymentDialogData, PaymentView>(PaymentDialog, { data: {}, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((payment) => {
        if (!payment) return;
        this.snackBar.open(this.i18n.t('tx.payments.recorded', { number: payment.number }), undefined, { duration: 4000 });
        this.reload$.next();
      });
  }

  protected date(value: string): string {
    return formatDate(value, localeOf(this.i18n));
  }
}
