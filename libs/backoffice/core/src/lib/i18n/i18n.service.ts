import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { safeStorage } from '../storage';
import { EN_DICTIONARY } from './dictionary.en';
import { ID_DICTIONARY, type Dictionary, type TranslationKey } from './dictionary.id';
import type { FeatureTranslations } from './feature-translations';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
export const LANGUAGE_STORAGE_KEY = 'niaga.language';

export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { id: ID_DICTIONARY, en: EN_DICTIONARY };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Runtime i18n with signals: the language is a signal, `t()` reads it, so every template or
 * computed that translates follows a language switch at once. The choice is kept in localStorage;
 * Bahasa Indonesia is the default.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.storedLanguage());

  /** The active language. */
  readonly language = this.current.asReadonly();
  readonly dictionary = computed(() => DICTIONARIES[this.current()]);
  /** Texts registered by feature libraries (see feature-translations.ts). */
  private readonly features = signal<Readonly<Record<Language, Readonly<Record<string, string>>>>>({ id: {}, en: {} });

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  setLanguage(language: Language): void {
    this.current.set(language);
    safeStorage.set(LANGUAGE_STORAGE_KEY, language);
    this.document.documentElement.lang = language;
  }

  /** Adds a feature library's texts (both languages). */
  registerTranslations(texts: FeatureTranslations): void {
    this.features.update((current) => ({ id: { ...current.id, ...texts.id }, en: { ...current.en, ...texts.en } }));
  }

  /** The text of `key` in the active language, with `{placeholders}` filled from `params`. */
  t(key: TranslationKey | (string & {}), params?: TranslationParams): string {
    const language = this.current();
    const features = this.features();
    const text =
      (this.dictionary() as Readonly<Record<string, string>>)[key] ??
      features[language][key] ??
      (ID_DICTIONARY as Readonly<Record<string, string>>)[key] ??
      features.id[key] ??
      key;
    return params ? interpolate(text, params) : text;
  }

  private storedLanguage(): Language {
    const stored = safeStorage.get(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  }
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
