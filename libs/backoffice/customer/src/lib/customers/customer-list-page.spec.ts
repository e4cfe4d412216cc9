import { MatSelectHarness } from '@angular/material/select/testing';
import { GROUP_L001, customer, pageOf } from '../../testing/fixtures';
import { renderRoute, type } from '../../testing/render-route';
import { VIEWER_PERMISSIONS } from '../../testing/sign-in';
import { CUSTOMER_ROUTES } from './customer.routes';
import { CustomerListPage } from './customer-list-page';

const C1 = customer(1, { creditLimit: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'value', value: '1500000.00' }, overdue: { mode: 'inherit' } } });
const C2 = customer(2, { group: null, groupId: null, phone: null, creditLimit: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'unlimited' }, overdue: { mode: 'inherit' } } });
const C3 = customer(3);

async function render(url = '/feature', options: Parameters<typeof renderRoute>[3] = {}) {
  const r = await renderRoute(CUSTOMER_ROUTES, url, CustomerListPage, options);
  const groups = r.http.expectOne((req) => req.url === '/api/v1/customer-groups');
  groups.flush(pageOf([GROUP_L001], 1, 1, 200));
  const list = () => r.http.expectOne((req) => req.url === '/api/v1/customers');
  return { ...r, list };
}

describe('CustomerListPage', () => {
  it('lists customers with group, terms, phone and their specific amount limit in Rupiah', async () => {
    const { list, stable, allByTestId, el } = await render();
    const req = list();
    expect(req.request.params.toString()).toBe('page=1&pageSize=20');
    req.flush(pageOf([C1, C2]));
    await stable();
    const rows = allByTestId('customer-row').map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim()));
    expect(rows).toEqual([
      ['', 'C-001', 'Toko 1', 'L001 – Lokal 1', '30 hari', '021-555-0100', 'Rp 1.500.000'],
      ['', 'C-002', 'Toko 2', '—', '30 hari', '—', 'Tanpa limit'],
    ]);
    expect(el.querySelector('h1')?.textContent).toBe('Daftar Pelanggan');
  });

  it('searches by text, group and credit status', async () => {
    const { list, stable, loader, byTestId, router } = await render();
    list().flush(pageOf([C1]));
    await stable();
    type(byTestId<HTMLInputElement>('customer-search-q'), ' toko ');
    const group = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="customer-filter-group"]' }));
    await group.clickOptions({ text: 'L001 – Lokal 1' });
    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="customer-filter-status"]' }));
    await status.open();
    expect(await Promise.all((await status.getOptions()).map((o) => o.getText()))).toEqual(['Semua status', 'Aman', 'Warning', 'Overlimit', 'Tanpa limit']);
    await status.clickOptions({ text: 'Overlimit' });
    byTestId<HTMLButtonElement>('customer-search-submit')?.click();
    await stable();

    expect(router.url).toBe(`/feature?q=toko&group=${GROUP_L001.id}&status=overlimit`);
    expect(list().request.params.toString()).toBe(`q=toko&groupId=${GROUP_L001.id}&creditStatus=overlimit&page=1&pageSize=20`);
    expect(byTestId('customer-filters')?.nextElementSibling?.textContent).toContain('filter status kredit tidak ikut diterapkan');
  });

  it('selects customers across the page and bulk-edits their limit in one request', async () => {
    const { list, stable, allByTestId, byTestId, http } = await render();
    list().flush(pageOf([C1, C2, C3]));
    await stable();

    allByTestId('customer-select')[0].querySelector('input')?.click();
    allByTestId('customer-select')[2].querySelector('input')?.click();
    await stable();
    expect(byTestId('customer-selection')?.textContent).toContain('2 pelanggan dipilih');

    byTestId<HTMLButtonElement>('customer-bulk-edit')?.click();
    await stable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Ubah limit kredit 2 pelanggan');
    expect(dialog.querySelector('[data-testid="bulk-customers"]')?.textContent).toBe('C-001, C-003');

    (dialog.querySelector('[data-testid="bulk-outstandingAmount-value"] input') as HTMLInputElement).click();
    await stable();
    type(dialog.querySelector<HTMLInputElement>('[data-testid="bulk-outstandingAmount-input"]'), '0');
    (dialog.querySelector('[data-testid="bulk-openDocuments-unlimited"] input') as HTMLInputElement).click();
    await stable();
    dialog.querySelector<HTMLButtonElement>('[data-testid="bulk-apply"]')?.click();
    await stable();

    const bulk = http.expectOne('/api/v1/customers/credit-limit');
    expect(bulk.request.method).toBe('PUT');
    expect(bulk.request.body).toEqual({
      customerIds: [C1.id, C3.id],
      limit: { openDocuments: { mode: 'unlimited' }, outstandingAmount: { mode: 'value', value: '0' }, overdue: { mode: 'inherit' } },
    });
    bulk.flush({ updated: 2 });
    await stable();
    expect(document.body.textContent).toContain('Limit kredit 2 pelanggan diperbarui.');
    list().flush(pageOf([C1, C2, C3]));
    await stable();
    expect(byTestId('customer-selection')).toBeNull();
  });

  it('selects the whole page with the header checkbox', async () => {
    const { list, stable, byTestId } = await render();
    list().flush(pageOf([C1, C2]));
    await stable();
    byTestId('customer-select-page')?.querySelector('input')?.click();
    await stable();
    expect(byTestId('customer-selection')?.textContent).toContain('2 pelanggan dipilih');
    byTestId<HTMLButtonElement>('customer-selection-clear')?.click();
    await stable();
    expect(byTestId('customer-selection')).toBeNull();
  });

  it('downloads the CSV export of the current search', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => (created.push(blob), 'blob:x'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { list, stable, byTestId, http } = await render('/feature?q=toko');
    list().flush(pageOf([C1]));
    await stable();
    byTestId<HTMLButtonElement>('customer-export')?.click();
    await stable();
    const req = http.expectOne((r) => r.url === '/api/v1/customers/export');
    expect(req.request.params.toString()).toBe('q=toko');
    req.flush(new Blob(['code,name\n']), { headers: { 'Content-Disposition': 'attachment; filename="customers.csv"' } });
    await stable();
    expect(created).toHaveLength(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('gives a viewer no selection, New or Import', async () => {
    const { list, stable, byTestId } = await render('/feature', { permissions: VIEWER_PERMISSIONS });
    list().flush(pageOf([C1]));
    await stable();
    expect(byTestId('customer-select')).toBeNull();
    expect(byTestId('customer-new')).toBeNull();
    expect(byTestId('customer-import')).toBeNull();
    expect(byTestId('customer-export')).not.toBeNull();
  });
});
