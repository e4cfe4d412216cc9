import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { recap } from '../testing/fixtures';
import { CreditRecapApi, type DownloadedFile, filenameFromDisposition } from './credit-recap.api';
import { CustomerGroupLookupApi } from './customer-group-lookup.api';

describe('CreditRecapApi', () => {
  let api: CreditRecapApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CreditRecapApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('gets a recap by id and the latest of a day', () => {
    let id = '';
    api.get('r-1').subscribe((r) => (id = r.id));
    http.expectOne({ method: 'GET', url: '/api/v1/credit/recaps/r-1' }).flush(recap());
    expect(id).toBe('r-1');

    api.latestOf('2026-05-04').subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/credit/recaps');
    expect(req.request.params.get('date')).toBe('2026-05-04');
    req.flush(recap());
  });

  it('builds a recap now', () => {
    let id = '';
    api.runNow().subscribe((r) => (id = r.id));
    const req = http.expectOne({ method: 'POST', url: '/api/v1/credit/recaps' });
    req.flush(recap({ id: 'r-9', trigger: 'manual' }), { status: 201, statusText: 'Created' });
    expect(id).toBe('r-9');
  });

  it('downloads the CSV as a blob with the server file name, or the fallback', () => {
    let file: DownloadedFile | undefined;
    api.exportCsv('r-1', 'fallback.csv').subscribe((f) => (file = f));
    const req = http.expectOne('/api/v1/credit/recaps/r-1/export');
    expect(req.request.responseType).toBe('blob');
    const blob = new Blob(['code;name\n'], { type: 'text/csv' });
    req.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="credit-recap-2026-05-04.csv"' } });
    expect(file?.filename).toBe('credit-recap-2026-05-04.csv');
    expect(file?.blob).toBe(blob);

    api.exportCsv('r-1', 'fallback.csv').subscribe((f) => (file = f));
    http.expectOne('/api/v1/credit/recaps/r-1/export').flush(new Blob(['x']));
    expect(file?.filename).toBe('fallback.csv');
  });

  it.each([
    ['attachment; filename="a.csv"', 'a.csv'],
    ['attachment; filename=b.csv', 'b.csv'],
    ['attachment; filename="x.csv"; filename*=UTF-8\'\'rekap%20kredit.csv', 'rekap kredit.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename=".."', null],
    ['inline', null],
    [null, null],
  ])('reads the file name of %p', (header, expected) => {
    expect(filenameFromDisposition(header)).toBe(expected);
  });
});

describe('CustomerGroupLookupApi', () => {
  it('asks for up to 200 groups and keeps id, code and name', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    let names: unknown;
    TestBed.inject(CustomerGroupLookupApi)
      .names()
      .subscribe((n) => (names = n));
    const req = http.expectOne((r) => r.url === '/api/v1/customer-groups');
    expect(req.request.params.get('pageSize')).toBe('200');
    req.flush({ items: [{ id: 'g-1', code: 'GROSIR', name: 'Grosir', customerCount: 3 }], total: 1, page: 1, pageSize: 200 });
    expect(names).toEqual([{ id: 'g-1', code: 'GROSIR', name: 'Grosir' }]);
    http.verify();
  });
});
