import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EN_DICTIONARY } from './dictionary.en';
import { ID_DICTIONARY } from './dictionary.id';
import { defineTranslations } from './feature-translations';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { TranslatePipe } from './translate.pipe';
import { PERMISSIONS, ROLES } from '@niaga/shared/contracts';

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="a">{{ 'nav.customerGroups' | t }}</span><span class="b">{{ 'home.welcome' | t: { name: 'Sari' } }}</span>`,
})
class Host {
  readonly i18n = inject(I18nService);
}

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('defaults to Bahasa Indonesia', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('id');
    expect(i18n.t('nav.customerGroups')).toBe('Kelompok Pelanggan');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('id');
  });

  it('switches language, persists the choice and sets <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.t('nav.customerGroups')).toBe('Customer Group');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
  });

  it('restores the stored language and ignores an unknown one', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).language()).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18nService).language()).toBe('id');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('home.welcome', { name: 'Budi' })).toBe('Selamat datang, Budi');
    expect(i18n.t('home.welcome')).toBe('Selamat datang, {name}');
    expect(i18n.t('home.welcome', { other: 'x' })).toBe('Selamat datang, {name}');
  });

  it('has the same non-empty keys in every language, including every role and permission', () => {
    const idKeys = Object.keys(ID_DICTIONARY).sort();
    expect(Object.keys(EN_DICTIONARY).sort()).toEqual(idKeys);
    for (const text of [...Object.values(ID_DICTIONARY), ...Object.values(EN_DICTIONARY)]) {
      expect(text.trim()).not.toBe('');
    }
    for (const role of ROLES) expect(idKeys).toContain(`role.${role}`);
    for (const permission of PERMISSIONS) expect(idKeys).toContain(`permission.${permission}`);
  });

  it('re-renders an OnPush view through the t pipe when the language changes', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.a')?.textContent).toBe('Kelompok Pelanggan');
    expect(el.querySelector('.b')?.textContent).toBe('Selamat datang, Sari');

    fixture.componentInstance.i18n.setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('.a')?.textContent).toBe('Customer Group');
    expect(el.querySelector('.b')?.textContent).toBe('Welcome, Sari');
  });

  it('translates texts registered by a feature library, falling back to Indonesian', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.registerTranslations(defineTranslations({ 'feature.hello': 'Halo {name}', 'feature.only': 'Hanya' }, { 'feature.hello': 'Hello {name}', 'feature.only': 'Only' }));
    i18n.setLanguage('id');
    expect(i18n.t('feature.hello', { name: 'Sari' })).toBe('Halo Sari');
    i18n.setLanguage('en');
    expect(i18n.t('feature.hello', { name: 'Sari' })).toBe('Hello Sari');
    expect(i18n.t('feature.unknown')).toBe('feature.unknown');
  });
});
