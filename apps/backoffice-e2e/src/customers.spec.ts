import { expect, test } from '@playwright/test';
import { RUN as sfx, adminHeaders, choose, fullPageShot, logIn } from './customer-e2e';

/**
 * Customers on the real API: create one through the form, set its customer-specific credit limit on the detail
 * page (saved, shown in the credit panel and the history, still there after a reload), bulk edit from the list,
 * CSV import with a dry run and its per-row report. Codes are unique per run.
 */

interface CustomerBody {
  id: string;
  code: string;
  creditLimit: Record<string, { mode: string; value?: unknown }>;
}

test('customer: create through the form, set its credit limit on the detail page and see it saved', async ({ page, request }, testInfo) => {
  const headers = await adminHeaders(request);
  const group = { code: `CG-${sfx}`, name: `Grosir ${sfx}` };
  expect((await request.post('/api/v1/customer-groups', { headers, data: group })).status()).toBe(201);
  const code = `CU-${sfx}`;
  const name = `Toko Sumber Rezeki ${sfx}`;

  await logIn(page);
  await page.getByTestId('nav-customer-list').click();
  await expect(page).toHaveURL(/\/sales\/customers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daftar Pelanggan');

  // New customer.
  await page.getByTestId('customer-new').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tambah Pelanggan');
  await page.getByTestId('customer-code-input').fill(code);
  await page.getByTestId('customer-name-input').fill(name);
  await choose(page, 'customer-group-select', `${group.code} – ${group.name}`);
  await page.getByTestId('customer-terms-input').fill('14');
  await page.getByTestId('customer-phone-input').fill('0812-3456-7890');
  await page.getByTestId('customer-email-input').fill('rezeki@contoh.co.id');
  await page.getByTestId('customer-address-input').fill('Jl. Pasar Baru 12, Bandung');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/customers') && r.request().method() === 'POST');
  await page.getByTestId('customer-save').click();
  const response = await created;
  expect(response.status()).toBe(201);
  const customer = (await response.json()) as CustomerBody;

  // The detail page: master data, credit panel, limit editor (all inherit), empty history.
  await expect(page).toHaveURL(new RegExp(`/sales/customers/${customer.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${code} – ${name}`);
  await expect(page.getByTestId('customer-group')).toHaveText(`${group.code} – ${group.name}`);
  await expect(page.locator('niaga-credit-panel')).toBeVisible();
  await expect(page.getByTestId('limit-zero-note')).toContainText('0 berarti kredit nol');
  await expect(page.getByTestId('audit-empty')).toBeVisible();

  // Outstanding amount: a value (shown in Rupiah while typing); open documents: 0 = zero credit; overdue: checked.
  await page.getByTestId('limit-outstandingAmount-value').click();
  await page.getByTestId('limit-outstandingAmount-input').fill('50000000');
  await expect(page.getByTestId('limit-outstandingAmount-preview')).toHaveText('= Rp 50.000.000');
  await page.getByTestId('limit-openDocuments-value').click();
  await page.getByTestId('limit-openDocuments-input').fill('0');
  await page.getByTestId('limit-overdue-on').click();
  const put = page.waitForResponse((r) => r.url().endsWith(`/api/v1/customers/${customer.id}/credit-limit`) && r.request().method() === 'PUT');
  await page.getByTestId('credit-limit-save').click();
  const saved = await put;
  expect(saved.status()).toBe(200);
  expect(saved.request().postDataJSON()).toEqual({
    openDocuments: { mode: 'value', value: 0 },
    outstandingAmount: { mode: 'value', value: '50000000' },
    overdue: { mode: 'value', value: true },
  });
  await expect(page.getByTestId('limit-saved')).toContainText('Limit kredit tersimpan');
  await expect(page.locator('niaga-credit-panel')).toContainText('Rp 50.000.000');
  const history = page.getByTestId('audit-entry').first();
  await expect(history).toContainText('Jumlah piutang: Ikuti kelompok/default → Rp 50.000.000');
  await expect(history).toContainText('Dokumen terbuka: Ikuti kelompok/default → 0 dokumen (kredit nol)');
  await expect(history).toContainText('oleh');
  await fullPageShot(page, testInfo.outputPath('01-customer-detail-limit-saved.png'));

  // Saved for real: the API has it, and a reload shows it.
  const stored = (await (await request.get(`/api/v1/customers/${customer.id}`, { headers })).json()) as CustomerBody;
  expect(stored.creditLimit).toEqual({
    openDocuments: { mode: 'value', value: 0 },
    outstandingAmount: { mode: 'value', value: '50000000.00' },
    overdue: { mode: 'value', value: true },
  });
  await page.reload();
  await expect(page.getByTestId('limit-outstandingAmount-input')).toHaveValue('50000000.00');
  await expect(page.getByTestId('limit-openDocuments-input')).toHaveValue('0');
  await expect(page.getByTestId('limit-overdue-on').locator('input')).toBeChecked();

  // Back to unlimited for the amount: not the same as 0.
  await page.getByTestId('limit-outstandingAmount-unlimited').click();
  const second = page.waitForResponse((r) => r.url().endsWith('/credit-limit') && r.request().method() === 'PUT');
  await page.getByTestId('credit-limit-save').click();
  expect((await second).request().postDataJSON()).toMatchObject({ outstandingAmount: { mode: 'unlimited' } });
  await expect(page.getByTestId('audit-entry').first()).toContainText('Jumlah piutang: Rp 50.000.000 → Tanpa limit');

  // The list finds it, with its specific limit.
  await page.getByTestId('customer-back').click();
  await page.getByTestId('customer-search-q').fill(code);
  await page.getByTestId('customer-search-submit').click();
  const row = page.getByTestId('customer-row').filter({ has: page.getByTestId('customer-link').getByText(code, { exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('customer-limit')).toHaveText('Tanpa limit');
});

test('customers: bulk edit of the selected customers, CSV import with a dry run and its report', async ({ page, request }, testInfo) => {
  const headers = await adminHeaders(request);
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const r = await request.post('/api/v1/customers', { headers, data: { code: `B${n}-${sfx}`, name: `Bulk ${n} ${sfx}` } });
    expect(r.status()).toBe(201);
    ids.push(((await r.json()) as CustomerBody).id);
  }

  await logIn(page);
  await page.goto(`/sales/customers?q=${sfx}`);
  const rows = page.getByTestId('customer-row').filter({ hasText: /B[12]-/ });
  await expect(rows).toHaveCount(2);
  for (const r of await rows.all()) await r.getByTestId('customer-select').locator('input').check();
  await expect(page.getByTestId('customer-selection')).toContainText('2 pelanggan dipilih');
  await page.getByTestId('customer-bulk-edit').click();
  await page.getByTestId('bulk-outstandingAmount-value').click();
  await page.getByTestId('bulk-outstandingAmount-input').fill('7500000.50');
  const bulk = page.waitForResponse((r) => r.url().endsWith('/api/v1/customers/credit-limit') && r.request().method() === 'PUT');
  await page.getByTestId('bulk-apply').click();
  expect(await (await bulk).json()).toEqual({ updated: 2 });
  await expect(rows.first().getByTestId('customer-limit')).toHaveText('Rp 7.500.000,50');
  await expect(rows.last().getByTestId('customer-limit')).toHaveText('Rp 7.500.000,50');
  await fullPageShot(page, testInfo.outputPath('02-customer-list-after-bulk-edit.png'));

  // CSV import: the dry run reports the bad row; Import all stays disabled; the good rows can go in.
  await page.getByTestId('customer-import').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impor Pelanggan dari CSV');
  const csv = ['code,name,groupCode,paymentTermDays,email', `I1-${sfx},Impor Satu,,30,`, `I2-${sfx},Impor Dua,,abc,bukan-email`, `I3-${sfx},Impor Tiga,,7,`].join('\n');
  const dryRun = page.waitForResponse((r) => r.url().includes('/api/v1/customers/import?dryRun=true'));
  await page.getByTestId('import-file').setInputFiles({ name: 'pelanggan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  expect((await dryRun).status()).toBe(200);
  await expect(page.getByTestId('import-summary')).toContainText('3 baris, 2 benar, 1 bermasalah');
  await expect(page.getByTestId('import-error-row').first()).toContainText('3');
  await expect(page.getByTestId('import-error-row').first()).toContainText(`I2-${sfx}`);
  await expect(page.getByTestId('import-all')).toBeDisabled();
  await fullPageShot(page, testInfo.outputPath('03-customer-import-report.png'));
  await page.getByTestId('import-good').click();
  await expect(page.getByTestId('import-done')).toContainText('2 pelanggan diimpor, 1 baris dilewati');

  const imported = await request.get(`/api/v1/customers?q=I1-${sfx}`, { headers });
  expect(((await imported.json()) as { total: number }).total).toBe(1);
});
