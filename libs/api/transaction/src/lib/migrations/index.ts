import { CreateSalesDocuments1795382868124 } from './1795382868124-CreateSalesDocuments';

/** The transaction domain's migrations (products, numbering, orders, invoices, payments). Append only. */
export const transactionMigrations = [CreateSalesDocuments1795382868124];
