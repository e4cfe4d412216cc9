export { CreditLimitModule } from './lib/credit-limit.module';
export { creditLimitMigrations } from './lib/migrations';
