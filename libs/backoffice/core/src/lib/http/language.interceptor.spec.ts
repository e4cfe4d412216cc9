import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { languageInterceptor } from './language.interceptor';

describe('languageInterceptor', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([languageInterceptor])), provideHttpClientTesting()],
    });
  });

  it('sends the current language to our API only', () => {
    const http = TestBed.inject(HttpClient);
    const ctrl = TestBed.inject(HttpTestingController);
    http.get('/api/v1/auth/me').subscribe();
    expect(ctrl.expectOne('/api/v1/auth/me').request.headers.get('Accept-Language')).toBe('id');

    TestBed.inject(I18nService).setLanguage('en');
    http.get('/api/v1/auth/me').subscribe();
    http.get('https://example.com/x').subscribe();
    expect(ctrl.expectOne('/api/v1/auth/me').request.headers.get('Accept-Language')).toBe('en');
    expect(ctrl.expectOne('https://example.com/x').request.headers.has('Accept-Language')).toBe(false);
  });
});
