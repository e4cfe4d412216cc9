import { type I18nService, isNetworkError, problemOf } from '@niaga/backoffice/core';

/** What to tell the user about a failed request: the API's problem detail, else our own words. */
export function problemText(i18n: I18nService, error: unknown, fallbackKey = 'error.unexpected'): string {
  const problem = problemOf(error);
  if (problem) return problem.detail || problem.title;
  return i18n.t(isNetworkError(error) ? 'error.network' : fallbackKey);
}

/** Locale for dates and numbers from the console language. */
export function localeOf(i18n: I18nService): string {
  return i18n.language() === 'en' ? 'en-GB' : 'id-ID';
}
