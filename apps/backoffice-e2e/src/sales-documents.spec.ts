import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/**
 * Settings, products and the document flow on the real API: credit settings saved from the form, a product
 * added, an order invoiced in part from its page (due date from the payment terms), a part payment, the
 * payments list, and the order cancelled.
 */

interface Created {
  id: string;
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

test('settings, products, invoice in part from an order, part payment, cancel', async ({ page, request }, testInfo) => {
  const client = await adminApi(request);
  const run = Date.now().toString(36).toUpperCase();
  const { updatedAt: _ignored, ...before } = await client.get<Record<string, unknown>>('/settings/credit');
  try {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(ADMIN_EMAIL);
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('toolbar')).toBeVisible();

    // Settings › Credit: a bad value is refused on its field; a good one is saved.
    await page.getByTestId('nav-settings').click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('settings-threshold')).toHaveValue(String(before['warningThresholdPercent']));
    await page.getByTestId('settings-threshold').fill('150');
    await page.getByTestId('settings-save').click();
    await expect(page.getByText('Isi 1–100.')).toBeVisible();
    await page.getByTestId('settings-threshold').fill('85');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/settings/credit') && r.request().method() === 'PUT');
    await page.getByTestId('settings-save').click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    expect((await client.get<{ warningThresholdPercent: number }>('/settings/credit')).warningThresholdPercent).toBe(85);
    await page.screenshot({ path: testInfo.outputPath('01-settings-saved.png'), fullPage: true });

    // Settings › Products: add one.
    await page.getByTestId('settings-tab-products').click();
    await expect(page).toHaveURL(/\/settings\/products$/);
    await page.getByTestId('product-code').fill(`SD-${run}`);
    await page.getByTestId('product-name').fill(`Minyak ${run}`);
    await page.getByTestId('product-price').fill('2500.50');
    await page.getByTestId('product-create').click();
    await page.getByTestId('product-search').fill(`SD-${run}`);
    await expect(page.getByTestId('product-row')).toHaveCount(1);
    await expect(page.getByTestId('product-table')).toContainText('Rp 2.500,50');
    await page.screenshot({ path: testInfo.outputPath('02-products.png'), fullPage: true });
    const products = await client.get<{ items: { id: string }[] }>(`/products?q=SD-${run}`);
    const productId = products.items[0].id;

    // An order of 4 × 2.500,50 for a customer with 7 days' terms.
    const customer = await client.post<Created>('/customers', { code: `SD-${run}`, name: `Toko Dokumen ${run}`, paymentTermDays: 7 });
    const order = await client.post<{ id: string; number: string; total: string }>('/sales-orders', {
      customerId: customer.id,
      lines: [{ productId, quantity: '4' }],
    });
    expect(order.total).toBe('10002.00');

    // From the order's page: invoice 1 of the 4.
    await page.goto(`/sales/orders/${order.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pesanan ${order.number}`);
    await page.getByTestId('order-invoice').click();
    await expect(page).toHaveURL(/\/sales\/invoices\/new\?salesOrderId=/);
    await expect(page.getByTestId('invoice-qty-0')).toHaveValue('4');
    await expect(page.getByTestId('invoice-total')).toHaveText('Rp 10.002');
    await page.getByTestId('invoice-qty-0').fill('1');
    await expect(page.getByTestId('invoice-total')).toHaveText('Rp 2.500,50');
    const invoiceDate = await page.getByTestId('invoice-date').inputValue();
    const due = new Date(`${invoiceDate}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 7);
    await expect(page.getByTestId('invoice-due-date')).toHaveValue(due.toISOString().slice(0, 10));
    await page.screenshot({ path: testInfo.outputPath('03-invoice-from-order.png'), fullPage: true });
    const createdInvoice = page.waitForResponse((r) => r.url().endsWith('/api/v1/sales-invoices') && r.request().method() === 'POST');
    await page.getByTestId('invoice-submit').click();
    const invoiceResponse = await createdInvoice;
    expect(invoiceResponse.status()).toBe(201);
    const invoice = (await invoiceResponse.json()) as { id: string; number: string; total: string; dueDate: string };
    expect(invoice.total).toBe('2500.50');
    expect(invoice.dueDate).toBe(due.toISOString().slice(0, 10));
    await expect(page).toHaveURL(new RegExp(`/sales/invoices/${invoice.id}$`));
    await expect(page.getByTestId('invoice-status')).toContainText('Belum dibayar');
    await expect(page.getByTestId('invoice-void')).toBeVisible();

    // A part payment: the outstanding amount drops, the invoice can no longer be voided.
    await page.getByTestId('invoice-pay').click();
    await expect(page.getByTestId('payment-amount')).toHaveValue('2500.50');
    await page.getByTestId('payment-amount').fill('3000');
    await page.getByTestId('payment-submit').click();
    await expect(page.getByTestId('payment-amount-error')).toContainText('Melebihi sisa tagihan');
    await page.getByTestId('payment-amount').fill('1000');
    await page.getByTestId('payment-reference').fill(`TRF-${run}`);
    await page.getByTestId('payment-submit').click();
    await expect(page.getByTestId('invoice-status')).toContainText('Dibayar sebagian');
    await expect(page.getByTestId('invoice-outstanding')).toHaveText('Rp 1.500,50');
    await expect(page.getByTestId('invoice-payments')).toContainText(`TRF-${run}`);
    await expect(page.getByTestId('invoice-void')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('04-invoice-part-paid.png'), fullPage: true });

    // Payments list.
    await page.getByTestId('nav-payments').click();
    await expect(page.getByTestId('payment-table')).toContainText(invoice.number);

    // The order: partly invoiced; cancelling releases the rest.
    await page.goto(`/sales/orders/${order.id}`);
    await expect(page.getByTestId('order-status')).toContainText('Sebagian difakturkan');
    await expect(page.getByTestId('order-uninvoiced')).toHaveText('Rp 7.501,50');
    await page.getByTestId('order-cancel').click();
    await page.getByTestId('confirm-yes').click();
    await expect(page.getByTestId('order-status')).toContainText('Dibatalkan');
    await expect(page.getByTestId('order-uninvoiced')).toHaveText('Rp 0');
    await page.screenshot({ path: testInfo.outputPath('05-order-cancelled.png'), fullPage: true });
  } finally {
    await client.put('/settings/credit', before);
  }
});
