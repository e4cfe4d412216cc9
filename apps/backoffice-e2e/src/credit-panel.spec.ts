import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/**
 * The live credit panel of a new sales order, on the real API: a customer with an outstanding-amount limit;
 * typing lines shows the projected used / remaining and the outcome turning from pass to block; saving over
 * the limit is refused with the reasons; within the limit the order is created.
 */

interface Created {
  id: string;
}
interface CreditSettings {
  defaults: unknown;
  enforcementMode: 'warning' | 'blocking';
  allowBackofficeBypass: boolean;
  warningThresholdPercent: number;
  overdueGraceDays: number;
  recapTime: string;
  timeZone: string;
  updatedAt?: string;
}

async function adminApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(`/api/v1${url}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}` },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${url} → ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, data: unknown = {}) => call<T>('POST', url, data),
    put: <T>(url: string, data: unknown) => call<T>('PUT', url, data),
  };
}

/** Sets enforcement and bypass; returns a function restoring what was there. */
async function creditSettings(client: Awaited<ReturnType<typeof adminApi>>, change: Partial<CreditSettings>) {
  const { updatedAt: _ignored, ...before } = await client.get<CreditSettings>('/settings/credit');
  await client.put('/settings/credit', { ...before, ...change });
  return () => client.put('/settings/credit', before);
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('toolbar')).toBeVisible();
}

test('new sales order: the live credit panel projects the lines being typed and turns to block over the limit', async ({ page, request }, testInfo) => {
  const client = await adminApi(request);
  const run = Date.now().toString(36).toUpperCase();
  const restore = await creditSettings(client, { enforcementMode: 'blocking', allowBackofficeBypass: false });
  try {
    await client.post<Created>('/products', { code: `LP-${run}`, name: `Beras ${run}`, unitPrice: '100000.00' });
    const customer = await client.post<Created>('/customers', { code: `LIVE-${run}`, name: `Toko Live ${run}`, paymentTermDays: 30 });
    await client.put(`/customers/${customer.id}/credit-limit`, { outstandingAmount: { mode: 'value', value: '1000000.00' } });

    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByTestId('nav-sales-orders').click();
    await expect(page).toHaveURL(/\/sales\/orders$/);
    await page.getByTestId('order-new').click();
    await expect(page).toHaveURL(/\/sales\/orders\/new$/);
    await expect(page.getByTestId('credit-empty')).toBeVisible();

    // The customer: the panel shows its position with this (still empty) order.
    await page.getByTestId('customer-picker-input').fill(`LIVE-${run}`);
    await page.getByTestId(`customer-option-LIVE-${run}`).click();
    const outcome = page.getByTestId('live-outcome');
    await expect(outcome).toHaveAttribute('data-outcome', 'pass');
    await expect(page.getByTestId('credit-oa-limit')).toHaveText('Rp 1.000.000');
    await expect(page.getByTestId('credit-oa-source')).toHaveText('dari pelanggan');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 0');

    // A line of 3 × Rp 100.000: projected used 300.000, remaining 700.000, still passing.
    await page.getByTestId('line-product-0').fill(`LP-${run}`);
    await page.getByTestId(`product-option-LP-${run}`).click();
    await expect(page.getByTestId('line-price-0')).toHaveValue('100000.00');
    await page.getByTestId('line-quantity-0').fill('3');
    await expect(page.getByTestId('line-amount-0')).toHaveText('Rp 300.000');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 300.000');
    await expect(page.getByTestId('credit-oa-remaining')).toHaveText('Rp 700.000');
    await expect(outcome).toHaveAttribute('data-outcome', 'pass');
    await page.screenshot({ path: testInfo.outputPath('01-live-panel-pass.png'), fullPage: true });

    // 9 × 100.000 = 900.000: at 90 % of the limit — a warning status, still allowed.
    await page.getByTestId('line-quantity-0').fill('9');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 900.000');
    await expect(page.getByTestId('credit-status')).toHaveText('Warning');
    await expect(outcome).toHaveAttribute('data-outcome', 'pass');

    // 12 × 100.000 = 1.200.000: over the limit — blocked, with the reason, and not overridable (bypass off).
    await page.getByTestId('line-quantity-0').fill('12');
    await expect(page.getByTestId('order-total')).toHaveText('Rp 1.200.000');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 1.200.000');
    await expect(page.getByTestId('credit-oa-remaining')).toHaveText('-Rp 200.000');
    await expect(outcome).toHaveAttribute('data-outcome', 'block');
    await expect(page.getByTestId('live-reasons')).toContainText('Piutang Rp 1.200.000 melebihi limit Rp 1.000.000.');
    await expect(page.getByTestId('credit-status')).toHaveText('Overlimit');
    await expect(page.getByTestId('live-overridable')).toContainText('ditolak');
    await expect(page.getByTestId('override-section')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('02-live-panel-block.png'), fullPage: true });

    // Saving anyway: the API refuses (422) and the reasons are shown with the panel.
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/sales-orders') && r.request().method() === 'POST');
    await page.getByTestId('order-submit').click();
    expect((await refused).status()).toBe(422);
    await expect(page.getByTestId('credit-refusal')).toContainText('Piutang Rp 1.200.000 melebihi limit Rp 1.000.000.');
    await expect(page).toHaveURL(/\/sales\/orders\/new$/);
    await page.screenshot({ path: testInfo.outputPath('03-refused.png'), fullPage: true });

    // Back within the limit: the order is created and opened.
    await page.getByTestId('line-quantity-0').fill('5');
    await expect(outcome).toHaveAttribute('data-outcome', 'pass');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 500.000');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/sales-orders') && r.request().method() === 'POST');
    await page.getByTestId('order-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const order = (await response.json()) as { id: string; number: string; total: string; credit: { outcome: string } };
    expect(order.total).toBe('500000.00');
    expect(order.credit.outcome).toBe('pass');
    await expect(page).toHaveURL(new RegExp(`/sales/orders/${order.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pesanan ${order.number}`);
    await expect(page.getByTestId('order-total')).toHaveText('Rp 500.000');
    await expect(page.getByTestId('order-credit')).toContainText('Lolos');
    await page.screenshot({ path: testInfo.outputPath('04-order-created.png'), fullPage: true });

    // The customer's credit now holds the order.
    const position = await client.get<{ outstandingAmount: { used: string } }>(`/customers/${customer.id}/credit`);
    expect(position.outstandingAmount.used).toBe('500000.00');
  } finally {
    await restore();
  }
});
