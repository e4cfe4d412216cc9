export { INVOICE_ROUTES, PAYMENT_ROUTES, SALES_ORDER_ROUTES } from './lib/transaction.routes';
export { TRANSACTION_TEXTS } from './lib/transaction.texts';
export { CreditApi } from './lib/data-access/credit.api';
export { CustomersLookupApi } from './lib/data-access/customers-lookup.api';
export { PaymentsApi, type PaymentListQuery } from './lib/data-access/payments.api';
export { SalesInvoicesApi, type SalesInvoiceListQuery } from './lib/data-access/sales-invoices.api';
export { SalesOrdersApi, type SalesOrderListQuery } from './lib/data-access/sales-orders.api';
