export { TransactionModule } from './lib/transaction.module';
export { transactionMigrations } from './lib/migrations';
