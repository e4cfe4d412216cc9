import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/**
 * The customer picker in blocking mode, on the real API: a customer already over its limit is shown disabled,
 * with the reason, to a user who may not override; with the back-office bypass on, a supervisor
 * (credit:override) can choose it, must give a reason, and the order is created with outcome "override".
 */

interface Created {
  id: string;
}
interface CreditSettings {
  updatedAt?: string;
  [key: string]: unknown;
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

async function logIn(page: Page, email: string, password: string) {
  await page.evaluate(() => localStorage.removeItem('niaga.auth')).catch(() => undefined);
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('toolbar')).toBeVisible();
}

async function openNewOrder(page: Page) {
  await page.goto('/sales/orders/new');
  await expect(page.getByTestId('order-form')).toBeVisible();
}

test('blocked customers are disabled in the picker unless the user may override; an override needs a reason', async ({ page, request }, testInfo) => {
  const client = await adminApi(request);
  const run = Date.now().toString(36).toUpperCase();
  const password = 'Rahasia-Uji-12345';
  const { updatedAt: _ignored, ...before } = await client.get<CreditSettings>('/settings/credit');
  await client.put('/settings/credit', { ...before, enforcementMode: 'blocking', allowBackofficeBypass: false });
  try {
    const product = await client.post<Created>('/products', { code: `BP-${run}`, name: `Gula ${run}`, unitPrice: '100000.00' });
    // Over its limit already: an order of 800.000, then the limit lowered to 500.000.
    const blocked = await client.post<Created>('/customers', { code: `BLK-${run}-1`, name: `Toko Terblokir ${run}` });
    await client.post('/sales-orders', { customerId: blocked.id, lines: [{ productId: product.id, quantity: '8' }] });
    await client.put(`/customers/${blocked.id}/credit-limit`, { outstandingAmount: { mode: 'value', value: '500000.00' } });
    const fine = await client.post<Created>('/customers', { code: `BLK-${run}-2`, name: `Toko Aman ${run}` });
    const credit = await client.get<{ status: string; blocked: boolean }>(`/customers/${blocked.id}/credit`);
    expect(credit).toMatchObject({ status: 'overlimit', blocked: true });

    const salesEmail = `sales-${run.toLowerCase()}@niaga.test`;
    const supervisorEmail = `supervisor-${run.toLowerCase()}@niaga.test`;
    await client.post('/users', { email: salesEmail, name: `Sales ${run}`, password, roles: ['sales'] });
    await client.post('/users', { email: supervisorEmail, name: `Supervisor ${run}`, password, roles: ['supervisor'] });

    // A sales user (no credit:override): the blocked customer is shown, disabled, with the reason.
    await page.goto('/login');
    await logIn(page, salesEmail, password);
    await openNewOrder(page);
    await page.getByTestId('customer-picker-input').fill(`BLK-${run}`);
    const blockedOption = page.getByTestId(`customer-option-BLK-${run}-1`);
    const fineOption = page.getByTestId(`customer-option-BLK-${run}-2`);
    await expect(blockedOption).toBeVisible();
    await expect(blockedOption).toHaveAttribute('aria-disabled', 'true');
    await expect(blockedOption).toContainText('Diblokir');
    await expect(blockedOption).toContainText('Piutang Rp 800.000 melebihi limit Rp 500.000.');
    await expect(fineOption).toHaveAttribute('aria-disabled', 'false');
    await page.screenshot({ path: testInfo.outputPath('01-sales-user-blocked-option.png'), fullPage: true });
    await blockedOption.click({ force: true });
    await expect(page.getByTestId('live-outcome')).toHaveCount(0);
    await page.keyboard.press('Escape');

    // Bypass on, as a supervisor (credit:override): the customer can be chosen, a reason is required.
    await client.put('/settings/credit', { ...before, enforcementMode: 'blocking', allowBackofficeBypass: true });
    await logIn(page, supervisorEmail, password);
    await openNewOrder(page);
    await page.getByTestId('customer-picker-input').fill(`BLK-${run}`);
    await expect(blockedOption).toHaveAttribute('aria-disabled', 'false');
    await expect(blockedOption).toContainText('dapat di-override dengan alasan');
    await page.screenshot({ path: testInfo.outputPath('02-supervisor-overridable-option.png'), fullPage: true });
    await blockedOption.click();
    await expect(page.getByTestId('live-outcome')).toHaveAttribute('data-outcome', 'block');
    await expect(page.getByTestId('live-overridable')).toContainText('dengan menuliskan alasan');
    await expect(page.getByTestId('override-section')).toBeVisible();

    await page.getByTestId('line-product-0').fill(`BP-${run}`);
    await page.getByTestId(`product-option-BP-${run}`).click();
    await page.getByTestId('line-quantity-0').fill('2');
    await expect(page.getByTestId('credit-oa-used')).toHaveText('Rp 1.000.000');

    // Without a reason nothing is sent.
    let posted = false;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/sales-orders') && r.method() === 'POST') posted = true;
    });
    await page.getByTestId('order-submit').click();
    await expect(page.getByTestId('override-reason-error')).toContainText('Tulis alasan');
    await expect(page.getByTestId('form-error')).toBeVisible();
    expect(posted).toBe(false);
    await page.screenshot({ path: testInfo.outputPath('03-reason-required.png'), fullPage: true });

    // With a reason: created, outcome override.
    await page.getByTestId('override-reason').fill('Pelanggan lama, pembayaran dijanjikan minggu ini');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/sales-orders') && r.request().method() === 'POST');
    await page.getByTestId('order-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const order = (await response.json()) as { id: string; number: string; credit: { outcome: string } };
    expect(order.credit.outcome).toBe('override');
    await expect(page).toHaveURL(new RegExp(`/sales/orders/${order.id}$`));
    await expect(page.getByTestId('order-credit')).toContainText('Override');
    await expect(page.getByTestId('order-credit-reasons')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('04-order-override.png'), fullPage: true });

    const stored = await client.get<{ credit: { outcome: string } }>(`/sales-orders/${order.id}`);
    expect(stored.credit.outcome).toBe('override');
    expect(fine.id).toBeTruthy();
  } finally {
    await client.put('/settings/credit', before);
  }
});
