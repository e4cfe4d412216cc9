import { expect, test, type Page } from '@playwright/test';
import { RUN as sfx, adminHeaders, choose, fullPageShot, logIn } from './customer-e2e';

/**
 * Customer groups as the module guide describes them (Sales › Customers › Customer Group): the list with its
 * search bar, New → Add Customer Group → Save, each match mode, the duplicate-code error on the field,
 * delete refused while customers use the group. Codes are unique per run: the database lives for the whole run.
 */

const G1 = { code: `E2E-${sfx}-VIP`, name: `Pelanggan VIP ${sfx}` };
const G2 = { code: `E2E-${sfx}-VIP2`, name: `VIP Pameran ${sfx}` };

/** Runs a search from the bar and answers the codes of this run's groups in the table. */
async function search(page: Page, field: string, match: string, q: string): Promise<string[]> {
  await choose(page, 'group-search-field', field);
  await choose(page, 'group-search-match', match);
  await page.getByTestId('group-search-q').fill(q);
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/customer-groups?') && r.request().method() === 'GET');
  await page.getByTestId('group-search-submit').click();
  expect((await answered).status()).toBe(200);
  await expect(page.getByTestId('group-table')).toBeVisible();
  const codes = await page.getByTestId('group-code').allTextContents();
  return codes.map((c) => c.trim()).filter((c) => c.includes(sfx));
}

