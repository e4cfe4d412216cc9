/** Credentials of the admin the API creates on first start (passed to it by playwright.config.ts). */
export const ADMIN_EMAIL = 'admin@niaga.test';
export const ADMIN_PASSWORD = 'Rahasia-Admin-123';
