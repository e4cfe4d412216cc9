import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { type PageEvent, MatPaginator } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import type { CustomerGroupView } from '@niaga/shared/contracts';
import { Subject, filter, map, merge, switchMap, tap } from 'rxjs';
import { CustomerGroupApi, type CustomerGroupSearch } from '../data-access/customer-group.api';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { type Failure, failureOf, problemNumber } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { loadEach } from '../shared/load-state';
import { GROUP_PAGE_SIZES, type GroupSearchTerms, paramsFromSearch, searchFromParams } from './group-search';
import { GroupSearchBar } from './group-search-bar';

/** Sales › Customers › Customer Group: search, the list (No., Group Code, Group Name, customers), paging, New. */
@Component({
  selector: 'niaga-group-list-page',
  imports: [MatButton, MatPaginator, MatProgressBar, MatTableModule, RouterLink, PageHeader, TranslatePipe, FailureAlert, GroupSearchBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-list-page.html',
  styleUrl: './group-list-page.scss',
})
export class GroupListPage {
  private readonly api = inject(CustomerGroupApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.can('customers:write'));
  protected readonly pageSizes = GROUP_PAGE_SIZES;
  protected readonly columns = computed(() => ['no', 'code', 'name', 'customerCount', ...(this.canWrite() ? ['actions'] : [])]);

  /** The id of the group just saved (passed by the form in the navigation state), highlighted in the list. */
  protected readonly savedId = signal<string | null>(readSavedId());
  /** Loads the current search again (after a change, or Search with the same terms). */
  private readonly reload = new Subject<void>();
  protected readonly search = signal<CustomerGroupSearch & { q: string }>(searchFromParams(this.route.snapshot.queryParamMap));

  protected readonly list = loadEach(
    merge(
      this.route.queryParamMap.pipe(
        map(searchFromParams),
        tap((search) => this.search.set(search)),
      ),
      this.reload.pipe(map(() => this.search())),
    ),
    (search) => this.api.list(search),
  );
  protected readonly rows = computed(() => this.list().value?.items ?? []);
  protected readonly total = computed(() => this.list().value?.total ?? 0);
  protected readonly terms = computed<GroupSearchTerms>(() => {
    const s = this.search();
    return { field: s.field, match: s.match, q: s.q };
  });

  protected readonly deleteFailure = signal<{ failure: Failure; message: string | null } | null>(null);
  protected readonly deleting = signal<string | null>(null);

  protected rowNumber(index: number): number {
    const s = this.search();
    return (s.page - 1) * s.pageSize + index + 1;
  }

  protected onSearch(terms: GroupSearchTerms): void {
    this.go({ ...this.search(), ...terms, page: 1 });
  }

  protected onShowAll(): void {
    this.go({ ...this.search(), q: '', page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.search(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected confirmDelete(group: CustomerGroupView): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('customers.groups.deleteTitle'),
      message: this.i18n.t('customers.groups.deleteConfirm', { code: group.code, name: group.name }),
      confirm: this.i18n.t('customers.action.delete'),
      cancel: this.i18n.t('customers.action.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '420px' })
      .afterClosed()
      .pipe(
        filter((ok) => ok === true),
        tap(() => {
          this.deleteFailure.set(null);
          this.deleting.set(group.id);
        }),
        switchMap(() => this.api.delete(group.id)),
      )
      .subscribe({
        next: () => {
          this.deleting.set(null);
          this.snackBar.open(this.i18n.t('customers.groups.deleted', { code: group.code }), undefined, { duration: 4000 });
          this.reload.next();
        },
        error: (error: unknown) => {
          this.deleting.set(null);
          const failure = failureOf(error);
          this.deleteFailure.set({ failure, message: this.refusalMessage(group, failure) });
        },
      });
  }

  /** A group still in use: say so in the user's language, with how many customers use it. */
  private refusalMessage(group: CustomerGroupView, failure: Failure): string | null {
    if (failure.code !== 'CUSTOMER_GROUP_IN_USE') return null;
    const count = problemNumber(failure, 'customerCount');
    return count === null
      ? this.i18n.t('customers.groups.inUseUnknown', { code: group.code, detail: failure.detail ?? '' })
      : this.i18n.t('customers.groups.inUse', { code: group.code, count });
  }

  /** Puts the search in the URL, which loads it; the same search again (Search clicked twice) reloads. */
  private go(search: CustomerGroupSearch): void {
    this.savedId.set(null);
    const queryParams = paramsFromSearch(search);
    if (JSON.stringify(queryParams) === JSON.stringify(paramsFromSearch(this.search()))) {
      this.reload.next();
      return;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}

function readSavedId(): string | null {
  const state: unknown = globalThis.history?.state;
  const id = typeof state === 'object' && state !== null ? (state as { savedId?: unknown }).savedId : null;
  return typeof id === 'string' ? id : null;
}
