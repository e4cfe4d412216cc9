import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import type { CustomerGroupView } from '@niaga/shared/contracts';
import { renderRoute, type } from '../../testing/render-route';
import { CUSTOMER_GROUP_ROUTES } from './customer-group.routes';
import { GroupFormPage } from './group-form-page';

const INHERIT = { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } } as const;
const VIP: CustomerGroupView = {
  id: '00000000-0000-4000-8000-000000000002',
  code: 'VIP',
  name: 'Pelanggan VIP',
  customerCount: 0,
  creditDefaults: { ...INHERIT, outstandingAmount: { mode: 'value', value: '50000000.00' } },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

async function render(url: string) {
  const r = await renderRoute(CUSTOMER_GROUP_ROUTES, url, GroupFormPage);
  const input = (id: string) => r.byTestId<HTMLInputElement>(id);
  const save = async () => {
    r.byTestId<HTMLButtonElement>('group-save')?.click();
    await r.stable();
  };
  const radio = (testId: string) => r.loader.getHarness(MatRadioButtonHarness.with({ selector: `[data-testid="${testId}"]` }));
  return { ...r, input, save, radio };
}

describe('GroupFormPage', () => {
  it('is the Add Customer Group form: Group Code, Group Name, Save', async () => {
    const { el, input, byTestId } = await render('/feature/new');
    expect(el.querySelector('h1')?.textContent).toBe('Tambah Kelompok Pelanggan');
    expect(input('group-code-input')).not.toBeNull();
    expect(input('group-name-input')).not.toBeNull();
    expect(byTestId('group-save')?.textContent?.trim()).toBe('Simpan');
  });

  it('says what is missing and sends nothing', async () => {
    const { el, http, save, input, stable } = await render('/feature/new');
    type(input('group-code-input'), 'VIP 1');
    await save();
    http.expectNone('/api/v1/customer-groups');
    const errors = Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Gunakan hanya huruf, angka, "-", "_" dan ".".', 'Nama Kelompok wajib diisi.']);
    type(input('group-code-input'), '');
    await stable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Kode Kelompok wajib diisi.');
  });

  it('creates the group with its credit defaults and goes back to the list', async () => {
    const { http, save, input, router, radio, stable } = await render('/feature/new?q=V');
    type(input('group-code-input'), ' VIP ');
    type(input('group-name-input'), 'Pelanggan VIP');
    await (await radio('group-defaults-outstandingAmount-value')).check();
    await stable();
    type(input('group-defaults-outstandingAmount-input'), '50000000');
    await (await radio('group-defaults-overdue-on')).check();
    await save();

    const req = http.expectOne('/api/v1/customer-groups');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      code: 'VIP',
      name: 'Pelanggan VIP',
      creditDefaults: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'value', value: '50000000' }, overdue: { mode: 'value', value: true } },
    });
    req.flush(VIP, { status: 201, statusText: 'Created' });
    await stable();
    expect(router.url).toBe('/feature?q=V');
    expect(router.lastSuccessfulNavigation()?.extras.state).toEqual({ savedId: VIP.id });
    expect(document.body.textContent).toContain('Kelompok "VIP" disimpan.');
  });

  it('shows a duplicate code (409) on the Group Code field, until the code is changed', async () => {
    const { el, http, save, input, byTestId, stable, router } = await render('/feature/new');
    type(input('group-code-input'), 'vip');
    type(input('group-name-input'), 'Lagi VIP');
    await save();
    http.expectOne('/api/v1/customer-groups').flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'CUSTOMER_GROUP_CODE_TAKEN',
        detail: 'A customer group with code "vip" already exists.',
        errors: [{ field: 'code', message: 'A customer group with code "vip" already exists.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();

    const fieldError = byTestId('group-code-error');
    expect(fieldError?.closest('mat-form-field')?.querySelector('[data-testid="group-code-input"]')).not.toBeNull();
    expect(fieldError?.textContent).toContain('Kode Kelompok "vip" sudah dipakai kelompok lain');
    expect(byTestId('group-form-error')?.textContent ?? '').toBe('');
    expect(router.url).toBe('/feature/new');

    type(input('group-code-input'), 'vip2');
    await stable();
    expect(el.querySelector('mat-error')).toBeNull();
  });

  it('lists a refusal that no field shows above the form', async () => {
    const { http, save, input, byTestId, stable } = await render('/feature/new');
    type(input('group-code-input'), 'X1');
    type(input('group-name-input'), 'X');
    await save();
    http.expectOne('/api/v1/customer-groups').flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED', detail: 'The request is not valid.', errors: [{ field: 'extra', message: 'Unknown field' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(byTestId('group-form-error')?.textContent).toContain('The request is not valid.');
    expect(byTestId('group-form-error')?.textContent).toContain('extra: Unknown field');
  });

  it('edits a group: loads it into the form and patches it', async () => {
    const { el, http, save, input, router, radio, stable } = await render(`/feature/${VIP.id}/edit`);
    http.expectOne(`/api/v1/customer-groups/${VIP.id}`).flush(VIP);
    await stable();
    expect(el.querySelector('h1')?.textContent).toBe('Ubah Kelompok Pelanggan');
    expect(input('group-code-input')?.value).toBe('VIP');
    expect(input('group-name-input')?.value).toBe('Pelanggan VIP');
    expect(await (await radio('group-defaults-outstandingAmount-value')).isChecked()).toBe(true);
    expect(input('group-defaults-outstandingAmount-input')?.value).toBe('50000000.00');
    expect(el.querySelector('[data-testid="group-defaults-openDocuments-unlimited"]')).toBeNull();

    type(input('group-name-input'), 'VIP Jakarta');
    await save();
    const req = http.expectOne(`/api/v1/customer-groups/${VIP.id}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ code: 'VIP', name: 'VIP Jakarta', creditDefaults: { ...INHERIT, outstandingAmount: { mode: 'value', value: '50000000.00' } } });
    req.flush({ ...VIP, name: 'VIP Jakarta' });
    await stable();
    expect(router.url).toBe('/feature');
  });
});
