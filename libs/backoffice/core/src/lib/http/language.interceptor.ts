import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { isApiRequest } from './api-base-url';

/** Tells our API the console's language (`Accept-Language: id` / `en`), so it can localise problem details. */
export const languageInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url) || req.headers.has('Accept-Language')) return next(req);
  const language = inject(I18nService).language();
  return next(req.clone({ setHeaders: { 'Accept-Language': language } }));
};
