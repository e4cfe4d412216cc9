import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AUTH_STORAGE_KEY, AuthService, I18nService, authInterceptor } from '@niaga/backoffice/core';
import { provideNiagaIcons } from '@niaga/backoffice/ui';
import { ROLE_PERMISSIONS, type AuthUser, type Role } from '@niaga/shared/contracts';
import { Shell } from './shell';

@Component({ template: '<p>page</p>' })
class Blank {}

function userWith(role: Role): AuthUser {
  return { id: 'u-1', email: `${role}@niaga.test`, name: `Budi ${role}`, roles: [role], permissions: [...ROLE_PERMISSIONS[role]] };
}

async function render(role: Role) {
  localStorage.setItem(
    AUTH_STORAGE_KEY,
    JSON.stringify({ accessToken: 'tok', expiresAt: Date.now() + 60_000, user: userWith(role) }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: Blank },
        { path: '', component: Blank },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNiagaIcons(),
    ],
  });
  const fixture = TestBed.createComponent(Shell);
  const http = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  http.expectOne('/api/v1/auth/me').flush(userWith(role));
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement, http };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Shell', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('shows the toolbar with the user name, the notification bell with its unread count and the product menu', async () => {
    const { fixture, el, http } = await render('admin');
    expect(text(el.querySelector('[data-testid="user-name"]'))).toBe('Budi admin');

    // The bell comes from @niaga/backoffice/notification (its own specs cover the menu and polling).
    const bell = el.querySelector<HTMLButtonElement>('[data-testid="notification-bell"]');
    expect(bell?.disabled).toBe(false);
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 2 });
    await fixture.whenStable();
    expect(bell?.getAttribute('aria-label')).toBe('Notifikasi, 2 belum dibaca');
    expect(text(el.querySelector('[data-testid="notification-bell"] .mat-badge-content'))).toBe('2');

    const nav = text(el.querySelector('niaga-nav-list'));
    for (const label of ['Beranda', 'Penjualan', 'Pelanggan', 'Kelompok Pelanggan', 'Daftar Pelanggan', 'Pesanan Penjualan', 'Faktur', 'Pembayaran', 'Laporan', 'Pengaturan']) {
      expect(nav).toContain(label);
    }
  });

  it('links the live features, reports included', async () => {
    const { el } = await render('admin');
    const reports = el.querySelector('[data-testid="nav-reports"]');
    expect(reports?.getAttribute('href')).toBe('/reports');
    expect(reports?.querySelector('.soon-hint')).toBeNull();
    expect(el.querySelector('[data-testid="nav-customer-groups"]')?.getAttribute('href')).toBe('/sales/customer-groups');
    expect(el.querySelector('[data-testid="nav-home"]')?.getAttribute('href')).toBe('/');
  });

  it('hides entries the user lacks the permission for', async () => {
    const { el } = await render('sales');
    expect(el.querySelector('[data-testid="nav-settings"]')).toBeNull();
    expect(el.querySelector('[data-testid="nav-reports"]')).toBeNull();
    expect(el.querySelector('[data-testid="nav-sales-orders"]')).not.toBeNull();
  });

  it('switches the whole shell to English', async () => {
    const { fixture, el } = await render('admin');
    el.querySelector<HTMLButtonElement>('[data-testid="language-switch"]')?.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="language-en"]')?.click();
    await fixture.whenStable();

    expect(TestBed.inject(I18nService).language()).toBe('en');
    const nav = text(el.querySelector('niaga-nav-list'));
    expect(nav).toContain('Customer Group');
    expect(nav).toContain('Sales Orders');
    expect(nav).toContain('Reports');
    expect(el.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label')).toBe('Notifications');
  });

  it('hides the notification bell from a user without notifications:read', async () => {
    const { el } = await render('viewer');
    expect(el.querySelector('[data-testid="notification-bell"]')).toBeNull();
  });

  it('shows name and roles in the user menu and logs out to /login', async () => {
    const { fixture, el } = await render('supervisor');
    el.querySelector<HTMLButtonElement>('[data-testid="user-menu"]')?.click();
    await fixture.whenStable();
    expect(text(document.querySelector('[data-testid="user-roles"]'))).toBe('Peran: Supervisor');

    document.querySelector<HTMLButtonElement>('[data-testid="logout"]')?.click();
    await fixture.whenStable();
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});
