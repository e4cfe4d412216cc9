import type { VisitView } from '@niaga/shared/contracts';
import { setupApi } from '../../testing/setup-api';
import { CustomerActivityApi } from './customer-activity.api';

const ID = '0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a11';

const visit = (id: string): VisitView => ({
  id,
  customerId: ID,
  visitedAt: '2026-03-01T02:00:00.000Z',
  notes: 'Cek stok',
  photos: [],
  recordedBy: 'Sari',
  createdAt: '2026-03-01T02:05:00.000Z',
});

describe('CustomerActivityApi', () => {
  it('asks for the top products of a period, ranked by quantity or orders', () => {
    const { api, http } = setupApi(CustomerActivityApi);
    let rows: unknown[] = [];
    api.topProducts(ID, { from: '2026-01-01', to: '2026-03-31', by: 'orders' }).subscribe((r) => (rows = r));
    const req = http.expectOne((r) => r.url === `/api/v1/customers/${ID}/top-products`);
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('from')).toBe('2026-01-01');
    expect(req.request.params.get('to')).toBe('2026-03-31');
    expect(req.request.params.get('by')).toBe('orders');
    expect(req.request.params.get('limit')).toBe('10');
    req.flush([{ productId: 'p', code: 'P-1', name: 'Beras', quantity: '12.5', orders: 3 }]);
    expect(rows).toHaveLength(1);
    http.verify();
  });

  it('reads the visits', () => {
    const { api, http } = setupApi(CustomerActivityApi);
    let visits: VisitView[] = [];
    api.visits(ID).subscribe((v) => (visits = v));
    http.expectOne({ method: 'GET', url: `/api/v1/customers/${ID}/visits` }).flush([visit('v2'), visit('v1')]);
    expect(visits.map((v) => v.id)).toEqual(['v2', 'v1']);
    http.verify();
  });

  it('records a visit as multipart form data, one "photos" field per file', () => {
    const { api, http } = setupApi(CustomerActivityApi);
    const a = new File(['a'], 'a.jpg', { type: 'image/jpeg' });
    const b = new File(['bb'], 'b.png', { type: 'image/png' });
    let saved: VisitView | null = null;
    api.recordVisit(ID, { visitedAt: '2026-03-01T02:00:00.000Z', notes: 'Cek stok', photos: [a, b] }).subscribe((v) => (saved = v));
    const req = http.expectOne({ method: 'POST', url: `/api/v1/customers/${ID}/visits` });
    const body = req.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('visitedAt')).toBe('2026-03-01T02:00:00.000Z');
    expect(body.get('notes')).toBe('Cek stok');
    const photos = body.getAll('photos') as File[];
    expect(photos.map((p) => p.name)).toEqual(['a.jpg', 'b.png']);
    req.flush(visit('v3'), { status: 201, statusText: 'Created' });
    expect(saved).toEqual(visit('v3'));
    http.verify();
  });

  it('fetches a photo as a blob (so the Authorization header is sent)', () => {
    const { api, http } = setupApi(CustomerActivityApi);
    let blob: Blob | null = null;
    api.photo(`/api/v1/customers/${ID}/visits/v1/photos/p1`).subscribe((b) => (blob = b));
    const req = http.expectOne(`/api/v1/customers/${ID}/visits/v1/photos/p1`);
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['x'], { type: 'image/jpeg' }));
    expect(blob).toBeInstanceOf(Blob);
    http.verify();
  });
});
