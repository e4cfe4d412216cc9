import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/**
 * Reports end to end, on the real API: a group with one customer, an order and a direct invoice dated in the
 * past, a part payment; then Sales by customer for a period and the group (totals row, CSV), Receivables aging
 * (the bucket and its bar), Credit utilisation (status badge, distribution chart, CSV).
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

/** `YYYY-MM-DD` moved by `days` (calendar arithmetic, no time zone). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function logIn(page: Page) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(ADMIN_EMAIL);
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('toolbar')).toBeVisible();
}

async function chooseOption(page: Page, selectTestId: string, optionTestId: string) {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
  await expect(page.locator('.cdk-overlay-pane mat-option')).toHaveCount(0);
}

/** The shell scrolls inside its content pane, so grow the viewport to the content before a full shot. */
async function shot(page: Page, path: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    const toolbar = document.querySelector('mat-toolbar');
    return Math.ceil((content?.scrollHeight ?? document.body.scrollHeight) + (toolbar?.getBoundingClientRect().height ?? 0));
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(size);
}

const cell = (row: Locator, testId: string) => row.getByTestId(testId);

test('reports: sales by customer for a period and group, aging bucket and chart, credit utilisation, CSV', async ({ page, request }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // --- Data, through the API. "Today" as the API sees it (company time zone): the sales report's default end.
  const client = await adminApi(request);
  const today = (await client.get<{ filters: { to: string } }>('/reports/sales?pageSize=1')).filters.to;
  const sfx = Date.now().toString(36).toUpperCase();
  const group = await client.post<Created>('/customer-groups', { code: `RPT-${sfx}`, name: `Laporan ${sfx}` });
  const code = `E2E-RPT-${sfx}`;
  const customer = await client.post<Created>('/customers', { code, name: `Toko Laporan ${sfx}`, groupId: group.id });
  // A generous limit of our own, so other tests' defaults (blocking mode, low limits) cannot refuse the documents.
  await client.put(`/customers/${customer.id}/credit-limit`, {
    openDocuments: { mode: 'unlimited' },
    outstandingAmount: { mode: 'value', value: '10000000.00' },
    overdue: { mode: 'value', value: false },
  });
  const product = await client.post<Created>('/products', { code: `P-RPT-${sfx}`, name: 'Gula 1 kg', unitPrice: '100000.00' });
  const orderDate = addDays(today, -20);
  await client.post('/sales-orders', { customerId: customer.id, orderDate, lines: [{ productId: product.id, quantity: '3' }] });
  // A direct invoice dated 20 days ago, due 5 days ago: 5 days overdue → the 1–30 days bucket.
  const invoice = await client.post<Created & { total: string }>('/sales-invoices', {
    customerId: customer.id,
    invoiceDate: orderDate,
    dueDate: addDays(today, -5),
    lines: [{ productId: product.id, quantity: '2' }],
  });
  expect(invoice.total).toBe('200000.00');
  await client.post('/payments', { invoiceId: invoice.id, amount: '50000.00', paidAt: addDays(today, -10), method: 'transfer' });

  // --- Reports from the side navigation: Sales by customer is the first tab.
  await logIn(page);
  await page.getByTestId('nav-reports').click();
  await expect(page).toHaveURL(/\/reports\/sales$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laporan');
  await expect(page.getByTestId('sales-to')).toHaveValue(today);

  // The period: from 30 days ago (the order and invoice are 20 days old) to today.
  const from = addDays(today, -30);
  await page.getByTestId('sales-from').fill(from);
  const row = page.getByTestId(`sales-row-${customer.id}`);
  await expect(row).toBeVisible();
  await expect(cell(row, 'customer-link')).toHaveText(code);
  await expect(cell(row, 'customer-link')).toHaveAttribute('href', `/sales/customers/${customer.id}`);
  await expect(cell(row, 'cell-orders')).toHaveText('1');
  await expect(cell(row, 'cell-ordered')).toHaveText('Rp 300.000');
  await expect(cell(row, 'cell-invoiced')).toHaveText('Rp 200.000');
  await expect(cell(row, 'cell-paid')).toHaveText('Rp 50.000');

  // Filter by the group: only our customer, and the totals row says the same.
  await chooseOption(page, 'report-group-filter', `group-option-RPT-${sfx}`);
  await expect(page.locator('[data-testid^="sales-row-"]')).toHaveCount(1);
  await expect(row).toBeVisible();
  const totals = page.getByTestId('sales-totals');
  await expect(totals).toContainText('1 pelanggan');
  await expect(totals.getByTestId('total-orders')).toHaveText('1');
  await expect(totals.getByTestId('total-ordered')).toHaveText('Rp 300.000');
  await expect(totals.getByTestId('total-invoiced')).toHaveText('Rp 200.000');
  await expect(totals.getByTestId('total-paid')).toHaveText('Rp 50.000');
  await shot(page, testInfo.outputPath('01-sales-by-customer.png'));

  // CSV of the period and group, fetched with the token.
  const salesDownload = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const salesFile = await salesDownload;
  expect(salesFile.suggestedFilename()).toBe(`sales-${from}-${today}.csv`);
  const salesCsv = readFileSync((await salesFile.path()) as string, 'utf8');
  expect(salesCsv).toContain(code);
  expect(salesCsv.trim().split(/\r?\n/)).toHaveLength(2); // header + our customer (group filter applied)

  // --- Receivables aging: 150.000 still open, 5 days overdue.
  await page.getByTestId('reports-tab-receivables-aging').click();
  await expect(page).toHaveURL(/\/reports\/receivables-aging$/);
  await expect(page.getByTestId('aging-as-of')).toHaveValue(today);
  await chooseOption(page, 'report-group-filter', `group-option-RPT-${sfx}`);
  const agingRow = page.getByTestId(`aging-row-${customer.id}`);
  await expect(agingRow).toBeVisible();
  await expect(page.locator('[data-testid^="aging-row-"]')).toHaveCount(1);
  await expect(cell(agingRow, 'cell-current')).toHaveText('Rp 0');
  await expect(cell(agingRow, 'cell-days1to30')).toHaveText('Rp 150.000');
  await expect(cell(agingRow, 'cell-total')).toHaveText('Rp 150.000');
  await expect(page.getByTestId('aging-totals').getByTestId('total-days1to30')).toHaveText('Rp 150.000');

  // The chart of the five buckets: only 1–30 days is drawn, filling the track, labelled in IDR.
  const chart = page.getByTestId('aging-chart');
  await expect(chart.locator('[data-testid^="chart-bar-"]')).toHaveCount(5);
  const bucket = chart.getByTestId('chart-bar-days1to30');
  await expect(bucket.getByTestId('chart-value')).toHaveText('Rp 150.000');
  await expect(bucket.getByTestId('chart-fill')).toHaveAttribute('width', '100');
  await expect(chart.getByTestId('chart-bar-current').getByTestId('chart-fill')).toHaveAttribute('width', '0');
  await expect(chart.getByTestId('chart-bar-over90').getByTestId('chart-value')).toHaveText('Rp 0');
  expect((await bucket.locator('svg').boundingBox())?.width ?? 0).toBeGreaterThan(50);
  await shot(page, testInfo.outputPath('02-receivables-aging.png'));

  // As of the day before the due date, the same amount is not yet due.
  await page.getByTestId('aging-as-of').fill(addDays(today, -6));
  await expect(cell(agingRow, 'cell-current')).toHaveText('Rp 150.000');
  await expect(chart.getByTestId('chart-bar-current').getByTestId('chart-fill')).toHaveAttribute('width', '100');

  // --- Credit utilisation: safe, using 450.000 of 10.000.000 (the order, not invoiced, and the invoice's open
  // 150.000), the only customer of the group.
  await page.getByTestId('reports-tab-credit-utilization').click();
  await expect(page).toHaveURL(/\/reports\/credit-utilization$/);
  await chooseOption(page, 'report-group-filter', `group-option-RPT-${sfx}`);
  const creditRow = page.getByTestId(`credit-row-${customer.id}`);
  await expect(creditRow).toBeVisible();
  await expect(creditRow.getByTestId('credit-status')).toHaveText('Aman');
  await expect(cell(creditRow, 'cell-limit')).toHaveText('dari Rp 10.000.000');
  await expect(cell(creditRow, 'cell-used')).toHaveText('Rp 450.000');
  await expect(cell(creditRow, 'cell-amount-utilization')).toHaveText('4,5%');
  const distribution = page.getByTestId('credit-chart');
  await expect(distribution.getByTestId('chart-bar-safe').getByTestId('chart-value')).toHaveText('1');
  await expect(distribution.getByTestId('chart-bar-safe').getByTestId('chart-fill')).toHaveAttribute('width', '100');
  await expect(distribution.getByTestId('chart-bar-overlimit').getByTestId('chart-value')).toHaveText('0');

  // The status filter narrows the table; the chart still counts the whole group.
  await chooseOption(page, 'credit-status-filter', 'status-option-overlimit');
  await expect(page.getByTestId('report-empty')).toHaveText('Tidak ada pelanggan dengan filter ini.');
  await expect(distribution.getByTestId('chart-bar-safe').getByTestId('chart-value')).toHaveText('1');
  await chooseOption(page, 'credit-status-filter', 'status-option-safe');
  await expect(creditRow).toBeVisible();
  await shot(page, testInfo.outputPath('03-credit-utilization.png'));

  const creditDownload = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const creditFile = await creditDownload;
  expect(creditFile.suggestedFilename()).toBe(`credit-utilization-${today}.csv`);
  const creditCsv = readFileSync((await creditFile.path()) as string, 'utf8');
  expect(creditCsv).toContain(`${code},`);
  expect(creditCsv).toContain('safe');

  // --- The customer code leads to the customer's page.
  await creditRow.getByTestId('customer-link').click();
  await expect(page).toHaveURL(new RegExp(`/sales/customers/${customer.id}$`));

  expect(pageErrors).toEqual([]);
});
