// Routes (lazy-loaded by the shell's navigation)
export { CUSTOMER_GROUP_ROUTES } from './lib/groups/customer-group.routes';
export { CUSTOMER_ROUTES } from './lib/customers/customer.routes';

// Data access
export { CustomerGroupApi, type CustomerGroupSearch } from './lib/data-access/customer-group.api';
export { CustomerApi, type CustomerSearch } from './lib/data-access/customer.api';
export { CustomerCreditLimitApi } from './lib/data-access/customer-credit-limit.api';
export { CustomerCreditApi } from './lib/data-access/customer-credit.api';
export { CustomerAuditApi } from './lib/data-access/customer-audit.api';
export { CustomerCsvApi, type CsvFile, type CustomerImportOptions } from './lib/data-access/customer-csv.api';
export type { AuditEntry } from './lib/data-access/audit-entry';

// Texts
export { CUSTOMER_TEXTS } from './lib/i18n/customer-texts';
