import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '@niaga/backoffice/core';
import { notificationRoutes } from './notification.routes';
import { recap, signIn } from './testing/fixtures';

async function start(url: string) {
  signIn(['notifications:read']);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'notifications', children: notificationRoutes }], withComponentInputBinding()),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return { harness, http: TestBed.inject(HttpTestingController) };
}

describe('notificationRoutes', () => {
  beforeEach(() => localStorage.clear());

  it('lazy-loads the list with its texts and translated paginator', async () => {
    const { harness, http } = await start('/notifications');
    http.expectOne((r) => r.url === '/api/v1/notifications').flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Notifikasi');
    expect(el.querySelector('.mat-mdc-paginator-page-size-label')?.textContent?.trim()).toBe('Per halaman');
    expect(TestBed.inject(I18nService).t('notifications.recap.export')).toBe('Ekspor CSV');
  });

  it('lazy-loads a recap by id from the URL', async () => {
    const { harness, http } = await start('/notifications/recaps/r-7');
    http.expectOne('/api/v1/credit/recaps/r-7').flush(recap({ id: 'r-7' }));
    http.expectOne((r) => r.url === '/api/v1/customer-groups').flush({ items: [], total: 0, page: 1, pageSize: 200 });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Rekap kredit 4 Mei 2026');
  });
});
