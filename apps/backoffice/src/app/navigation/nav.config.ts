import type { NavNode } from './nav.model';

/**
 * The single source of the side navigation AND of the feature routes (see routesFromNav).
 * A feature library goes live by setting `available: true` and adding `loadChildren`
 * (or `loadComponent`) on its entry — nothing else.
 *
 * Who sees what (`anyOf` = at least one of):
 *  - Customer groups, customer list: `customers:read` (creating/editing needs customers:write,
 *    checked inside the feature and by the API).
 *  - Sales orders, invoices, payments: `customers:read` or `transactions:create` — reading the
 *    documents needs customers:read (viewer, finance), and whoever may create documents
 *    (transactions:create, e.g. sales) must also see the list they create into.
 *  - Reports: `reports:read`. Settings (credit defaults, enforcement): `settings:manage`.
 *  - Home: every signed-in user.
 */
export const NAV_ITEMS: readonly NavNode[] = [
  {
    id: 'home',
    labelKey: 'nav.home',
    icon: 'home',
    path: '',
    anyOf: [],
    available: true,
    loadComponent: () => import('../pages/home/home-page').then((m) => m.HomePage),
  },
  {
    id: 'sales',
    labelKey: 'nav.sales',
    icon: 'sales',
    children: [
      {
        id: 'customers',
        labelKey: 'nav.customers',
        icon: 'customers',
        children: [
          {
            id: 'customer-groups',
            labelKey: 'nav.customerGroups',
            icon: 'label',
            path: 'sales/customer-groups',
            anyOf: ['customers:read'],
            available: true,
            loadChildren: () => import('@niaga/backoffice/customer').then((m) => m.CUSTOMER_GROUP_ROUTES),
          },
          {
            id: 'customer-list',
            labelKey: 'nav.customerList',
            icon: 'person',
            path: 'sales/customers',
            anyOf: ['customers:read'],
            available: true,
            loadChildren: () => import('@niaga/backoffice/customer').then((m) => m.CUSTOMER_ROUTES),
          },
        ],
      },
      {
        id: 'sales-orders',
        labelKey: 'nav.salesOrders',
        icon: 'cart',
        path: 'sales/orders',
        anyOf: ['customers:read', 'transactions:create'],
        available: true,
        loadChildren: () => import('@niaga/backoffice/transaction').then((m) => m.SALES_ORDER_ROUTES),
      },
      {
        id: 'invoices',
        labelKey: 'nav.invoices',
        icon: 'receipt',
        path: 'sales/invoices',
        anyOf: ['customers:read', 'transactions:create'],
        available: true,
        loadChildren: () => import('@niaga/backoffice/transaction').then((m) => m.INVOICE_ROUTES),
      },
      {
        id: 'payments',
        labelKey: 'nav.payments',
        icon: 'payment',
        path: 'sales/payments',
        anyOf: ['customers:read', 'transactions:create'],
        available: true,
        loadChildren: () => import('@niaga/backoffice/transaction').then((m) => m.PAYMENT_ROUTES),
      },
    ],
  },
  {
    id: 'reports',
    labelKey: 'nav.reports',
    icon: 'reports',
    path: 'reports',
    anyOf: ['reports:read'],
    available: true,
    loadChildren: () => import('@niaga/backoffice/reporting').then((m) => m.REPORTING_ROUTES),
  },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    icon: 'settings',
    path: 'settings',
    anyOf: ['settings:manage'],
    available: true,
    loadChildren: () => import('@niaga/backoffice/credit-limit').then((m) => m.SETTINGS_ROUTES),
  },
];
