import { type I18nService, isNetworkError, problemOf } from '@niaga/backoffice/core';

/** The API's problem (detail and field messages), our network message, or `fallbackKey`. */
export function errorText(error: unknown, i18n: I18nService, fallbackKey: string): string {
  const problem = problemOf(error);
  if (problem?.detail) {
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return fields.length > 0 ? `${problem.detail} ${fields.join(' ')}` : problem.detail;
  }
  if (isNetworkError(error)) return i18n.t('error.network');
  return i18n.t(fallbackKey);
}
