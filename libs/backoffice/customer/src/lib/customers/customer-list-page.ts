import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type PageEvent, MatPaginator } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import { CREDIT_STATUSES, type CustomerGroupView, type CustomerView } from '@niaga/shared/contracts';
import { Subject, catchError, filter, finalize, map, merge, of, tap } from 'rxjs';
import { describeKind } from '../credit-limit/limit-describe';
import { CustomerCsvApi } from '../data-access/customer-csv.api';
import { CustomerGroupApi } from '../data-access/customer-group.api';
import { CustomerApi } from '../data-access/customer.api';
import { saveFile } from '../shared/download';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { loadEach } from '../shared/load-state';
import { BulkLimitDialog, type BulkLimitDialogData } from './bulk-limit-dialog';
import { CUSTOMER_PAGE_SIZES, type CustomerListSearch, customerSearchFromParams, paramsFromCustomerSearch } from './customer-search';

/**
 * Sales › Customers › Customer List: search by code or name, filter by group and credit status, paging,
 * row selection for the bulk limit edit, CSV export and import, New.
 */
@Component({
  selector: 'niaga-customer-list-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    RouterLink,
    PageHeader,
    TranslatePipe,
    FailureAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-list-page.html',
  styleUrl: './customer-list-page.scss',
})
export class CustomerListPage {
  private readonly api = inject(CustomerApi);
  private readonly csv = inject(CustomerCsvApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.can('customers:write'));
  protected readonly pageSizes = CUSTOMER_PAGE_SIZES;
  protected readonly statuses = CREDIT_STATUSES;
  protected readonly columns = computed(() => [
    ...(this.canWrite() ? ['select'] : []),
    'code',
    'name',
    'group',
    'paymentTermDays',
    'phone',
    'limit',
  ]);

  protected readonly groups = toSignal(inject(CustomerGroupApi).options().pipe(catchError(() => of<CustomerGroupView[]>([]))), {
    initialValue: [] as CustomerGroupView[],
  });

  protected readonly search = signal<CustomerListSearch>(customerSearchFromParams(this.route.snapshot.queryParamMap));
  /** Loads the current search again (after a change, or Search with the same terms). */
  private readonly reload = new Subject<void>();
  protected readonly list = loadEach(
    merge(
      this.route.queryParamMap.pipe(
        map(customerSearchFromParams),
        tap((search) => this.search.set(search)),
      ),
      this.reload.pipe(map(() => this.search())),
    ),
    (search) => this.api.list(search),
  );
  protected readonly rows = computed(() => this.list().value?.items ?? []);
  protected readonly total = computed(() => this.list().value?.total ?? 0);

  protected readonly filters = inject(NonNullableFormBuilder).group({ q: '', groupId: '', creditStatus: '' });

  /** Selected customers, kept across pages until a bulk edit or Clear. */
  protected readonly selected = signal<ReadonlyMap<string, CustomerView>>(new Map());
  protected readonly selectedCount = computed(() => this.selected().size);
  protected readonly allOnPageSelected = computed(() => this.rows().length > 0 && this.rows().every((c) => this.selected().has(c.id)));
  protected readonly someOnPageSelected = computed(() => this.rows().some((c) => this.selected().has(c.id)) && !this.allOnPageSelected());

  protected readonly exporting = signal(false);
  protected readonly actionFailure = signal<Failure | null>(null);

  constructor() {
    this.route.queryParamMap.pipe(map(customerSearchFromParams)).subscribe((s) =>
      this.filters.setValue({ q: s.q, groupId: s.groupId ?? '', creditStatus: s.creditStatus ?? '' }),
    );
  }

  protected limitText(customer: CustomerView): string {
    this.i18n.language();
    const t = this.i18n.t.bind(this.i18n);
    const oa = customer.creditLimit.outstandingAmount;
    return oa.mode === 'inherit' ? '—' : describeKind(t, 'outstandingAmount', customer.creditLimit);
  }

  protected applyFilters(): void {
    const { q, groupId, creditStatus } = this.filters.getRawValue();
    this.go({
      ...this.search(),
      q: q.trim(),
      groupId: groupId || null,
      creditStatus: (this.statuses as readonly string[]).includes(creditStatus) ? (creditStatus as CustomerListSearch['creditStatus']) : null,
      page: 1,
    });
  }

  protected clearFilters(): void {
    this.filters.setValue({ q: '', groupId: '', creditStatus: '' });
    this.go({ ...this.search(), q: '', groupId: null, creditStatus: null, page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.search(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected toggle(customer: CustomerView): void {
    this.selected.update((current) => {
      const next = new Map(current);
      if (next.has(customer.id)) next.delete(customer.id);
      else next.set(customer.id, customer);
      return next;
    });
  }

  protected togglePage(): void {
    const selectAll = !this.allOnPageSelected();
    this.selected.update((current) => {
      const next = new Map(current);
      for (const customer of this.rows()) {
        if (selectAll) next.set(customer.id, customer);
        else next.delete(customer.id);
      }
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Map());
  }

  protected openBulkEdit(): void {
    const customers = [...this.selected().values()];
    if (!customers.length) return;
    this.dialog
      .open<BulkLimitDialog, BulkLimitDialogData, number>(BulkLimitDialog, {
        data: { customers: customers.map((c) => ({ id: c.id, code: c.code, name: c.name })) },
        width: '640px',
        maxWidth: '95vw',
        autoFocus: false,
      })
      .afterClosed()
      .pipe(filter((updated): updated is number => typeof updated === 'number'))
      .subscribe((updated) => {
        this.snackBar.open(this.i18n.t('customers.bulk.done', { count: updated }), undefined, { duration: 5000 });
        this.clearSelection();
        this.reload.next();
      });
  }

  /** Downloads the customers of the current search and group as CSV (with the session's token). */
  protected exportCsv(): void {
    if (this.exporting()) return;
    const { q, groupId } = this.search();
    this.exporting.set(true);
    this.actionFailure.set(null);
    this.csv
      .export({ q, groupId })
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (file) => saveFile(file.blob, file.filename),
        error: (error: unknown) => this.actionFailure.set(failureOf(error)),
      });
  }

  private go(search: CustomerListSearch): void {
    const queryParams = paramsFromCustomerSearch(search);
    if (JSON.stringify(queryParams) === JSON.stringify(paramsFromCustomerSearch(this.search()))) {
      this.reload.next();
      return;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
