import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import type { NotificationView, Page } from '@niaga/shared/contracts';
import { type Subscription, finalize } from 'rxjs';
import { CreditRecapApi } from '../../data-access/credit-recap.api';
import { NotificationApi } from '../../data-access/notification.api';
import { describeNotification, errorText } from '../../format/notification-text';
import { NotificationCenter } from '../../state/notification-center';

export const NOTIFICATIONS_PAGE_SIZES = [10, 20, 50] as const;

interface ListQuery {
  page: number;
  pageSize: number;
  unreadOnly: boolean;
}

/**
 * `/notifications`: every notification of the user, newest first, paged; "unread only" filter; mark one
 * or all as read; open a recap. Users with settings:manage can build a recap now. The list reloads when
 * the unread count moves (a new recap arrived, or something was read from the bell).
 */
@Component({
  selector: 'niaga-notifications-page',
  imports: [MatButton, MatIcon, MatPaginator, MatProgressBar, MatSlideToggle, MatTableModule, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationApi);
  private readonly recaps = inject(CreditRecapApi);
  private readonly center = inject(NotificationCenter);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly pageSizes = NOTIFICATIONS_PAGE_SIZES;
  protected readonly columns = ['notification', 'receivedAt', 'status', 'actions'];
  private readonly auth = inject(AuthService);

  protected readonly canRunRecap = computed(() => this.auth.can('settings:manage'));
  protected readonly unreadCount = this.center.unreadCount;

  protected readonly query = signal<ListQuery>({ page: 1, pageSize: 20, unreadOnly: false });
  private readonly result = signal<Page<NotificationView> | null>(null);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly lines = computed(() => (this.result()?.items ?? []).map((n) => describeNotification(n, this.i18n)));
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly markingAll = signal(false);
  protected readonly running = signal(false);
  private request: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
    // Load on start, on every query change and whenever the unread count moves.
    effect(() => {
      const query = this.query();
      this.unreadCount();
      untracked(() => this.fetch(query));
    });
  }

  protected reload(): void {
    this.fetch(this.query());
  }

  protected setUnreadOnly(change: MatSlideToggleChange): void {
    this.query.update((q) => ({ ...q, unreadOnly: change.checked, page: 1 }));
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  protected open(notification: NotificationView): void {
    const line = describeNotification(notification, this.i18n);
    if (line.unread) this.markRead(notification);
    if (line.link) void this.router.navigate(line.link);
  }

  protected markRead(notification: NotificationView): void {
    this.center.markRead(notification).subscribe({
      next: (updated) =>
        this.result.update((page) => page && { ...page, items: page.items.map((n) => (n.id === updated.id ? updated : n)) }),
      error: (error: unknown) => this.toast(errorText(error, this.i18n, 'notifications.markFailed')),
    });
  }

  protected markAllRead(): void {
    if (this.markingAll()) return;
    this.markingAll.set(true);
    this.center
      .markAllRead()
      .pipe(finalize(() => this.markingAll.set(false)))
      // The count drops to 0, which reloads the list.
      .subscribe({ error: (error: unknown) => this.toast(errorText(error, this.i18n, 'notifications.markFailed')) });
  }

  /** settings:manage: build a recap now (it notifies everyone, us included) and open it. */
  protected runRecap(): void {
    if (this.running()) return;
    this.running.set(true);
    this.recaps
      .runNow()
      .pipe(finalize(() => this.running.set(false)))
      .subscribe({
        next: (recap) => {
          this.center.refresh();
          void this.router.navigate(['/notifications/recaps', recap.id]);
        },
        error: (error: unknown) => this.toast(errorText(error, this.i18n, 'notifications.runRecapFailed')),
      });
  }

  private fetch(query: ListQuery): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.loadError.set(null);
    this.request = this.api
      .list({ page: query.page, pageSize: query.pageSize, unread: query.unreadOnly || undefined })
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (page) => {
          // The page emptied (everything on the last page was read in "unread only"): step back.
          if (page.items.length === 0 && page.total > 0 && query.page > 1) {
            this.query.set({ ...query, page: Math.max(1, Math.ceil(page.total / query.pageSize)) });
            return;
          }
          this.result.set(page);
        },
        error: (error: unknown) => this.loadError.set(errorText(error, this.i18n, 'notifications.loadFailed')),
      });
  }

  private toast(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
