import type { Route } from '@angular/router';
import { permissionGuard, provideTranslations } from '@niaga/backoffice/core';
import { InvoiceDetailPage } from './invoices/invoice-detail-page';
import { InvoiceFormPage } from './invoices/invoice-form-page';
import { InvoiceListPage } from './invoices/invoice-list-page';
import { SalesOrderDetailPage } from './orders/sales-order-detail-page';
import { SalesOrderFormPage } from './orders/sales-order-form-page';
import { SalesOrderListPage } from './orders/sales-order-list-page';
import { PaymentListPage } from './payments/payment-list-page';
import { TRANSACTION_TEXTS } from './transaction.texts';

const canCreate = permissionGuard(['transactions:create']);

/** `sales/orders` — list, `new` (transactions:create), `:id`. */
export const SALES_ORDER_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(TRANSACTION_TEXTS)],
    children: [
      { path: '', component: SalesOrderListPage },
      { path: 'new', canActivate: [canCreate], component: SalesOrderFormPage },
      { path: ':id', component: SalesOrderDetailPage },
    ],
  },
];

/** `sales/invoices` — list, `new?salesOrderId=` (transactions:create), `:id`. */
export const INVOICE_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(TRANSACTION_TEXTS)],
    children: [
      { path: '', component: InvoiceListPage },
      { path: 'new', canActivate: [canCreate], component: InvoiceFormPage },
      { path: ':id', component: InvoiceDetailPage },
    ],
  },
];

/** `sales/payments` — list and the record-payment dialog. */
export const PAYMENT_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(TRANSACTION_TEXTS)],
    children: [{ path: '', component: PaymentListPage }],
  },
];
