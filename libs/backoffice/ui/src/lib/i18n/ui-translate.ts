import { DOCUMENT, InjectionToken, inject, signal } from '@angular/core';

export type UiLanguage = 'id' | 'en';
export type UiTranslationParams = Readonly<Record<string, string | number>>;
/** Translates a key of a UI component's texts; reading it inside a template follows a language switch. */
export type UiTranslate = (key: string, params?: UiTranslationParams) => string;

/**
 * Texts of a presentational component in both languages (Bahasa Indonesia is the reference; English must
 * have exactly the same keys, checked at compile time). Same shape as the console's FeatureTranslations,
 * so a feature may also register them with `provideTranslations(...)`.
 */
export interface UiTexts {
  readonly id: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

export function defineUiTexts<const K extends string>(id: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): UiTexts {
  return { id, en };
}

/**
 * The UI library may not depend on the console core (module boundaries: ui → ui/util/contract only), so its
 * components cannot use the core's I18nService. They follow the document language instead: the core's
 * I18nService keeps `<html lang>` in step with the chosen language, and this signal watches that attribute.
 * A host may provide its own translator (e.g. `(k, p) => inject(I18nService).t(k, p)` after registering the
 * component's texts with provideTranslations) — the default needs no wiring at all.
 */
export function documentLanguage(document: Document): () => UiLanguage {
  const root = document.documentElement;
  const read = (): UiLanguage => (root.lang?.toLowerCase().startsWith('en') ? 'en' : 'id');
  const language = signal<UiLanguage>(read());
  const Observer = document.defaultView?.MutationObserver;
  if (Observer) {
    new Observer(() => language.set(read())).observe(root, { attributes: true, attributeFilter: ['lang'] });
  }
  return language.asReadonly();
}

/** Every UI component's texts, merged (keys are prefixed per component, e.g. `creditPanel.`). */
const REGISTERED: { id: Record<string, string>; en: Record<string, string> } = { id: {}, en: {} };

/** Adds a component's texts to the default translator (called once at module load by the component file). */
export function registerUiTexts(texts: UiTexts): void {
  Object.assign(REGISTERED.id, texts.id);
  Object.assign(REGISTERED.en, texts.en);
}

function interpolate(text: string, params?: UiTranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The translator of the UI components: the document language, the texts registered above. */
export const NIAGA_UI_TRANSLATE = new InjectionToken<UiTranslate>('NIAGA_UI_TRANSLATE', {
  providedIn: 'root',
  factory: () => {
    const language = documentLanguage(inject(DOCUMENT));
    return (key, params) => interpolate(REGISTERED[language()][key] ?? REGISTERED.id[key] ?? key, params);
  },
});
