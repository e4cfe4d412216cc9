import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { I18nService } from './i18n.service';

/**
 * A feature library's own texts, so features never edit the shell's dictionaries. Bahasa Indonesia is the
 * reference; English must have exactly the same keys (checked at compile time):
 *
 *   export const CUSTOMER_TEXTS = defineTranslations({ 'groups.title': 'Kelompok Pelanggan' }, { 'groups.title': 'Customer Groups' });
 *   // routes: providers: [provideTranslations(CUSTOMER_TEXTS)]
 *
 * Prefix keys with the feature (`customers.`, `orders.`…) to keep them apart.
 */
export interface FeatureTranslations {
  readonly id: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

export function defineTranslations<const K extends string>(id: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): FeatureTranslations {
  return { id, en };
}

/** Registers a feature's texts when its (lazy) route is entered. */
export function provideTranslations(texts: FeatureTranslations): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18nService).registerTranslations(texts));
}
