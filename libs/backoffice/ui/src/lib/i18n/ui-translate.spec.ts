import { TestBed } from '@angular/core/testing';
import { NIAGA_UI_TRANSLATE, defineUiTexts, registerUiTexts } from './ui-translate';

describe('NIAGA_UI_TRANSLATE', () => {
  beforeAll(() => registerUiTexts(defineUiTexts({ 'test.hello': 'Halo {name}', 'test.only': 'Hanya' }, { 'test.hello': 'Hello {name}', 'test.only': 'Only' })));
  afterEach(() => (document.documentElement.lang = 'id'));

  it('translates in the document language, fills placeholders and falls back to the key', async () => {
    document.documentElement.lang = 'id';
    const t = TestBed.inject(NIAGA_UI_TRANSLATE);
    expect(t('test.hello', { name: 'Budi' })).toBe('Halo Budi');
    expect(t('test.missing')).toBe('test.missing');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    expect(t('test.hello', { name: 'Budi' })).toBe('Hello Budi');
    expect(t('test.hello')).toBe('Hello {name}');
  });
});
