import { ChangeDetectionStrategy, Component, DestroyRef, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { MatBadge } from '@angular/material/badge';
import { MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon, MatIconRegistry } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { DomSanitizer } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import type { NotificationView } from '@niaga/shared/contracts';
import { finalize } from 'rxjs';
import { NotificationApi } from '../data-access/notification.api';
import { describeNotification, errorText } from '../format/notification-text';
import { registerNotificationIcons } from '../notification-icons';
import { NOTIFICATION_TEXTS } from '../notification.texts';
import { NotificationCenter } from '../state/notification-center';

/** How many notifications the bell's menu lists. */
export const BELL_LATEST = 6;

/**
 * The toolbar bell (selector `niaga-notification-bell`, used by the shell): for users with
 * notifications:read only. Shows the unread count (polled by NotificationCenter) and, when opened,
 * the latest notifications — unread in bold — with "mark all as read" and "see all". Clicking a
 * notification marks it read and opens its recap.
 */
@Component({
  selector: 'niaga-notification-bell',
  imports: [MatBadge, MatDivider, MatIcon, MatIconButton, MatMenu, MatMenuItem, MatMenuTrigger, MatTooltip, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The menu panel lives in the overlay container; the styles are prefixed with its class instead.
  encapsulation: ViewEncapsulation.None,
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
})
export class NotificationBell {
  private readonly center = inject(NotificationCenter);
  private readonly api = inject(NotificationApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly canRead = this.center.canRead;
  protected readonly count = this.center.unreadCount;
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly label = computed(() =>
    this.count() > 0 ? this.i18n.t('notifications.bell.labelUnread', { count: this.count() }) : this.i18n.t('notifications.bell.label'),
  );

  private readonly items = signal<NotificationView[]>([]);
  protected readonly lines = computed(() => this.items().map((n) => describeNotification(n, this.i18n)));
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly marking = signal(false);

  constructor() {
    // The bell is rendered by the shell, outside this library's routes: register texts and icons here.
    this.i18n.registerTranslations(NOTIFICATION_TEXTS);
    registerNotificationIcons(inject(MatIconRegistry), inject(DomSanitizer));
    inject(DestroyRef).onDestroy(this.center.connect());
  }

  /** The menu opened: fetch the latest notifications (and the count, which may have moved). */
  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.center.refresh();
    this.api
      .list({ page: 1, pageSize: BELL_LATEST })
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (page) => this.items.set(page.items),
        error: (error: unknown) => this.loadError.set(errorText(error, this.i18n, 'notifications.loadFailed')),
      });
  }

  open(notification: NotificationView): void {
    const line = describeNotification(notification, this.i18n);
    if (line.unread) {
      this.center.markRead(notification).subscribe({
        next: (updated) => this.replace(updated),
        error: (error: unknown) => this.toast(errorText(error, this.i18n, 'notifications.markFailed')),
      });
    }
    if (line.link) void this.router.navigate(line.link);
  }

  /** Keeps the menu open (stopPropagation) so the user sees the items turn read. */
  markAllRead(event: Event): void {
    event.stopPropagation();
    if (this.marking()) return;
    this.marking.set(true);
    this.center
      .markAllRead()
      .pipe(finalize(() => this.marking.set(false)))
      .subscribe({
        next: () => {
          const now = new Date().toISOString();
          this.items.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
        },
        error: (error: unknown) => this.toast(errorText(error, this.i18n, 'notifications.markFailed')),
      });
  }

  private replace(updated: NotificationView): void {
    this.items.update((items) => items.map((n) => (n.id === updated.id ? updated : n)));
  }

  private toast(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
