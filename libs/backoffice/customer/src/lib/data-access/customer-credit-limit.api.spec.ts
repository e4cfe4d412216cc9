import { setupApi } from '../../testing/setup-api';
import { CustomerCreditLimitApi } from './customer-credit-limit.api';

const ID = '0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a11';

describe('CustomerCreditLimitApi', () => {
  it('puts one customer’s limit', () => {
    const { api, http } = setupApi(CustomerCreditLimitApi);
    const limit = { openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'unlimited' }, overdue: { mode: 'inherit' } } as const;
    api.set(ID, limit).subscribe();
    const req = http.expectOne(`/api/v1/customers/${ID}/credit-limit`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(limit);
    http.verify();
  });

  it('puts the same limit on many customers at once', () => {
    const { api, http } = setupApi(CustomerCreditLimitApi);
    let updated = 0;
    api.bulkSet(['a', 'b'], { outstandingAmount: { mode: 'value', value: '1500000.00' } }).subscribe((r) => (updated = r.updated));
    const req = http.expectOne('/api/v1/customers/credit-limit');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ customerIds: ['a', 'b'], limit: { outstandingAmount: { mode: 'value', value: '1500000.00' } } });
    req.flush({ updated: 2 });
    expect(updated).toBe(2);
    http.verify();
  });
});
