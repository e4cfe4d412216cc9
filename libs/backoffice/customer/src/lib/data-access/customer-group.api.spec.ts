import type { CustomerGroupView, Page } from '@niaga/shared/contracts';
import { setupApi } from '../../testing/setup-api';
import { CustomerGroupApi } from './customer-group.api';

const GROUP: CustomerGroupView = {
  id: '5d1c7d38-0d7b-4d3b-9d39-1f7f3f9d0a01',
  code: 'L001',
  name: 'Lokal 1',
  customerCount: 2,
  creditDefaults: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'value', value: '50000000.00' }, overdue: { mode: 'inherit' } },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('CustomerGroupApi', () => {
  it('searches with field, match and q, and pages', () => {
    const { api, http } = setupApi(CustomerGroupApi);
    let page: Page<CustomerGroupView> | undefined;
    api.list({ field: 'name', match: 'startsWith', q: '  Lok ', page: 2, pageSize: 20 }).subscribe((p) => (page = p));
    const req = http.expectOne((r) => r.url === '/api/v1/customer-groups');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.toString()).toBe('field=name&match=startsWith&q=Lok&page=2&pageSize=20');
    req.flush({ items: [GROUP], total: 21, page: 2, pageSize: 20 });
    expect(page?.items[0].code).toBe('L001');
    http.verify();
  });

  it('lists everything (Show All) without field, match or q', () => {
    const { api, http } = setupApi(CustomerGroupApi);
    api.list({ field: 'code', match: 'exact', q: '   ', page: 1, pageSize: 50 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/customer-groups').request.params.toString()).toBe('page=1&pageSize=50');
    http.verify();
  });

  it('loads the groups for a select', () => {
    const { api, http } = setupApi(CustomerGroupApi);
    let codes: string[] = [];
    api.options().subscribe((groups) => (codes = groups.map((g) => g.code)));
    const req = http.expectOne((r) => r.url === '/api/v1/customer-groups');
    expect(req.request.params.toString()).toBe('page=1&pageSize=200');
    req.flush({ items: [GROUP], total: 1, page: 1, pageSize: 200 });
    expect(codes).toEqual(['L001']);
  });

  it('reads, creates, changes and deletes one group', () => {
    const { api, http } = setupApi(CustomerGroupApi);
    api.get(GROUP.id).subscribe();
    expect(http.expectOne(`/api/v1/customer-groups/${GROUP.id}`).request.method).toBe('GET');

    api.create({ code: 'VIP', name: 'Pelanggan VIP' }).subscribe();
    const create = http.expectOne('/api/v1/customer-groups');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ code: 'VIP', name: 'Pelanggan VIP' });

    api.update(GROUP.id, { name: 'Lokal Satu' }).subscribe();
    const update = http.expectOne(`/api/v1/customer-groups/${GROUP.id}`);
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toEqual({ name: 'Lokal Satu' });

    let deleted = false;
    api.delete(GROUP.id).subscribe(() => (deleted = true));
    const del = http.expectOne(`/api/v1/customer-groups/${GROUP.id}`);
    expect(del.request.method).toBe('DELETE');
    del.flush(null, { status: 204, statusText: 'No Content' });
    expect(deleted).toBe(true);
    http.verify();
  });
});
