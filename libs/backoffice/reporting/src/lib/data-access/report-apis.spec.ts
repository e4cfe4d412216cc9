import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { agingReport, creditReport, GROUPS, salesReport } from '../testing/fixtures';
import { AgingReportApi } from './aging-report.api';
import { CreditUtilizationReportApi } from './credit-utilization-report.api';
import { CustomerGroupLookupApi } from './customer-group-lookup.api';
import { type DownloadedFile, filenameFromDisposition } from './download';
import { SalesReportApi } from './sales-report.api';

const G = GROUPS.items[0].id;

describe('report APIs', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  describe('SalesReportApi', () => {
    it('asks for a page with the period and group, leaving out what is not set', () => {
      const api = TestBed.inject(SalesReportApi);
      let total = -1;
      api.get({ from: '2026-05-01', to: '2026-05-31', groupId: G, page: 2, pageSize: 50 }).subscribe((r) => (total = r.total));
      const req = http.expectOne((r) => r.url === '/api/v1/reports/sales');
      expect(req.request.method).toBe('GET');
      expect(req.request.params.toString()).toBe(`from=2026-05-01&to=2026-05-31&groupId=${G}&page=2&pageSize=50`);
      req.flush(salesReport({ total: 51 }));
      expect(total).toBe(51);

      api.get({ groupId: '', from: undefined }).subscribe();
      expect(http.expectOne('/api/v1/reports/sales').request.params.keys()).toEqual([]);
    });

    it('downloads the whole report as CSV (format=csv, no paging) as a blob named by the server', () => {
      const api = TestBed.inject(SalesReportApi);
      let file: DownloadedFile | undefined;
      api.exportCsv({ from: '2026-05-01', to: '2026-05-31', groupId: G }).subscribe((f) => (file = f));
      const req = http.expectOne((r) => r.url === '/api/v1/reports/sales');
      expect(req.request.params.toString()).toBe(`from=2026-05-01&to=2026-05-31&groupId=${G}&format=csv`);
      expect(req.request.responseType).toBe('blob');
      const blob = new Blob(['code,name\n'], { type: 'text/csv' });
      req.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="sales-2026-05-01-2026-05-31.csv"' } });
      expect(file).toEqual({ blob, filename: 'sales-2026-05-01-2026-05-31.csv' });

      api.exportCsv({ from: '2026-05-01', to: '2026-05-02' }).subscribe((f) => (file = f));
      http.expectOne((r) => r.url === '/api/v1/reports/sales').flush(new Blob(['x']));
      expect(file?.filename).toBe('sales-2026-05-01-2026-05-02.csv');
      api.exportCsv({}).subscribe((f) => (file = f));
      const bare = http.expectOne((r) => r.url === '/api/v1/reports/sales');
      expect(bare.request.params.toString()).toBe('format=csv');
      bare.flush(new Blob(['x']));
      expect(file?.filename).toBe('sales.csv');
    });
  });

  describe('AgingReportApi', () => {
    it('asks for a page as of a date and group, and the CSV', () => {
      const api = TestBed.inject(AgingReportApi);
      api.get({ asOf: '2026-05-20', groupId: G, page: 1, pageSize: 20 }).subscribe();
      const req = http.expectOne((r) => r.url === '/api/v1/reports/receivables-aging');
      expect(req.request.params.toString()).toBe(`asOf=2026-05-20&groupId=${G}&page=1&pageSize=20`);
      req.flush(agingReport());

      let file: DownloadedFile | undefined;
      api.exportCsv({ asOf: '2026-05-20' }).subscribe((f) => (file = f));
      const csv = http.expectOne((r) => r.url === '/api/v1/reports/receivables-aging');
      expect(csv.request.params.toString()).toBe('asOf=2026-05-20&format=csv');
      expect(csv.request.responseType).toBe('blob');
      csv.flush(new Blob(['x']));
      expect(file?.filename).toBe('receivables-aging-2026-05-20.csv');
    });
  });

  describe('CreditUtilizationReportApi', () => {
    it('asks for a page by group and status, and the CSV', () => {
      const api = TestBed.inject(CreditUtilizationReportApi);
      api.get({ groupId: G, status: 'overlimit', page: 3, pageSize: 10 }).subscribe();
      const req = http.expectOne((r) => r.url === '/api/v1/reports/credit-utilization');
      expect(req.request.params.toString()).toBe(`groupId=${G}&status=overlimit&page=3&pageSize=10`);
      req.flush(creditReport());

      let file: DownloadedFile | undefined;
      api.exportCsv({ status: 'warning' }).subscribe((f) => (file = f));
      const csv = http.expectOne((r) => r.url === '/api/v1/reports/credit-utilization');
      expect(csv.request.params.toString()).toBe('status=warning&format=csv');
      csv.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="credit-utilization-2026-05-20.csv"' } });
      expect(file?.filename).toBe('credit-utilization-2026-05-20.csv');
    });
  });

  describe('CustomerGroupLookupApi', () => {
    it('asks for up to 200 groups and keeps id, code and name', () => {
      let names: unknown;
      TestBed.inject(CustomerGroupLookupApi)
        .names()
        .subscribe((n) => (names = n));
      const req = http.expectOne((r) => r.url === '/api/v1/customer-groups');
      expect(req.request.params.get('pageSize')).toBe('200');
      req.flush(GROUPS);
      expect(names).toEqual([
        { id: GROUPS.items[0].id, code: 'GROSIR', name: 'Grosir Jawa' },
        { id: GROUPS.items[1].id, code: 'RITEL', name: 'Ritel Jakarta' },
      ]);
    });
  });
});

describe('filenameFromDisposition', () => {
  it.each([
    ['attachment; filename="a.csv"', 'a.csv'],
    ['attachment; filename=b.csv', 'b.csv'],
    ['attachment; filename="x.csv"; filename*=UTF-8\'\'laporan%20penjualan.csv', 'laporan penjualan.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename=".."', null],
    ['inline', null],
    [null, null],
  ])('reads the file name of %p', (header, expected) => {
    expect(filenameFromDisposition(header)).toBe(expected);
  });
});
