export { NotificationModule } from './lib/notification.module';
export { notificationMigrations } from './lib/migrations';
export { CreditRecapService } from './lib/recap/credit-recap.service';
export { RecapScheduler } from './lib/recap/recap.scheduler';
