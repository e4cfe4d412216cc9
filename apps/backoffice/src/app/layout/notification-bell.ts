/**
 * The toolbar bell is the notification center's own component (selector `niaga-notification-bell`):
 * unread count, latest notifications, mark all read, see all. Hidden for users without notifications:read.
 */
export { NotificationBell } from '@niaga/backoffice/notification';
