// Toolbar bell (selector niaga-notification-bell) — the shell renders it; it registers its own texts and icons.
export { NotificationBell } from './lib/bell/notification-bell';
// Routes: mount under `notifications`, guarded by notifications:read.
export { notificationRoutes } from './lib/notification.routes';
// State and data access.
export { NotificationCenter, UNREAD_POLL_MS } from './lib/state/notification-center';
export { NotificationApi, type NotificationListQuery } from './lib/data-access/notification.api';
export { CreditRecapApi, type DownloadedFile } from './lib/data-access/credit-recap.api';
export { NOTIFICATION_TEXTS, type NotificationTextKey } from './lib/notification.texts';
