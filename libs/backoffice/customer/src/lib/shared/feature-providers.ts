import type { EnvironmentProviders, Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideTranslations } from '@niaga/backoffice/core';
import { CUSTOMER_TEXTS } from '../i18n/customer-texts';
import { LocalizedPaginatorIntl } from './paginator-intl';

/** What every route of the feature needs: its texts and a paginator that speaks the console's language. */
export function customerFeatureProviders(): (Provider | EnvironmentProviders)[] {
  return [provideTranslations(CUSTOMER_TEXTS), { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl }];
}
