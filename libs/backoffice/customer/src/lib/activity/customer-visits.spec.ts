import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { I18nService } from '@niaga/backoffice/core';
import { VISIT_PHOTO_MAX_BYTES, type VisitView } from '@niaga/shared/contracts';
import { customer } from '../../testing/fixtures';
import { type } from '../../testing/render-route';
import { ADMIN_PERMISSIONS, VIEWER_PERMISSIONS, signIn } from '../../testing/sign-in';
import type { Permission } from '@niaga/shared/contracts';
import { CustomerVisits } from './customer-visits';

const C1 = customer(1);
const VISITS = `/api/v1/customers/${C1.id}/visits`;

const visit = (id: string, overrides: Partial<VisitView> = {}): VisitView => ({
  id,
  customerId: C1.id,
  visitedAt: '2026-03-01T02:00:00.000Z',
  notes: 'Cek stok',
  photos: [],
  recordedBy: 'Sari Wulandari',
  createdAt: '2026-03-01T02:05:00.000Z',
  ...overrides,
});

function file(name: string, mime: string, size = 10): File {
  const f = new File(['x'], name, { type: mime });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

async function render(permissions: Permission[] = ADMIN_PERMISSIONS, lastVisitAt: string | null = null) {
  localStorage.clear();
  signIn(permissions);
  TestBed.configureTestingModule({
    providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }, provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).setLanguage('id');
  const fixture = TestBed.createComponent(CustomerVisits);
  fixture.componentRef.setInput('customerId', C1.id);
  fixture.componentRef.setInput('lastVisitAt', lastVisitAt);
  const http = TestBed.inject(HttpTestingController);
  const stable = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  await stable();
  const el = fixture.nativeElement as HTMLElement;
  const byTestId = <E extends Element = HTMLElement>(id: string) => el.querySelector(`[data-testid="${id}"]`) as E | null;
  const choose = async (...files: File[]) => {
    const input = byTestId<HTMLInputElement>('visit-photos-input');
    if (!input) throw new Error('no picker');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
  };
  return { fixture, http, stable, el, byTestId, choose };
}

describe('CustomerVisits', () => {
  it('lists the visits latest first, with the last visit in the header; read-only users cannot record', async () => {
    const { http, stable, el, byTestId } = await render(VIEWER_PERMISSIONS, '2026-03-01T02:00:00.000Z');
    http.expectOne(VISITS).flush([visit('v2', { notes: null, recordedBy: 'Budi' }), visit('v1')]);
    await stable();
    expect(byTestId('visits-last')?.textContent).toContain('Kunjungan terakhir:');
    const items = Array.from(el.querySelectorAll('[data-testid="visit"]')).map((e) => e.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('dicatat oleh Budi');
    expect(items[0]).toContain('Tanpa catatan');
    expect(items[1]).toContain('Cek stok');
    expect(byTestId('visit-record')).toBeNull();
    http.verify();
  });

  it('fetches photos with HttpClient as blobs and shows them as thumbnails', async () => {
    const createObjectURL = jest.fn(() => 'blob:thumb');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const { http, stable, byTestId, fixture } = await render();
    http.expectOne(VISITS).flush([visit('v1', { photos: [{ id: 'p1', contentType: 'image/jpeg', size: 10, url: `${VISITS}/v1/photos/p1` }] })]);
    await stable();
    const photo = http.expectOne(`${VISITS}/v1/photos/p1`);
    expect(photo.request.responseType).toBe('blob');
    photo.flush(new Blob(['x'], { type: 'image/jpeg' }));
    await stable();
    expect(byTestId<HTMLImageElement>('visit-photo')?.querySelector('img')?.getAttribute('src')).toBe('blob:thumb');
    fixture.destroy();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:thumb');
  });

  it('checks the photos before sending: type, size and count, like the server', async () => {
    const { http, stable, byTestId, choose } = await render();
    http.expectOne(VISITS).flush([]);
    await stable();
    byTestId<HTMLButtonElement>('visit-record')?.click();
    await stable();

    await choose(file('a.gif', 'image/gif'), file('big.jpg', 'image/jpeg', VISIT_PHOTO_MAX_BYTES + 1));
    const problems = byTestId('visit-photo-problems')?.textContent ?? '';
    expect(problems).toContain('a.gif: hanya JPEG, PNG atau WebP.');
    expect(problems).toContain('big.jpg: lebih dari 5 MB.');
    byTestId<HTMLButtonElement>('visit-save')?.click();
    await stable();
    http.expectNone(VISITS);

    byTestId<HTMLButtonElement>('visit-photo-remove')?.click();
    byTestId<HTMLButtonElement>('visit-photo-remove')?.click();
    await stable();
    await choose(...Array.from({ length: 6 }, (_, i) => file(`${i}.jpg`, 'image/jpeg')));
    expect(byTestId('visit-photo-problems')?.textContent).toContain('Maksimal 5 foto (dipilih 6).');
    byTestId<HTMLButtonElement>('visit-save')?.click();
    await stable();
    http.expectNone(VISITS);
    http.verify();
  });

  it('requires the visit date-time', async () => {
    const { http, stable, byTestId } = await render();
    http.expectOne(VISITS).flush([]);
    await stable();
    byTestId<HTMLButtonElement>('visit-record')?.click();
    await stable();
    type(byTestId<HTMLInputElement>('visit-visitedAt'), '');
    byTestId<HTMLButtonElement>('visit-save')?.click();
    await stable();
    expect(byTestId('visit-form')?.textContent).toContain('Tanggal & jam kunjungan wajib diisi.');
    http.expectNone(VISITS);
  });

  it('saves a visit, then reloads the list and the last visit', async () => {
    const { http, stable, byTestId, choose } = await render();
    http.expectOne(VISITS).flush([]);
    await stable();
    expect(byTestId('visits-last')?.textContent).toContain('belum pernah');
    byTestId<HTMLButtonElement>('visit-record')?.click();
    await stable();
    type(byTestId<HTMLInputElement>('visit-visitedAt'), '2026-03-01T09:00');
    type(byTestId<HTMLTextAreaElement>('visit-notes'), ' Cek stok ');
    await choose(file('a.jpg', 'image/jpeg'), file('b.webp', 'image/webp'));
    byTestId<HTMLButtonElement>('visit-save')?.click();
    await stable();

    const post = http.expectOne({ method: 'POST', url: VISITS });
    const body = post.request.body as FormData;
    expect(body.get('visitedAt')).toBe(new Date('2026-03-01T09:00').toISOString());
    expect(body.get('notes')).toBe('Cek stok');
    expect((body.getAll('photos') as File[]).map((f) => f.name)).toEqual(['a.jpg', 'b.webp']);
    post.flush(visit('v1'), { status: 201, statusText: 'Created' });
    await stable();

    http.expectOne(VISITS).flush([visit('v1')]);
    http.expectOne(`/api/v1/customers/${C1.id}`).flush({ ...C1, lastVisitAt: '2026-03-01T02:00:00.000Z' });
    await stable();
    expect(byTestId('visit-form')).toBeNull();
    expect(byTestId('visits-last')?.textContent).not.toContain('belum pernah');
    expect(byTestId('visit')?.textContent).toContain('Cek stok');
    http.verify();
  });

  it('shows the server’s refusal and keeps the form', async () => {
    const { http, stable, byTestId } = await render();
    http.expectOne(VISITS).flush([]);
    await stable();
    byTestId<HTMLButtonElement>('visit-record')?.click();
    await stable();
    byTestId<HTMLButtonElement>('visit-save')?.click();
    await stable();
    http
      .expectOne({ method: 'POST', url: VISITS })
      .flush(
        { type: 'about:blank', title: 'Payload Too Large', status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'Foto terlalu besar.', errors: [{ field: 'photos', message: 'too large' }] },
        { status: 413, statusText: 'Payload Too Large', headers: { 'content-type': 'application/problem+json' } },
      );
    await stable();
    const error = byTestId('visit-save-error')?.textContent ?? '';
    expect(error).toContain('Foto terlalu besar.');
    expect(error).toContain('photos: too large');
    expect(byTestId('visit-form')).not.toBeNull();
    http.verify();
  });
});
