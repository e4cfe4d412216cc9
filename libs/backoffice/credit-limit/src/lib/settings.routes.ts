import type { Route } from '@angular/router';
import { provideTranslations } from '@niaga/backoffice/core';
import { CREDIT_LIMIT_TEXTS } from './credit-limit.texts';
import { CreditSettingsPage } from './settings/credit-settings-page';
import { SettingsLayout } from './settings/settings-layout';
import { ProductsPage } from './products/products-page';

/** `settings` (settings:manage, guarded by the navigation): credit settings and products. */
export const SETTINGS_ROUTES: Route[] = [
  {
    path: '',
    component: SettingsLayout,
    providers: [provideTranslations(CREDIT_LIMIT_TEXTS)],
    children: [
      { path: '', component: CreditSettingsPage },
      { path: 'products', component: ProductsPage },
    ],
  },
];
