import { creditSettingsSchema, type CreditSettings } from '@niaga/shared/contracts';
import { schemaErrors } from '@niaga/backoffice/ui';
import { amountText, controlNameFor, toFormValue, toRequest, wholeNumber } from './settings-form';

const SETTINGS: CreditSettings = {
  defaults: { openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'value', value: true } },
  enforcementMode: 'blocking',
  allowBackofficeBypass: false,
  warningThresholdPercent: 80,
  overdueGraceDays: 0,
  recapTime: '07:00',
  timeZone: 'Asia/Jakarta',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('settings form mapping', () => {
  it('round-trips the settings without updatedAt; empty means inherit, 0 stays zero credit', () => {
    const form = toFormValue(SETTINGS);
    expect(form.openDocuments).toBe('0');
    expect(form.outstandingAmount).toBe('');
    expect(form.overdue).toBe('on');
    const body = toRequest(form);
    expect(body).toEqual({
      defaults: { openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'value', value: true } },
      enforcementMode: 'blocking',
      allowBackofficeBypass: false,
      warningThresholdPercent: 80,
      overdueGraceDays: 0,
      recapTime: '07:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(schemaErrors(creditSettingsSchema, body)).toEqual([]);
  });

  it('keeps amounts as decimal strings and lets the contract schema refuse bad input', () => {
    const body = toRequest({ ...toFormValue(SETTINGS), outstandingAmount: ' 50000000,5 ', openDocuments: '1.5', overdue: 'off', timeZone: 'Mars/Base' });
    expect(body.defaults.outstandingAmount).toEqual({ mode: 'value', value: '50000000.5' });
    expect(body.defaults.overdue).toEqual({ mode: 'value', value: false });
    const fields = schemaErrors(creditSettingsSchema, body).map((e) => controlNameFor(e.field));
    expect(fields).toEqual(expect.arrayContaining(['openDocuments', 'timeZone']));
    expect(fields).not.toContain('outstandingAmount');
  });

  it('maps API field names to controls', () => {
    expect(controlNameFor('defaults.outstandingAmount.value')).toBe('outstandingAmount');
    expect(controlNameFor('defaults.openDocuments')).toBe('openDocuments');
    expect(controlNameFor('warningThresholdPercent')).toBe('warningThresholdPercent');
    expect(controlNameFor('updatedAt')).toBeNull();
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('1e3')).toBeNaN();
    expect(amountText('1.500,00')).toBe('1.500,00');
  });
});
