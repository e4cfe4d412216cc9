import type { TestRequest } from '@angular/common/http/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CustomerGroupView, Page } from '@niaga/shared/contracts';
import { renderRoute, type } from '../../testing/render-route';
import { VIEWER_PERMISSIONS } from '../../testing/sign-in';
import { CUSTOMER_GROUP_ROUTES } from './customer-group.routes';
import { GroupListPage } from './group-list-page';

const INHERIT = { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } } as const;
const group = (n: number, code: string, name: string, customerCount = 0): CustomerGroupView => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  code,
  name,
  customerCount,
  creditDefaults: INHERIT,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const L001 = group(1, 'L001', 'Lokal 1', 3);
const VIP = group(2, 'VIP', 'Pelanggan VIP');

const page = (items: CustomerGroupView[], total = items.length, p = 1, pageSize = 20): Page<CustomerGroupView> => ({ items, total, page: p, pageSize });

function expectList(http: { expectOne: (m: (r: { url: string }) => boolean) => TestRequest }): TestRequest {
  return http.expectOne((r) => r.url === '/api/v1/customer-groups');
}

async function render(url = '/feature', permissions?: Parameters<typeof renderRoute>[3]) {
  const r = await renderRoute(CUSTOMER_GROUP_ROUTES, url, GroupListPage, permissions);
  return r;
}

describe('GroupListPage', () => {
  it('lists every group with No., code, name and customer count, and a New button', async () => {
    const { http, stable, allByTestId, byTestId, el } = await render();
    const req = expectList(http);
    expect(req.request.params.toString()).toBe('page=1&pageSize=20');
    req.flush(page([L001, VIP], 2));
    await stable();

    const rows = allByTestId('group-row').map((row) => Array.from(row.querySelectorAll('td')).slice(0, 4).map((td) => td.textContent?.trim()));
    expect(rows).toEqual([
      ['1.', 'L001', 'Lokal 1', '3'],
      ['2.', 'VIP', 'Pelanggan VIP', '0'],
    ]);
    expect(el.querySelector('h1')?.textContent).toBe('Kelompok Pelanggan');
    expect(byTestId('group-new')?.textContent?.trim()).toBe('Baru');
    expect(Array.from(el.querySelectorAll('th')).map((th) => th.textContent?.trim()).slice(0, 4)).toEqual([
      'No.',
      'Kode Kelompok',
      'Nama Kelompok',
      'Jumlah pelanggan',
    ]);
  });

  it('searches with the chosen field and match (Search), and lists all again (Show All)', async () => {
    const { http, stable, loader, byTestId, router } = await render('/feature', { language: 'en' });
    expectList(http).flush(page([L001, VIP]));
    await stable();

    const [field, match] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '[data-testid="group-search"]' }));
    expect(await field.getValueText()).toBe('Group Code');
    expect(await match.getValueText()).toBe('Any Part of Field');
    await field.open();
    expect((await field.getOptions()).length).toBe(2);
    await field.clickOptions({ text: 'Group Name' });
    await match.open();
    expect(await Promise.all((await match.getOptions()).map((o) => o.getText()))).toEqual(['Any Part of Field', 'Start of Field', 'Whole Field']);
    await match.clickOptions({ text: 'Start of Field' });
    type(byTestId<HTMLInputElement>('group-search-q'), '  Lok ');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Search' }))).click();
    await stable();

    expect(router.url).toBe('/feature?field=name&match=startsWith&q=Lok');
    const search = expectList(http);
    expect(search.request.params.toString()).toBe('field=name&match=startsWith&q=Lok&page=1&pageSize=20');
    search.flush(page([L001]));
    await stable();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show All' }))).click();
    await stable();
    expect(router.url).toBe('/feature');
    expect(expectList(http).request.params.toString()).toBe('page=1&pageSize=20');
    expect(byTestId<HTMLInputElement>('group-search-q')?.value).toBe('');
  });

  it('searches by whole field and reloads when Search is clicked again with the same terms', async () => {
    const { http, stable, loader, byTestId } = await render('/feature?field=code&match=exact&q=L001');
    expect(expectList(http).request.params.toString()).toBe('field=code&match=exact&q=L001&page=1&pageSize=20');
    await stable();
    expect(byTestId<HTMLInputElement>('group-search-q')?.value).toBe('L001');
    const [, match] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await match.getValueText()).toBe('Seluruh isian');
    byTestId<HTMLButtonElement>('group-search-submit')?.click();
    await stable();
    expect(expectList(http).request.params.toString()).toBe('field=code&match=exact&q=L001&page=1&pageSize=20');
  });

  it('pages on the server and numbers rows across pages', async () => {
    const { http, stable, allByTestId, byTestId, router } = await render('/feature?page=2&size=10');
    const req = expectList(http);
    expect(req.request.params.toString()).toBe('page=2&pageSize=10');
    req.flush(page([VIP], 11, 2, 10));
    await stable();
    expect(allByTestId('group-row')[0].querySelector('td')?.textContent?.trim()).toBe('11.');
    expect(byTestId('group-paginator')?.textContent).toContain('11–11 dari 11');

    (byTestId('group-paginator')?.querySelector('button.mat-mdc-paginator-navigation-previous') as HTMLButtonElement).click();
    await stable();
    expect(router.url).toBe('/feature?size=10');
    expect(expectList(http).request.params.toString()).toBe('page=1&pageSize=10');
  });

  it('explains a refused delete (group in use) with the number of customers', async () => {
    const { http, stable, allByTestId, byTestId } = await render();
    expectList(http).flush(page([L001]));
    await stable();

    allByTestId('group-delete')[0].click();
    await stable();
    const ok = document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('L001 – Lokal 1');
    ok?.click();
    await stable();

    const del = http.expectOne(`/api/v1/customer-groups/${L001.id}`);
    expect(del.request.method).toBe('DELETE');
    del.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'CUSTOMER_GROUP_IN_USE',
        detail: 'Customer group "L001" is used by 3 customer(s); move them to another group first.',
        customerCount: 3,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(byTestId('group-delete-error')?.textContent).toContain('masih dipakai oleh 3 pelanggan');
    http.expectNone((r) => r.url === '/api/v1/customer-groups');
  });

  it('deletes after confirmation and reloads the list', async () => {
    const { http, stable, allByTestId } = await render();
    expectList(http).flush(page([L001, VIP]));
    await stable();
    allByTestId('group-delete')[1].click();
    await stable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await stable();
    http.expectOne(`/api/v1/customer-groups/${VIP.id}`).flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expectList(http).flush(page([L001]));
    await stable();
    expect(allByTestId('group-row')).toHaveLength(1);
  });

  it('gives a viewer the list without New, Edit or Delete', async () => {
    const { http, stable, byTestId, allByTestId } = await render('/feature', { permissions: VIEWER_PERMISSIONS });
    expectList(http).flush(page([L001]));
    await stable();
    expect(allByTestId('group-row')).toHaveLength(1);
    expect(byTestId('group-new')).toBeNull();
    expect(byTestId('group-edit')).toBeNull();
    expect(byTestId('group-delete')).toBeNull();
  });

  it('shows why the list could not be loaded', async () => {
    const { http, stable, byTestId } = await render();
    expectList(http).error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(byTestId('group-list-error')?.textContent).toContain('Server tidak dapat dihubungi');
  });
});
