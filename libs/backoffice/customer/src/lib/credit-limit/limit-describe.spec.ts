import type { CustomerCreditLimit } from '@niaga/shared/contracts';
import { CUSTOMER_TEXTS_ID } from '../i18n/customer-texts.id';
import { creditLimitOf, describeChanges, describeLimit } from './limit-describe';

const TEXTS: Readonly<Record<string, string>> = CUSTOMER_TEXTS_ID;
const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  (TEXTS[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));

const INHERIT: CustomerCreditLimit = { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } };

describe('limit in words', () => {
  it('describes every kind and mode, with 0 as zero credit', () => {
    expect(
      describeLimit(t, { openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'value', value: '50000000.00' }, overdue: { mode: 'value', value: true } }),
    ).toEqual([
      'Dokumen terbuka: 0 dokumen (kredit nol)',
      'Jumlah piutang: Rp 50.000.000',
      'Faktur jatuh tempo: Periksa: faktur jatuh tempo melewati limit',
    ]);
    expect(describeLimit(t, { ...INHERIT, outstandingAmount: { mode: 'unlimited' } })).toEqual([
      'Dokumen terbuka: Ikuti kelompok/default',
      'Jumlah piutang: Tanpa limit',
      'Faktur jatuh tempo: Ikuti kelompok/default',
    ]);
    expect(describeLimit(t, { ...INHERIT, outstandingAmount: { mode: 'value', value: '0.00' } })[1]).toBe('Jumlah piutang: Rp 0 (kredit nol)');
  });

  it('lists only what changed, before → after', () => {
    const after: CustomerCreditLimit = { ...INHERIT, outstandingAmount: { mode: 'value', value: '1500000.00' } };
    expect(describeChanges(t, INHERIT, after)).toEqual([
      { kind: 'outstandingAmount', label: 'Jumlah piutang', before: 'Ikuti kelompok/default', after: 'Rp 1.500.000' },
    ]);
    expect(describeChanges(t, after, after)).toEqual([]);
  });

  it('reads the creditLimit of an audit snapshot, or nothing', () => {
    expect(creditLimitOf({ creditLimit: INHERIT })).toEqual(INHERIT);
    expect(creditLimitOf({ creditLimit: { openDocuments: 'x' } })).toBeNull();
    expect(creditLimitOf(null)).toBeNull();
    expect(creditLimitOf('x')).toBeNull();
  });
});
