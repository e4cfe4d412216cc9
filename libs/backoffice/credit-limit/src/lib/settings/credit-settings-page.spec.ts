import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { CreditSettings } from '@niaga/shared/contracts';
import { CREDIT_LIMIT_TEXTS } from '../credit-limit.texts';
import { CreditSettingsPage } from './credit-settings-page';

const SETTINGS: CreditSettings = {
  defaults: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'value', value: '50000000.00' }, overdue: { mode: 'inherit' } },
  enforcementMode: 'warning',
  allowBackofficeBypass: false,
  warningThresholdPercent: 80,
  overdueGraceDays: 0,
  recapTime: '07:00',
  timeZone: 'Asia/Jakarta',
  updatedAt: '2026-01-01T00:00:00Z',
};

async function render() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations(CREDIT_LIMIT_TEXTS)],
  });
  const fixture = TestBed.createComponent(CreditSettingsPage);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/v1/settings/credit').flush(SETTINGS);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = (id: string) => el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = async (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, el, http, input, type, save };
}

describe('CreditSettingsPage', () => {
  beforeEach(() => localStorage.clear());

  it('loads the settings into the form, empty meaning no limit', async () => {
    const { el, input } = await render();
    expect(input('settings-outstanding').value).toBe('50000000.00');
    expect(input('settings-open-documents').value).toBe('');
    expect(input('settings-threshold').value).toBe('80');
    expect(input('settings-time-zone').value).toBe('Asia/Jakarta');
    expect(el.textContent).toContain('Kosongkan untuk tanpa limit');
  });

  it('saves the whole settings without updatedAt and says so', async () => {
    const { el, http, type, save, fixture } = await render();
    await type('settings-open-documents', '5');
    await type('settings-outstanding', '');
    (el.querySelector('[data-testid="settings-bypass"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    await save();
    const put = http.expectOne('/api/v1/settings/credit');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      defaults: { openDocuments: { mode: 'value', value: 5 }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } },
      enforcementMode: 'warning',
      allowBackofficeBypass: true,
      warningThresholdPercent: 80,
      overdueGraceDays: 0,
      recapTime: '07:00',
      timeZone: 'Asia/Jakarta',
    });
    put.flush({ ...SETTINGS, allowBackofficeBypass: true, updatedAt: '2026-02-01T00:00:00Z' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="settings-saved"]')?.textContent).toContain('Pengaturan tersimpan.');
  });

  it('refuses what the contract schema refuses, without calling the API', async () => {
    const { el, http, type, save } = await render();
    await type('settings-threshold', '0');
    await type('settings-outstanding', '12.345');
    await type('settings-time-zone', 'Mars/Olympus');
    await save();
    http.expectNone('/api/v1/settings/credit');
    const text = el.textContent ?? '';
    expect(text).toContain('Isi 1–100.');
    expect(text).toContain('maks. 2 desimal');
    expect(text).toContain('Zona waktu tidak dikenal');
    expect(el.querySelector('[data-testid="settings-error"]')?.textContent).toContain('Periksa kembali');
  });

  it('shows the server’s 400 field errors on the fields', async () => {
    const { el, http, save, fixture } = await render();
    await save();
    http.expectOne('/api/v1/settings/credit').flush(
      {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        detail: 'The request has invalid fields.',
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'defaults.outstandingAmount.value', message: 'Too large for the books.' },
          { field: 'somethingElse', message: 'Unknown field.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Too large for the books.');
    const error = el.querySelector('[data-testid="settings-error"]')?.textContent ?? '';
    expect(error).toContain('The request has invalid fields.');
    expect(error).toContain('somethingElse: Unknown field.');
  });
});
