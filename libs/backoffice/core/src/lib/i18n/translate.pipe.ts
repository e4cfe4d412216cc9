import { Pipe, PipeTransform, inject } from '@angular/core';
import type { TranslationKey } from './dictionary.id';
import { I18nService, type TranslationParams } from './i18n.service';

/**
 * `{{ 'nav.customers' | t }}`, `{{ 'home.welcome' | t: { name: user.name } }}`.
 * Impure on purpose: it reads the language signal, so the view re-renders on a switch;
 * a lookup in a small object is cheap enough for that.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey | (string & {}), params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
