export { SETTINGS_ROUTES } from './lib/settings.routes';
export { CREDIT_LIMIT_TEXTS } from './lib/credit-limit.texts';
export { CreditSettingsApi } from './lib/data-access/credit-settings.api';
export { ProductsApi, type ProductListQuery } from './lib/data-access/products.api';
