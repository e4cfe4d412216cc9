import type { CustomerImportResult } from '@niaga/shared/contracts';
import { renderRoute } from '../../testing/render-route';
import { CUSTOMER_ROUTES } from './customer.routes';
import { CustomerImportPage } from './customer-import-page';

const CSV = 'code,name,email\nC-1,Toko A,\nC-2,Toko B,bukan-email\nC-3,Toko C,\n';
const REPORT: CustomerImportResult = {
  dryRun: true,
  rows: 3,
  imported: 0,
  skipped: 1,
  errors: [{ line: 3, code: 'C-2', field: 'email', message: 'Invalid email address' }],
};

async function render() {
  const r = await renderRoute(CUSTOMER_ROUTES, '/feature/import', CustomerImportPage);
  const choose = async (text: string) => {
    const input = r.byTestId<HTMLInputElement>('import-file') as HTMLInputElement;
    const file = new File([text], 'pelanggan.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve));
    await r.stable();
  };
  const importReq = () => r.http.expectOne((req) => req.url === '/api/v1/customers/import');
  return { ...r, choose, importReq };
}

describe('CustomerImportPage', () => {
  it('checks the file first (dry run) and shows the per-row report; Import all stays disabled', async () => {
    const { choose, importReq, stable, byTestId, allByTestId } = await render();
    await choose(CSV);
    const dry = importReq();
    expect(dry.request.params.toString()).toBe('dryRun=true&skipInvalid=false');
    expect(dry.request.body).toBe(CSV);
    expect(dry.request.headers.get('Content-Type')).toBe('text/csv');
    dry.flush(REPORT);
    await stable();

    expect(byTestId('import-file-name')?.textContent).toBe('pelanggan.csv');
    expect(byTestId('import-summary')?.textContent).toContain('3 baris, 2 benar, 1 bermasalah');
    expect(allByTestId('import-error-row').map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim()))).toEqual([
      ['3', 'C-2', 'email', 'Invalid email address'],
    ]);
    expect(byTestId<HTMLButtonElement>('import-all')?.disabled).toBe(true);
    expect(byTestId('import-good')?.textContent).toContain('Impor baris yang benar saja (2)');
  });

  it('imports the good rows only when asked', async () => {
    const { choose, importReq, stable, byTestId } = await render();
    await choose(CSV);
    importReq().flush(REPORT);
    await stable();
    byTestId<HTMLButtonElement>('import-good')?.click();
    await stable();
    const real = importReq();
    expect(real.request.params.toString()).toBe('dryRun=false&skipInvalid=true');
    real.flush({ ...REPORT, dryRun: false, imported: 2 });
    await stable();
    expect(byTestId('import-done')?.textContent).toContain('2 pelanggan diimpor, 1 baris dilewati');
  });

  it('imports everything when the file is clean', async () => {
    const { choose, importReq, stable, byTestId } = await render();
    await choose('code,name\nC-1,Toko A\n');
    importReq().flush({ dryRun: true, rows: 1, imported: 0, skipped: 0, errors: [] });
    await stable();
    expect(byTestId('import-summary')?.textContent).toContain('semuanya benar');
    expect(byTestId('import-good')).toBeNull();
    byTestId<HTMLButtonElement>('import-all')?.click();
    await stable();
    const real = importReq();
    expect(real.request.params.toString()).toBe('dryRun=false&skipInvalid=false');
    real.flush({ dryRun: false, rows: 1, imported: 1, skipped: 0, errors: [] });
    await stable();
    expect(byTestId('import-done')?.textContent).toContain('1 pelanggan diimpor');
  });

  it('shows why an unusable file was refused', async () => {
    const { choose, importReq, stable, byTestId } = await render();
    await choose('kode;nama\n');
    importReq().flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The CSV header row is not usable.',
        errors: [{ field: 'header.kode;nama', message: 'Unknown column' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(byTestId('import-error')?.textContent).toContain('The CSV header row is not usable.');
    expect(byTestId('import-error')?.textContent).toContain('header.kode;nama: Unknown column');
  });
});
