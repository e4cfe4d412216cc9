import { MatSelectHarness } from '@angular/material/select/testing';
import { GROUP_L001, customer, pageOf } from '../../testing/fixtures';
import { renderRoute, type } from '../../testing/render-route';
import { CUSTOMER_ROUTES } from './customer.routes';
import { CustomerFormPage } from './customer-form-page';

const C1 = customer(1, { email: 'toko1@contoh.id', address: 'Jl. Merdeka 1' });

async function render(url: string) {
  const r = await renderRoute(CUSTOMER_ROUTES, url, CustomerFormPage);
  r.http.expectOne((req) => req.url === '/api/v1/customer-groups').flush(pageOf([GROUP_L001], 1, 1, 200));
  await r.stable();
  const input = (id: string) => r.byTestId<HTMLInputElement>(id);
  const save = async () => {
    r.byTestId<HTMLButtonElement>('customer-save')?.click();
    await r.stable();
  };
  return { ...r, input, save };
}

describe('CustomerFormPage', () => {
  it('creates a customer and opens its detail page', async () => {
    const { http, save, input, loader, router, stable, el } = await render('/feature/new');
    expect(el.querySelector('h1')?.textContent).toBe('Tambah Pelanggan');
    type(input('customer-code-input'), 'C-100');
    type(input('customer-name-input'), 'Toko Maju Jaya');
    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: 'L001 – Lokal 1' });
    type(input('customer-terms-input'), '14');
    type(input('customer-phone-input'), '0812-1111-2222');
    await save();

    const req = http.expectOne('/api/v1/customers');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ code: 'C-100', name: 'Toko Maju Jaya', groupId: GROUP_L001.id, paymentTermDays: 14, phone: '0812-1111-2222' });
    const created = customer(100);
    req.flush(created, { status: 201, statusText: 'Created' });
    await stable();
    expect(router.url).toBe(`/feature/${created.id}`);
  });

  it('shows a duplicate code (409) on the code field', async () => {
    const { http, save, input, byTestId, stable } = await render('/feature/new');
    type(input('customer-code-input'), 'c-001');
    type(input('customer-name-input'), 'Toko');
    await save();
    http.expectOne('/api/v1/customers').flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'CUSTOMER_CODE_TAKEN',
        detail: 'A customer with code "c-001" already exists.',
        errors: [{ field: 'code', message: 'A customer with code "c-001" already exists.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(byTestId('customer-code-error')?.textContent).toContain('Kode "c-001" sudah dipakai pelanggan lain');
    expect(byTestId('customer-form-error')?.textContent ?? '').toBe('');
  });

  it('refuses bad input before sending', async () => {
    const { http, save, input, el } = await render('/feature/new');
    type(input('customer-code-input'), 'C 1');
    type(input('customer-terms-input'), '400');
    type(input('customer-email-input'), 'bukan email');
    await save();
    http.expectNone('/api/v1/customers');
    expect(Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim())).toEqual([
      'Gunakan hanya huruf, angka, "-", "_" dan ".".',
      'Nama wajib diisi.',
      'Isi bilangan bulat 0 sampai 365 hari.',
      'Isi alamat email yang valid.',
    ]);
  });

  it('edits a customer, clears emptied fields and goes back to its detail page', async () => {
    const { http, save, input, router, stable } = await render(`/feature/${C1.id}/edit`);
    http.expectOne(`/api/v1/customers/${C1.id}`).flush(C1);
    await stable();
    expect(input('customer-code-input')?.value).toBe('C-001');
    expect(input('customer-email-input')?.value).toBe('toko1@contoh.id');
    type(input('customer-email-input'), '');
    await save();
    const req = http.expectOne(`/api/v1/customers/${C1.id}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      code: 'C-001',
      name: 'Toko 1',
      groupId: GROUP_L001.id,
      paymentTermDays: 30,
      phone: '021-555-0100',
      email: null,
      address: 'Jl. Merdeka 1',
    });
    req.flush({ ...C1, email: null });
    await stable();
    expect(router.url).toBe(`/feature/${C1.id}`);
  });
});
