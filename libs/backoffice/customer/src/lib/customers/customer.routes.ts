import type { Routes } from '@angular/router';
import { permissionGuard } from '@niaga/backoffice/core';
import { customerFeatureProviders } from '../shared/feature-providers';
import { CustomerDetailPage } from './customer-detail-page';
import { CustomerFormPage } from './customer-form-page';
import { CustomerImportPage } from './customer-import-page';
import { CustomerListPage } from './customer-list-page';

const canWrite = [permissionGuard(['customers:write'])];

/**
 * Sales › Customers › Customer List (`sales/customers`), lazy-loaded by the shell, which guards reading
 * (customers:read). New, edit and import also need customers:write.
 */
export const CUSTOMER_ROUTES: Routes = [
  {
    path: '',
    providers: customerFeatureProviders(),
    children: [
      { path: '', component: CustomerListPage },
      { path: 'new', component: CustomerFormPage, canActivate: canWrite },
      { path: 'import', component: CustomerImportPage, canActivate: canWrite },
      { path: ':id', component: CustomerDetailPage },
      { path: ':id/edit', component: CustomerFormPage, canActivate: canWrite },
    ],
  },
];
