import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe, PageHeader, formatDate } from '@niaga/backoffice/ui';
import { SALES_INVOICE_STATUSES, type SalesInvoiceStatus, type SalesInvoiceView } from '@niaga/shared/contracts';
import { Subject, catchError, merge, of, switchMap, tap } from 'rxjs';
import { SalesInvoicesApi } from '../data-access/sales-invoices.api';
import { CustomerPickerComponent, type CustomerOption } from '../shared/customer-picker/customer-picker';
import { localeOf, problemText } from '../shared/problem-text';
import { StatusChip } from '../shared/status-chip';

const PAGE_SIZE = 20;

/** Invoices: filter by customer, status and overdue, newest first, paged. */
@Component({
  selector: 'niaga-invoice-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatSlideToggle,
    MatTableModule,
    CustomerPickerComponent,
    IdrPipe,
    PageHeader,
    StatusChip,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoice-list-page.html',
  styleUrl: '../shared/list-page.scss',
})
export class InvoiceListPage {
  private readonly api = inject(SalesInvoicesApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  protected readonly canCreate = computed(() => this.auth.can('transactions:create'));

  protected readonly statuses = SALES_INVOICE_STATUSES;
  protected readonly columns = ['number', 'invoiceDate', 'dueDate', 'customer', 'order', 'status', 'total', 'outstanding'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly status = new FormControl<SalesInvoiceStatus | null>(null);
  protected readonly overdue = new FormControl(false, { nonNullable: true });
  protected readonly customerId = signal<string | null>(null);
  protected readonly page = signal(1);
  protected readonly items = signal<SalesInvoiceView[]>([]);
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
          this.api
            .list({ customerId: this.customerId(), status: this.status.value, overdue: this.overdue.value, page: this.page(), pageSize: PAGE_SIZE })
            .pipe(
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
    merge(this.status.valueChanges, this.overdue.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.first());
    this.reload$.next();
  }

  protected onCustomer(option: CustomerOption | null): void {
    this.customerId.set(option?.customer.id ?? null);
    this.first();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.reload$.next();
  }

  protected date(value: string): string {
    return formatDate(value, localeOf(this.i18n));
  }

  private first(): void {
    this.page.set(1);
    this.reload$.next();
  }
}
