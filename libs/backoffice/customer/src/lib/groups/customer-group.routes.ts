import type { Routes } from '@angular/router';
import { permissionGuard } from '@niaga/backoffice/core';
import { customerFeatureProviders } from '../shared/feature-providers';
import { GroupFormPage } from './group-form-page';
import { GroupListPage } from './group-list-page';

/**
 * Sales › Customers › Customer Group (`sales/customer-groups`), lazy-loaded by the shell, which guards
 * reading (customers:read); creating and editing also need customers:write.
 */
export const CUSTOMER_GROUP_ROUTES: Routes = [
  {
    path: '',
    providers: customerFeatureProviders(),
    children: [
      { path: '', component: GroupListPage },
      { path: 'new', component: GroupFormPage, canActivate: [permissionGuard(['customers:write'])] },
      { path: ':id/edit', component: GroupFormPage, canActivate: [permissionGuard(['customers:write'])] },
    ],
  },
];
