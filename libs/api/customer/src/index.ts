export { CustomerModule } from './lib/customer.module';
export { customerMigrations } from './lib/migrations';
export { CustomerService, type DocumentParty } from './lib/customers/customer.service';
export { CustomerListExtensions, type CreditStatusFilter } from './lib/customers/customer-list.extensions';
