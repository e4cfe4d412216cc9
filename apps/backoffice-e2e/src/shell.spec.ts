import { expect, test, type Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/** Uncaught page errors and requests leaving our origin (the console must work offline). */
function watch(page: Page, baseURL: string) {
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  return { pageErrors, foreignRequests };
}

test('log-in, shell, language switch and log-out', async ({ page, baseURL }, testInfo) => {
  const seen = watch(page, baseURL as string);

  // A signed-out visitor is sent to the log-in page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Masuk ke Niaga' })).toBeVisible();

  // Wrong password: the API's problem detail is shown, we stay on /login.
  await page.getByTestId('login-email').fill(ADMIN_EMAIL);
  await page.getByTestId('login-password').fill('bukan-sandi-yang-benar');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
  await page.getByTestId('login-submit').click();
  const refusal = await refused;
  expect(refusal.status()).toBe(401);
  const problem = (await refusal.json()) as { detail?: string; code?: string };
  expect(problem.code).toBe('UNAUTHENTICATED');
  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveText(problem.detail || /\S/);
  await expect(page).toHaveURL(/\/login$/);
  await page.screenshot({ path: testInfo.outputPath('01-login-error.png'), fullPage: true });

  // Correct log-in: the shell with toolbar, menu and the user's name.
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  const accepted = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
  await page.getByTestId('login-submit').click();
  const login = await accepted;
  expect(login.status()).toBe(200);
  const { user } = (await login.json()) as { user: { name: string; roles: string[] } };
  expect(user.roles).toContain('admin');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('toolbar')).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText(user.name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Selamat datang, ${user.name}`);

  const nav = page.locator('niaga-nav-list');
  for (const label of ['Beranda', 'Penjualan', 'Pelanggan', 'Kelompok Pelanggan', 'Pesanan Penjualan', 'Faktur', 'Pembayaran', 'Laporan', 'Pengaturan']) {
    await expect(nav).toContainText(label);
  }
  const customerGroups = page.getByTestId('nav-customer-groups');
  await expect(customerGroups).toContainText('Kelompok Pelanggan');
  await expect(customerGroups).toHaveAttribute('href', '/sales/customer-groups'); // live: customer-groups.spec.ts
  // The notification center's bell (notifications.spec.ts covers it): enabled, labelled with the unread count.
  await expect(page.getByTestId('notification-bell')).toBeEnabled();
  await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', /^Notifikasi(, \d+ belum dibaca)?$/);
  await page.screenshot({ path: testInfo.outputPath('02-shell-id.png'), fullPage: true });

  // English.
  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-en').click();
  for (const label of ['Home', 'Sales', 'Customers', 'Customer Group', 'Sales Orders', 'Invoices', 'Payments', 'Reports', 'Settings']) {
    await expect(nav).toContainText(label);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: testInfo.outputPath('03-shell-en.png'), fullPage: true });

  // A reload keeps the session and the language.
  await page.reload();
  await expect(page.getByTestId('user-name')).toHaveText(user.name);
  await expect(nav).toContainText('Customer Group');

  // Log out from the user menu: back at /login, and the shell is closed again.
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-roles')).toContainText('Administrator');
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Log in to Niaga' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  expect(seen.pageErrors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
});

test('deep links are served by the SPA fallback; log-in returns to the returnUrl', async ({ page }) => {
  // /login itself, with a way back: the server must answer the client-side route with index.html.
  const response = await page.goto('/login?returnUrl=%2F%3Fwelcome%3D1');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.getByTestId('login-email').fill(ADMIN_EMAIL);
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/\?welcome=1$/);
  await expect(page.getByTestId('toolbar')).toBeVisible();

  // A page without a route (unknown, or a feature that does not exist yet) falls back to home, not a fake page.
  const later = await page.goto('/sales/no-such-page');
  expect(later?.status()).toBe(200);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Selamat datang');
});
