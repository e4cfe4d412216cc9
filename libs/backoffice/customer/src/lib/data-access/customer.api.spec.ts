import { setupApi } from '../../testing/setup-api';
import { CustomerApi } from './customer.api';

const ID = '0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a11';
const GROUP_ID = '5d1c7d38-0d7b-4d3b-9d39-1f7f3f9d0a01';

describe('CustomerApi', () => {
  it('lists with only the filters that are set', () => {
    const { api, http } = setupApi(CustomerApi);
    api.list({ q: 'toko', groupId: GROUP_ID, creditStatus: 'overlimit', page: 3, pageSize: 20 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/customers').request.params.toString()).toBe(
      `q=toko&groupId=${GROUP_ID}&creditStatus=overlimit&page=3&pageSize=20`,
    );
    api.list({ q: '', groupId: null, creditStatus: null, page: 1, pageSize: 50 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/customers').request.params.toString()).toBe('page=1&pageSize=50');
    http.verify();
  });

  it('reads, creates and changes a customer', () => {
    const { api, http } = setupApi(CustomerApi);
    api.get(ID).subscribe();
    expect(http.expectOne(`/api/v1/customers/${ID}`).request.method).toBe('GET');

    api.create({ code: 'C-001', name: 'Toko Maju', groupId: GROUP_ID, paymentTermDays: 30 }).subscribe();
    const create = http.expectOne('/api/v1/customers');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ code: 'C-001', name: 'Toko Maju', groupId: GROUP_ID, paymentTermDays: 30 });

    api.update(ID, { phone: null }).subscribe();
    const update = http.expectOne(`/api/v1/customers/${ID}`);
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toEqual({ phone: null });
    http.verify();
  });
});
