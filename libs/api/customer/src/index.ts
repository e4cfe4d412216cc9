export { CustomerModule } from './lib/customer.module';
export { customerMigrations } from './lib/migrations';
