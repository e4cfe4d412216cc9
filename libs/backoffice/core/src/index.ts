// Auth
export { AuthService, LOGIN_ENDPOINT, ME_ENDPOINT } from './lib/auth/auth.service';
export {
  AUTH_CLOCK,
  AUTH_STORAGE_KEY,
  EXPIRY_MARGIN_MS,
  type AuthSession,
} from './lib/auth/auth-session';
export { authGuard, guestGuard, permissionGuard } from './lib/auth/auth.guard';
export { hasAnyPermission, hasPermission } from './lib/auth/permissions';
export { LOGIN_PATH, loginUrlTree, safeReturnUrl } from './lib/auth/return-url';

// HTTP
export { API_BASE_URL, isApiRequest } from './lib/http/api-base-url';
export { authInterceptor } from './lib/http/auth.interceptor';
export { languageInterceptor } from './lib/http/language.interceptor';
export { isNetworkError, isProblemDetails, problemOf } from './lib/http/problem';

// i18n
export {
  DEFAULT_LANGUAGE,
  I18nService,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  type Language,
  type TranslationParams,
} from './lib/i18n/i18n.service';
export { TranslatePipe } from './lib/i18n/translate.pipe';
export type { Dictionary, TranslationKey } from './lib/i18n/dictionary.id';
export { defineTranslations, provideTranslations, type FeatureTranslations } from './lib/i18n/feature-translations';
