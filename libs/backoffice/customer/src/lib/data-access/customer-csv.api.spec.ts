import type { CustomerImportResult } from '@niaga/shared/contracts';
import { setupApi } from '../../testing/setup-api';
import { type CsvFile, CustomerCsvApi, filenameOf } from './customer-csv.api';

const REPORT: CustomerImportResult = {
  dryRun: false,
  rows: 3,
  imported: 0,
  skipped: 3,
  errors: [{ line: 3, code: 'C-2', field: 'email', message: 'Invalid email address' }],
};

describe('CustomerCsvApi', () => {
  it('downloads the export with the list filters, named by the server', () => {
    const { api, http } = setupApi(CustomerCsvApi);
    let file: CsvFile | undefined;
    api.export({ q: 'toko', groupId: null }).subscribe((f) => (file = f));
    const req = http.expectOne((r) => r.url === '/api/v1/customers/export');
    expect(req.request.params.toString()).toBe('q=toko');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['code,name\n'], { type: 'text/csv' }), { headers: { 'Content-Disposition': 'attachment; filename="customers.csv"' } });
    expect(file?.filename).toBe('customers.csv');
    expect(file?.blob.size).toBe('code,name\n'.length);
    http.verify();
  });

  it('sends the CSV text as text/csv with dryRun and skipInvalid', () => {
    const { api, http } = setupApi(CustomerCsvApi);
    api.import('code,name\nC-1,Toko A\n', { dryRun: true, skipInvalid: false }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/customers/import');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.toString()).toBe('dryRun=true&skipInvalid=false');
    expect(req.request.headers.get('Content-Type')).toBe('text/csv');
    expect(req.request.body).toBe('code,name\nC-1,Toko A\n');
    http.verify();
  });

  it('answers the report of a file refused for bad rows (422) as a result', () => {
    const { api, http } = setupApi(CustomerCsvApi);
    let result: CustomerImportResult | undefined;
    api.import('x', { dryRun: false, skipInvalid: false }).subscribe((r) => (result = r));
    http.expectOne((r) => r.url === '/api/v1/customers/import').flush(
      { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: '1 problem(s)', code: 'CUSTOMER_IMPORT_INVALID', result: REPORT },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    expect(result).toEqual(REPORT);
  });

  it('fails on other errors (e.g. an unusable header)', () => {
    const { api, http } = setupApi(CustomerCsvApi);
    let status = 0;
    api.import('x', { dryRun: true, skipInvalid: false }).subscribe({ error: (e: { status: number }) => (status = e.status) });
    http.expectOne((r) => r.url === '/api/v1/customers/import').flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The CSV header row is not usable.', code: 'VALIDATION_FAILED' },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(status).toBe(400);
  });

  it.each([
    ['attachment; filename="customers.csv"', 'customers.csv'],
    ['attachment; filename=pelanggan.csv', 'pelanggan.csv'],
    ["attachment; filename*=UTF-8''pelanggan%202026.csv", 'pelanggan 2026.csv'],
    [null, null],
    ['inline', null],
  ])('reads the file name of %p', (header, name) => {
    expect(filenameOf(header)).toBe(name);
  });
});
