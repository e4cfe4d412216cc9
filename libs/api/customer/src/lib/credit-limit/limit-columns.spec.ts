import { customerCreditLimit, customerLimitColumns, groupCreditDefaults, groupLimitColumns } from './limit-columns';
import { toMoney2 } from '@niaga/shared/util';

describe('credit limit columns', () => {
  it('normalises money strings exactly', () => {
    expect(toMoney2('1500000')).toBe('1500000.00');
    expect(toMoney2('0.1')).toBe('0.10');
    expect(toMoney2('007.5')).toBe('7.50');
    expect(toMoney2('9999999999999999.99')).toBe('9999999999999999.99');
  });

  it('round-trips the three states of every kind, absent meaning inherit', () => {
    const columns = customerLimitColumns({ openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'unlimited' } });
    expect(columns).toEqual({
      openDocumentsMode: 'value',
      openDocumentsLimit: 0,
      outstandingAmountMode: 'unlimited',
      outstandingAmountLimit: null,
      overdueMode: 'inherit',
      overdueCheck: null,
    });
    expect(customerCreditLimit(columns)).toEqual({
      openDocuments: { mode: 'value', value: 0 },
      outstandingAmount: { mode: 'unlimited' },
      overdue: { mode: 'inherit' },
    });
  });

  it('maps group defaults: inherit is null', () => {
    const columns = groupLimitColumns({ outstandingAmount: { mode: 'value', value: '50000000' }, overdue: { mode: 'value', value: true } });
    expect(columns).toEqual({ openDocumentsLimit: null, outstandingAmountLimit: '50000000.00', overdueCheck: true });
    expect(groupCreditDefaults(columns)).toEqual({
      openDocuments: { mode: 'inherit' },
      outstandingAmount: { mode: 'value', value: '50000000.00' },
      overdue: { mode: 'value', value: true },
    });
  });
});
