import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './e2e-env';

/** Helpers of customer-groups.spec.ts and customers.spec.ts. */

/** A suffix for codes, unique per run (the database lives for the whole run). */
export const RUN = Date.now().toString(36).toUpperCase();

export async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(ADMIN_EMAIL);
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('toolbar')).toBeVisible();
}

/** `Authorization` headers of the admin, for setting up data through the API. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  return { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
}

/** Chooses a mat-select option by its visible text. */
export async function choose(page: Page, selectTestId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.locator('.cdk-overlay-pane mat-option')).toHaveCount(0);
}

/**
 * A full-page screenshot of the console. The shell scrolls inside its content pane (the window never
 * scrolls), so the viewport is grown to the content's height first.
 */
export async function fullPageShot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    if (content) content.scrollTop = 0;
    const toolbar = document.querySelector('mat-toolbar');
    return Math.ceil((content?.scrollHeight ?? document.body.scrollHeight) + (toolbar?.getBoundingClientRect().height ?? 0));
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(size);
}
