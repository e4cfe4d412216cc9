import { CreateNotificationsAndRecaps1795383387125 } from './1795383387125-CreateNotificationsAndRecaps';

/** The notification domain's migrations (notifications, credit recaps). Append only. */
export const notificationMigrations = [CreateNotificationsAndRecaps1795383387125];
