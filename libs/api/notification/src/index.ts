export { NotificationModule } from './lib/notification.module';
export { notificationMigrations } from './lib/migrations';
