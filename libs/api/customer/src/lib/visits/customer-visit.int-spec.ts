import { customerTestApp, type CustomerTestApp } from '../../test/customer-test-app';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1), Buffer.from([0xff, 0xd9])]);

describe('customer visits with photos, and the last visit', () => {
  let t: CustomerTestApp;
  let id: string;

  beforeAll(async () => {
    t = await customerTestApp();
    id = (await t.http().post('/api/v1/customers').set(t.admin).send({ code: 'VISIT', name: 'Toko Kunjungan' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const visit = (visitedAt: string, notes: string, files: [string, Buffer, string][] = []) => {
    const req = t.http().post(`/api/v1/customers/${id}/visits`).set(t.admin).field('visitedAt', visitedAt).field('notes', notes);
    for (const [name, bytes, type] of files) req.attach('photos', bytes, { filename: name, contentType: type });
    return req;
  };

  it('records a visit with notes and photos, served back', async () => {
    const res = await visit('2026-11-20T09:30:00+07:00', 'Stok habis, pesan ulang minggu depan', [
      ['rak.png', PNG, 'image/png'],
      ['toko.jpg', JPEG, 'image/jpeg'],
    ]).expect(201);
    expect(res.body).toMatchObject({ visitedAt: '2026-11-20T02:30:00.000Z', notes: 'Stok habis, pesan ulang minggu depan', recordedBy: 'Administrator' });
    expect(res.body.photos.map((p: { contentType: string }) => p.contentType)).toEqual(['image/png', 'image/jpeg']);
    const photo = await t.http().get(res.body.photos[0].url).set(t.admin).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(photo.body as Buffer, PNG)).toBe(0);
    expect((await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body.lastVisitAt).toBe('2026-11-20T02:30:00.000Z');
  });

  it('keeps lastVisitAt at the latest visit: a back-dated visit does not move it backwards', async () => {
    await visit('2026-11-21T10:00:00+07:00', 'Kunjungan rutin').expect(201);
    await visit('2026-10-01T10:00:00+07:00', 'Dicatat terlambat').expect(201);
    expect((await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body.lastVisitAt).toBe('2026-11-21T03:00:00.000Z');
    const history = (await t.http().get(`/api/v1/customers/${id}/visits`).set(t.viewer).expect(200)).body;
    expect(history.map((v: { notes: string }) => v.notes)).toEqual(['Kunjungan rutin', 'Stok habis, pesan ulang minggu depan', 'Dicatat terlambat']);
  });

  it('refuses bad uploads with a clear 4xx and saves nothing', async () => {
    const before = (await t.http().get(`/api/v1/customers/${id}/visits`).set(t.admin)).body.length;
    const fake = await visit('2026-11-22T10:00:00+07:00', 'x', [['virus.png', Buffer.from('MZ this is not an image'), 'image/png']]).expect(400);
    expect(fake.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'photos.0' }] });
    const big = await visit('2026-11-22T10:00:00+07:00', 'x', [['big.jpg', Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]), 'image/jpeg']]).expect(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const six = visit('2026-11-22T10:00:00+07:00', 'x', Array.from({ length: 6 }, (_, i) => [`p${i}.png`, PNG, 'image/png'] as [string, Buffer, string]));
    expect((await six).status).toBe(400);
    await visit('not a date', 'x').expect(400);
    await t.http().post(`/api/v1/customers/${id}/visits`).set(t.admin).send({ notes: 'json' }).expect(400);
    await t.http().post(`/api/v1/customers/${id}/visits`).set(t.viewer).field('notes', 'x').expect(403);
    await t.http().post('/api/v1/customers/00000000-0000-4000-8000-000000000000/visits').set(t.admin).field('notes', 'x').expect(404);
    expect((await t.http().get(`/api/v1/customers/${id}/visits`).set(t.admin)).body.length).toBe(before);
  });
});
