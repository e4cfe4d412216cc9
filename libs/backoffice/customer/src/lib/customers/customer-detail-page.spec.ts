import type { CustomerView } from '@niaga/shared/contracts';
import type { AuditEntry } from '../data-access/audit-entry';
import { credit, customer } from '../../testing/fixtures';
import { renderRoute, type } from '../../testing/render-route';
import { VIEWER_PERMISSIONS } from '../../testing/sign-in';
import { CUSTOMER_ROUTES } from './customer.routes';
import { CustomerDetailPage } from './customer-detail-page';

const C1 = customer(1);
const limitEntry = (id: string, before: CustomerView['creditLimit'], after: CustomerView['creditLimit'], action = 'customer.credit_limit.update'): AuditEntry => ({
  id,
  occurredAt: '2026-03-01T02:00:00.000Z',
  actor: { type: 'user', id: 'u-1', name: 'Sari Wulandari', channel: 'backoffice' },
  action,
  entityType: 'customer',
  entityId: C1.id,
  before: { creditLimit: before },
  after: { creditLimit: after },
  details: null,
});

async function render(options: Parameters<typeof renderRoute>[3] = {}) {
  const r = await renderRoute(CUSTOMER_ROUTES, `/feature/${C1.id}`, CustomerDetailPage, options);
  r.http.expectOne(`/api/v1/customers/${C1.id}`).flush(C1);
  r.http.expectOne(`/api/v1/customers/${C1.id}/credit`).flush(credit(C1.id));
  r.http.expectOne(`/api/v1/customers/${C1.id}/audit`).flush([
    limitEntry('a2', { ...C1.creditLimit, openDocuments: { mode: 'value', value: 5 } }, C1.creditLimit, 'customer.credit_limit.bulk_update'),
    { ...limitEntry('x', C1.creditLimit, C1.creditLimit), action: 'customer.update' },
  ]);
  await r.stable();
  return r;
}

describe('CustomerDetailPage', () => {
  it('shows the master data, the credit panel and the limit history in words', async () => {
    const { el, byTestId, allByTestId } = await render();
    expect(el.querySelector('h1')?.textContent).toBe('C-001 – Toko 1');
    expect(byTestId('customer-group')?.textContent).toBe('L001 – Lokal 1');
    expect(el.querySelector('niaga-credit-panel')?.textContent).toContain('Rp 50.000.000');
    expect(allByTestId('audit-entry')).toHaveLength(1);
    expect(byTestId('audit-entry')?.textContent).toContain('oleh Sari Wulandari (back office)');
    expect(byTestId('audit-entry')?.textContent).toContain('ubah massal');
    expect(byTestId('audit-change')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Dokumen terbuka: 5 dokumen → Ikuti kelompok/default');
  });

  it('saves the customer-specific limit (0 is zero credit) and shows the new figures and history', async () => {
    const { byTestId, http, stable, allByTestId } = await render();
    (byTestId('limit-outstandingAmount-value')?.querySelector('input') as HTMLInputElement).click();
    await stable();
    type(byTestId<HTMLInputElement>('limit-outstandingAmount-input'), '0');
    (byTestId('limit-openDocuments-unlimited')?.querySelector('input') as HTMLInputElement).click();
    await stable();
    byTestId<HTMLButtonElement>('credit-limit-save')?.click();
    await stable();

    const put = http.expectOne(`/api/v1/customers/${C1.id}/credit-limit`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      openDocuments: { mode: 'unlimited' },
      outstandingAmount: { mode: 'value', value: '0' },
      overdue: { mode: 'inherit' },
    });
    const after: CustomerView['creditLimit'] = { openDocuments: { mode: 'unlimited' }, outstandingAmount: { mode: 'value', value: '0.00' }, overdue: { mode: 'inherit' } };
    put.flush({ ...C1, creditLimit: after, updatedAt: '2026-03-02T03:04:00.000Z' });
    await stable();
    expect(byTestId('limit-saved')?.textContent).toContain('Limit kredit tersimpan');

    http.expectOne(`/api/v1/customers/${C1.id}/credit`).flush(credit(C1.id, { status: 'overlimit', outstandingAmount: { limit: '0.00', source: 'customer', used: '12000000.00', remaining: '-12000000.00', utilization: null } }));
    http.expectOne(`/api/v1/customers/${C1.id}/audit`).flush([limitEntry('a3', C1.creditLimit, after)]);
    await stable();
    expect(byTestId<HTMLInputElement>('limit-outstandingAmount-input')?.value).toBe('0.00');
    const changes = allByTestId('audit-change').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(changes).toEqual(['Dokumen terbuka: Ikuti kelompok/default → Tanpa limit', 'Jumlah piutang: Ikuti kelompok/default → Rp 0 (kredit nol)']);
  });

  it('shows a refused save and keeps what the user typed', async () => {
    const { byTestId, http, stable } = await render();
    (byTestId('limit-openDocuments-value')?.querySelector('input') as HTMLInputElement).click();
    await stable();
    type(byTestId<HTMLInputElement>('limit-openDocuments-input'), '3');
    byTestId<HTMLButtonElement>('credit-limit-save')?.click();
    await stable();
    http.expectOne(`/api/v1/customers/${C1.id}/credit-limit`).flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, code: 'FORBIDDEN', detail: 'Missing permission customers:write.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await stable();
    expect(byTestId('limit-error')?.textContent).toContain('Missing permission customers:write.');
    expect(byTestId<HTMLInputElement>('limit-openDocuments-input')?.value).toBe('3');
  });

  it('refreshes the credit figures on request', async () => {
    const { el, http, stable } = await render();
    const refresh = Array.from(el.querySelectorAll<HTMLButtonElement>('niaga-credit-panel button')).find((b) => /Refresh/i.test(b.textContent ?? ''));
    refresh?.click();
    await stable();
    const req = http.expectOne(`/api/v1/customers/${C1.id}/credit/refresh`);
    expect(req.request.method).toBe('POST');
    req.flush(credit(C1.id));
  });

  it('is read-only for a viewer', async () => {
    const { byTestId } = await render({ permissions: VIEWER_PERMISSIONS });
    expect(byTestId('credit-limit-save')).toBeNull();
    expect(byTestId('customer-edit')).toBeNull();
    expect(byTestId('limit-openDocuments-inherit')?.querySelector('input')?.disabled).toBe(true);
  });
});
