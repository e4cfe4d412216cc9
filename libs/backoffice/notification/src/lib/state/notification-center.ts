import { DOCUMENT, DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { AuthService, hasPermission } from '@niaga/backoffice/core';
import type { NotificationView } from '@niaga/shared/contracts';
import { type Observable, type Subscription, tap } from 'rxjs';
import { NotificationApi } from '../data-access/notification.api';

/** How often the unread count is asked for while the tab is visible. */
export const UNREAD_POLL_MS = 30_000;

/**
 * The unread count behind the bell, kept fresh without a reload: asked for at once and then every
 * UNREAD_POLL_MS while (1) a bell is connected, (2) the user holds notifications:read and (3) the tab is
 * visible. Hiding the tab pauses; showing it again asks at once. Logging out stops the polling and clears
 * the count. Marking read goes through here, so the count follows at once and is then confirmed.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationApi);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);

  private readonly count = signal(0);
  private readonly connections = signal(0);
  private readonly visible = signal(this.isDocumentVisible());
  private pending: Subscription | null = null;

  /** Unread notifications of the signed-in user (0 when signed out or not allowed). */
  readonly unreadCount = this.count.asReadonly();
  /** Whether the user may use the notification center at all. */
  readonly canRead = computed(() => hasPermission(this.auth.user(), 'notifications:read'));
  /** True while the count is being polled. */
  readonly polling = computed(() => this.connections() > 0 && this.canRead() && this.visible());

  constructor() {
    const onVisibility = () => this.visible.set(this.isDocumentVisible());
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('visibilitychange', onVisibility);
      this.pending?.unsubscribe();
    });

    effect((onCleanup) => {
      if (!this.canRead()) this.count.set(0); // logged out or no permission: nothing to show
      if (!this.polling()) return;
      untracked(() => this.refresh());
      const timer = setInterval(() => this.refresh(), UNREAD_POLL_MS);
      onCleanup(() => {
        clearInterval(timer);
        this.pending?.unsubscribe();
        this.pending = null;
      });
    });
  }

  /** A bell shows the count: poll while at least one is connected. Call the returned function to leave. */
  connect(): () => void {
    this.connections.update((n) => n + 1);
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      this.connections.update((n) => Math.max(0, n - 1));
    };
  }

  /** Asks for the unread count now (a failed request keeps the last known count). */
  refresh(): void {
    if (!this.canRead()) return;
    this.pending?.unsubscribe();
    this.pending = this.api.unreadCount().subscribe({
      next: ({ count }) => this.count.set(Math.max(0, count)),
      error: () => undefined,
    });
  }

  /** Marks one notification read; the count drops at once and is then confirmed by the server. */
  markRead(notification: NotificationView): Observable<NotificationView> {
    return this.api.markRead(notification.id).pipe(
      tap(() => {
        if (notification.readAt === null) this.count.update((n) => Math.max(0, n - 1));
        this.refresh();
      }),
    );
  }

  markAllRead(): Observable<{ updated: number }> {
    return this.api.markAllRead().pipe(
      tap(() => {
        this.count.set(0);
        this.refresh();
      }),
    );
  }

  private isDocumentVisible(): boolean {
    return this.document.visibilityState !== 'hidden';
  }
}
