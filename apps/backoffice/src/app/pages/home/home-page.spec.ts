import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { AUTH_STORAGE_KEY, I18nService } from '@niaga/backoffice/core';
import type { AuthUser } from '@niaga/shared/contracts';
import { HomePage } from './home-page';

const FINANCE: AuthUser = {
  id: 'u-2',
  email: 'rina@niaga.test',
  name: 'Rina',
  roles: ['finance'],
  permissions: ['customers:read', 'customers:write', 'transactions:create', 'notifications:read', 'reports:read'],
};

async function render(user: AuthUser) {
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ accessToken: 't', expiresAt: Date.now() + 60_000, user }));
  TestBed.configureTestingModule({ providers: [provideHttpClient()] });
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

const items = (el: HTMLElement, id: string) =>
  Array.from(el.querySelectorAll(`[data-testid="${id}"] li`)).map((li) => li.textContent?.trim());

describe('HomePage', () => {
  beforeEach(() => localStorage.clear());

  it('welcomes the user by name and lists roles and permissions in words', async () => {
    const { el } = await render(FINANCE);
    expect(el.querySelector('h1')?.textContent).toBe('Selamat datang, Rina');
    expect(el.textContent).toContain('rina@niaga.test');
    expect(items(el, 'home-roles')).toEqual(['Keuangan']);
    expect(items(el, 'home-permissions')).toEqual([
      'Melihat pelanggan, kelompok pelanggan dan status kredit',
      'Menambah dan mengubah pelanggan, kelompok pelanggan dan batas kredit pelanggan',
      'Membuat pesanan penjualan, faktur dan pembayaran',
      'Menerima notifikasi dan rekap kredit harian',
      'Melihat laporan penjualan, umur piutang dan pemakaian kredit',
    ]);
  });

  it('follows the language', async () => {
    const { el, fixture } = await render(FINANCE);
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('h1')?.textContent).toBe('Welcome, Rina');
    expect(items(el, 'home-roles')).toEqual(['Finance']);
  });

  it('says so when the user holds no permission, and shows no figures', async () => {
    const { el } = await render({ ...FINANCE, roles: [], permissions: [] });
    expect(el.querySelector('[data-testid="home-permissions"]')).toBeNull();
    expect(el.textContent).toContain('Akun Anda belum memiliki hak akses');
    expect(el.textContent).not.toMatch(/Rp\s?\d/);
  });
});
