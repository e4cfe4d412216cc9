import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/**
 * Notification center end to end, on the real API: customers near and over their limit, a recap built on
 * demand, the bell's count, the recap (lists, group filter, sorting, CSV) and mark all read.
 */

interface Created {
  id: string;
}
interface RecapRow {
  customerId: string;
  code: string;
}
interface Recap {
  id: string;
  date: string;
  trigger: string;
  warning: RecapRow[];
  overlimit: RecapRow[];
}
interface NotificationItem {
  id: string;
  readAt: string | null;
  data: { recapId: string };
}

async function api(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(`/api/v1${url}`, { method, headers, ...(data === undefined ? {} : { data }) });
    expect(response.ok(), `${method} ${url} → ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, data: unknown = {}) => call<T>('POST', url, data),
    put: <T>(url: string, data: unknown) => call<T>('PUT', url, data),
  };
}

type Api = Awaited<ReturnType<typeof api>>;

/** A customer in `groupId` with an outstanding-amount limit and open orders worth `ordered` (product at Rp 100.000). */
async function customerWithExposure(
  client: Api,
  options: { code: string; name: string; groupId: string; productId: string; limit: string; quantity: string; limitAfterOrder?: boolean },
): Promise<string> {
  const customer = await client.post<Created>('/customers', { code: options.code, name: options.name, groupId: options.groupId });
  const setLimit = () =>
    client.put(`/customers/${customer.id}/credit-limit`, { outstandingAmount: { mode: 'value', value: options.limit } });
  // Over the limit at once would be blocked (blocking mode): order first, then lower the limit.
  if (!options.limitAfterOrder) await setLimit();
  await client.post('/sales-orders', { customerId: customer.id, lines: [{ productId: options.productId, quantity: options.quantity }] });
  if (options.limitAfterOrder) await setLimit();
  return customer.id;
}

async function logIn(page: Page) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(ADMIN_EMAIL);
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('toolbar')).toBeVisible();
}

const codesIn = (table: Locator) => table.getByTestId('recap-customer-link').allTextContents();

async function chooseGroup(page: Page, optionTestId: string) {
  await page.getByTestId('recap-group-filter').click();
  await page.getByTestId(optionTestId).click();
  await expect(page.locator('.cdk-overlay-pane mat-option')).toHaveCount(0);
}

test('credit recap: bell count, recap lists, group filter, sort, CSV export and mark all read', async ({ page, request }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // --- Data, through the API: two groups, three customers with limits and open orders.
  const client = await api(request);
  const sfx = Date.now().toString(36).toUpperCase();
  const wholesale = await client.post<Created>('/customer-groups', { code: `GRS-${sfx}`, name: `Grosir ${sfx}` });
  const retail = await client.post<Created>('/customer-groups', { code: `RTL-${sfx}`, name: `Ritel ${sfx}` });
  const product = await client.post<Created>('/products', { code: `P-${sfx}`, name: 'Beras 5 kg', unitPrice: '100000.00' });
  const base = { productId: product.id, limit: '1000000.00' };
  // A: 900.000 of 1.000.000 → 90 % → Warning. C: 850.000 → 85 % → Warning. B: 1.500.000 → 150 % → Overlimit.
  const a = await customerWithExposure(client, { ...base, code: `E2E-A-${sfx}`, name: 'Toko Abadi', groupId: wholesale.id, quantity: '9' });
  const b = await customerWithExposure(client, {
    ...base,
    code: `E2E-B-${sfx}`,
    name: 'Toko Berkah',
    groupId: retail.id,
    quantity: '15',
    limitAfterOrder: true,
  });
  const c = await customerWithExposure(client, { ...base, code: `E2E-C-${sfx}`, name: 'Toko Cahaya', groupId: retail.id, quantity: '8.5' });

  const recap = await client.post<Recap>('/credit/recaps');
  expect(recap.trigger).toBe('manual');
  expect(recap.overlimit.map((r) => r.customerId)).toContain(b);
  expect(recap.warning.map((r) => r.customerId)).toEqual(expect.arrayContaining([a, c]));

  const unread = (await client.get<{ count: number }>('/notifications/unread-count')).count;
  expect(unread).toBeGreaterThanOrEqual(1);
  const mine = await client.get<{ items: NotificationItem[] }>('/notifications?unread=true&pageSize=50');
  const notification = mine.items.find((n) => n.data.recapId === recap.id);
  expect(notification).toBeDefined();

  // --- The bell shows the unread count.
  await logIn(page);
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('aria-label', `Notifikasi, ${unread} belum dibaca`);
  await expect(bell.locator('.mat-badge-content')).toHaveText(String(unread));

  // --- Open the bell: the new recap is listed, unread; clicking it opens the recap and marks it read.
  await bell.click();
  const item = page.getByTestId(`bell-item-${notification?.id}`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('data-unread', 'true');
  await expect(item).toContainText('Rekap kredit');
  await expect(item).toContainText('(Manual)');
  await page.screenshot({ path: testInfo.outputPath('01-bell-open.png') });
  await item.click();

  await expect(page).toHaveURL(new RegExp(`/notifications/recaps/${recap.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rekap kredit');
  await expect(page.getByTestId('recap-date')).toHaveText(recap.date);
  await expect(page.getByTestId('recap-trigger')).toHaveText('Manual');
  if (unread - 1 > 0) await expect(bell).toHaveAttribute('aria-label', `Notifikasi, ${unread - 1} belum dibaca`);
  else await expect(bell).toHaveAttribute('aria-label', 'Notifikasi');

  // --- Each customer in the right list, with a link to its page.
  const overlimit = page.getByTestId('recap-table-overlimit');
  const warning = page.getByTestId('recap-table-warning');
  await expect(overlimit.getByTestId(`recap-row-${b}`)).toBeVisible();
  await expect(overlimit.getByTestId(`recap-row-${b}`)).toContainText('Rp 1.500.000');
  await expect(overlimit.getByTestId(`recap-row-${b}`)).toContainText('150%');
  await expect(warning.getByTestId(`recap-row-${a}`)).toContainText('90%');
  await expect(warning.getByTestId(`recap-row-${c}`)).toContainText('85%');
  await expect(warning.getByTestId(`recap-row-${b}`)).toHaveCount(0);
  await expect(overlimit.getByTestId(`recap-row-${a}`)).toHaveCount(0);
  await expect(overlimit.getByTestId(`recap-row-${b}`).getByTestId('recap-customer-link')).toHaveAttribute('href', `/sales/customers/${b}`);
  await page.screenshot({ path: testInfo.outputPath('02-recap.png'), fullPage: true });

  // --- Filter by customer group.
  await chooseGroup(page, `group-option-RTL-${sfx}`);
  expect(await codesIn(warning)).toEqual([`E2E-C-${sfx}`]);
  expect(await codesIn(overlimit)).toEqual([`E2E-B-${sfx}`]);
  await chooseGroup(page, `group-option-GRS-${sfx}`);
  expect(await codesIn(warning)).toEqual([`E2E-A-${sfx}`]);
  await expect(overlimit.getByTestId('recap-empty')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('03-recap-filtered.png'), fullPage: true });

  // --- Sort (all groups again): highest utilisation first by default, then by code both ways.
  await page.getByTestId('recap-group-filter').click();
  await page.locator('.cdk-overlay-pane mat-option').first().click();
  const ours = async () => (await codesIn(warning)).filter((code) => code.endsWith(sfx));
  expect(await ours()).toEqual([`E2E-A-${sfx}`, `E2E-C-${sfx}`]);
  await warning.getByTestId('sort-utilization').click(); // now ascending
  expect(await ours()).toEqual([`E2E-C-${sfx}`, `E2E-A-${sfx}`]);
  await warning.getByTestId('sort-code').click();
  expect(await ours()).toEqual([`E2E-A-${sfx}`, `E2E-C-${sfx}`]);
  await warning.getByTestId('sort-code').click();
  expect(await ours()).toEqual([`E2E-C-${sfx}`, `E2E-A-${sfx}`]);
  await expect(warning.getByTestId('sort-code')).toHaveAttribute('aria-sort', 'descending');

  // --- CSV export, downloaded with the token (a plain link would get 401).
  const download = page.waitForEvent('download');
  await page.getByTestId('recap-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`credit-recap-${recap.date}.csv`);
  const csv = readFileSync((await file.path()) as string, 'utf8');
  for (const code of [`E2E-A-${sfx}`, `E2E-B-${sfx}`, `E2E-C-${sfx}`]) expect(csv).toContain(code);

  // --- The notifications page: run a recap now (admin), it opens; then mark everything read.
  await page.getByTestId('recap-back').click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId(`notification-row-${notification?.id}`)).toContainText('Dibaca');
  await page.getByTestId('run-recap').click();
  await expect(page).toHaveURL(/\/notifications\/recaps\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(recap.id);
  await expect(page.getByTestId('recap-trigger')).toHaveText('Manual');
  await expect(page.getByTestId(`recap-table-overlimit`).getByTestId(`recap-row-${b}`)).toBeVisible();
  await expect(bell.locator('.mat-badge-content')).toHaveText(/^[1-9]\d*$/);

  await page.getByTestId('recap-back').click();
  await page.getByTestId('page-mark-all').click();
  await expect(bell).toHaveAttribute('aria-label', 'Notifikasi');
  await expect(bell).toHaveClass(/mat-badge-hidden/);
  await expect(page.getByTestId('notification-mark-read')).toHaveCount(0);
  await expect(page.getByTestId('page-mark-all')).toBeDisabled();
  expect((await client.get<{ count: number }>('/notifications/unread-count')).count).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('04-all-read.png'), fullPage: true });

  // The bell's menu agrees: nothing unread, "mark all" disabled.
  await bell.click();
  await expect(page.getByTestId('bell-mark-all')).toBeDisabled();
  await expect(page.locator('[data-testid^="bell-item-"][data-unread="true"]')).toHaveCount(0);
  await page.keyboard.press('Escape');

  expect(pageErrors).toEqual([]);
});