async function create(page: Page, group: { code: string; name: string }) {
  await page.getByTestId('group-new').click();
  await expect(page).toHaveURL(/\/sales\/customer-groups\/new/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tambah Kelompok Pelanggan');
  await page.getByTestId('group-code-input').fill(group.code);
  await page.getByTestId('group-name-input').fill(group.name);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/customer-groups') && r.request().method() === 'POST');
  await page.getByTestId('group-save').click();
  expect((await saved).status()).toBe(201);
  await expect(page).toHaveURL(/\/sales\/customer-groups(\?.*)?$/);
}

test('customer group: New → Add Customer Group → Save, search by every match mode, duplicate code on the field', async ({ page }, testInfo) => {
  await logIn(page);

  // Sales › Customers › Customer Group, from the menu.
  await page.getByTestId('nav-customer-groups').click();
  await expect(page).toHaveURL(/\/sales\/customer-groups$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kelompok Pelanggan');
  for (const header of ['No.', 'Kode Kelompok', 'Nama Kelompok']) {
    await expect(page.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId('group-search-submit')).toHaveText('Cari');
  await expect(page.getByTestId('group-search-all')).toHaveText('Tampilkan Semua');

  await create(page, G1);
  const row = page.getByTestId('group-row').filter({ hasText: G1.code });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('group-name')).toHaveText(G1.name);
  await expect(row.getByTestId('group-count')).toHaveText('0');
  await expect(row.locator('td').first()).toHaveText(/^\d+\.$/);
  await fullPageShot(page, testInfo.outputPath('01-group-list-new-row.png'));

  await create(page, G2);
  await expect(page.getByTestId('group-row').filter({ hasText: G2.code })).toHaveCount(1);

  // Group Code: Any Part of Field | Start of Field | Whole Field (case-insensitive).
  expect(await search(page, 'Kode Kelompok', 'Bagian mana pun', `${sfx}-vip`)).toEqual([G1.code, G2.code]);
  expect(await search(page, 'Kode Kelompok', 'Awal isian', sfx)).toEqual([]);
  expect(await search(page, 'Kode Kelompok', 'Awal isian', `e2e-${sfx}-vip2`)).toEqual([G2.code]);
  expect(await search(page, 'Kode Kelompok', 'Seluruh isian', G1.code.toLowerCase())).toEqual([G1.code]);
  await expect(page).toHaveURL(new RegExp(`field=code&match=exact&q=${G1.code.toLowerCase()}`, 'i'));
  // Group Name.
  expect(await search(page, 'Nama Kelompok', 'Bagian mana pun', `pameran ${sfx}`)).toEqual([G2.code]);
  expect(await search(page, 'Nama Kelompok', 'Awal isian', 'pelanggan vip')).toEqual([G1.code]);
  expect(await search(page, 'Nama Kelompok', 'Seluruh isian', `VIP Pameran`)).toEqual([]);
  expect(await search(page, 'Nama Kelompok', 'Seluruh isian', G2.name.toUpperCase())).toEqual([G2.code]);
  await fullPageShot(page, testInfo.outputPath('02-group-search-whole-name.png'));

  // Show All lists every group again.
  await page.getByTestId('group-search-all').click();
  await expect(page).toHaveURL(/\/sales\/customer-groups$/);
  await expect(page.getByTestId('group-row').filter({ hasText: sfx })).toHaveCount(2);
  await expect(page.getByTestId('group-search-q')).toHaveValue('');

  // A duplicate code (another case) is refused on the Group Code field; nothing is created.
  await page.getByTestId('group-new').click();
  await page.getByTestId('group-code-input').fill(G1.code.toLowerCase());
  await page.getByTestId('group-name-input').fill('Duplikat');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/customer-groups') && r.request().method() === 'POST');
  await page.getByTestId('group-save').click();
  const refusal = await refused;
  expect(refusal.status()).toBe(409);
  expect(((await refusal.json()) as { code: string }).code).toBe('CUSTOMER_GROUP_CODE_TAKEN');
  const codeField = page.locator('mat-form-field').filter({ has: page.getByTestId('group-code-input') });
  await expect(codeField.locator('mat-error')).toContainText(`Kode Kelompok "${G1.code.toLowerCase()}" sudah dipakai kelompok lain`);
  await expect(page).toHaveURL(/\/new$/);
  await fullPageShot(page, testInfo.outputPath('03-group-duplicate-code.png'));

  // The same in English: the seed's labels.
  await page.getByTestId('group-cancel').click();
  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Group');
  await page.getByTestId('group-search-match').click();
  for (const option of ['Any Part of Field', 'Start of Field', 'Whole Field']) {
    await expect(page.getByRole('option', { name: option, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('group-search-submit')).toHaveText('Search');
  await expect(page.getByTestId('group-search-all')).toHaveText('Show All');
  await expect(page.getByTestId('group-new')).toHaveText('New');
  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-id').click();
});

test('customer group: edit, delete, and a delete refused while a customer uses the group', async ({ page, request }) => {
  const auth = await adminHeaders(request);
  const used = { code: `E2E-${sfx}-USED`, name: `Dipakai ${sfx}` };
  const spare = { code: `E2E-${sfx}-DEL`, name: `Dihapus ${sfx}` };
  const groupUsed = await request.post('/api/v1/customer-groups', { headers: auth, data: used });
  expect(groupUsed.status()).toBe(201);
  const { id: usedId } = (await groupUsed.json()) as { id: string };
  expect((await request.post('/api/v1/customer-groups', { headers: auth, data: spare })).status()).toBe(201);
  const customer = await request.post('/api/v1/customers', { headers: auth, data: { code: `GC-${sfx}`, name: `Toko ${sfx}`, groupId: usedId } });
  expect(customer.status()).toBe(201);

  await logIn(page);
  await page.goto(`/sales/customer-groups?field=code&match=startsWith&q=E2E-${sfx}-`);
  const usedRow = page.getByTestId('group-row').filter({ hasText: used.code });
  await expect(usedRow.getByTestId('group-count')).toHaveText('1');

  // Edit: same form, saved, back on the same search.
  await usedRow.getByTestId('group-edit').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ubah Kelompok Pelanggan');
  await expect(page.getByTestId('group-code-input')).toHaveValue(used.code);
  await page.getByTestId('group-name-input').fill(`${used.name} (ubah)`);
  await page.getByTestId('group-save').click();
  await expect(page).toHaveURL(new RegExp(`q=E2E-${sfx}-`, 'i'));
  await expect(usedRow.getByTestId('group-name')).toHaveText(`${used.name} (ubah)`);

  // Delete refused: the group still has a customer; the message says how many, nothing changes.
  await usedRow.getByTestId('group-delete').click();
  const refused = page.waitForResponse((r) => r.url().includes(`/api/v1/customer-groups/${usedId}`) && r.request().method() === 'DELETE');
  await page.getByTestId('confirm-ok').click();
  expect((await refused).status()).toBe(409);
  await expect(page.getByTestId('group-delete-error')).toContainText(`Kelompok "${used.code}" tidak dapat dihapus karena masih dipakai oleh 1 pelanggan`);
  await expect(usedRow).toHaveCount(1);

  // Delete allowed for an unused group.
  const spareRow = page.getByTestId('group-row').filter({ hasText: spare.code });
  await spareRow.getByTestId('group-delete').click();
  const deleted = page.waitForResponse((r) => r.url().includes('/api/v1/customer-groups/') && r.request().method() === 'DELETE');
  await page.getByTestId('confirm-ok').click();
  expect((await deleted).status()).toBe(204);
  await expect(spareRow).toHaveCount(0);
});
