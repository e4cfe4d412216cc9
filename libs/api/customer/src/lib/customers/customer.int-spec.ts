import { TransactionService } from '@niaga/api/core';
import { parseCsv } from '@niaga/shared/util';
import { customerTestApp, type CustomerTestApp } from '../../test/customer-test-app';

describe('customers, their credit limits, bulk edit, CSV import and export (HTTP, real database)', () => {
  let t: CustomerTestApp;
  let groupA: string;
  let groupB: string;

  const post = (body: object) => t.http().post('/api/v1/customers').set(t.admin).send(body);
  const count = async () => (await t.http().get('/api/v1/customers?pageSize=1').set(t.admin).expect(200)).body.total as number;

  beforeAll(async () => {
    t = await customerTestApp();
    groupA = (await t.http().post('/api/v1/customer-groups').set(t.admin).send({ code: 'GA', name: 'Group A' }).expect(201)).body.id;
    groupB = (await t.http().post('/api/v1/customer-groups').set(t.admin).send({ code: 'GB', name: 'Group B' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  describe('master data', () => {
    it('creates a customer with defaults and its group', async () => {
      const res = await post({ code: 'C001', name: 'Toko Maju', groupId: groupA, email: 'maju@example.id' }).expect(201);
      expect(res.body).toMatchObject({
        code: 'C001',
        name: 'Toko Maju',
        groupId: groupA,
        group: { id: groupA, code: 'GA', name: 'Group A' },
        paymentTermDays: 30,
        email: 'maju@example.id',
        phone: null,
        creditLimit: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } },
      });
    });

    it('refuses a duplicate code in any case (409), an unknown group (422) and bad fields (400)', async () => {
      expect((await post({ code: 'c001', name: 'Dup' }).expect(409)).body).toMatchObject({ code: 'CUSTOMER_CODE_TAKEN', errors: [{ field: 'code' }] });
      const noGroup = await post({ code: 'C002', name: 'x', groupId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(noGroup.body.errors).toEqual([{ field: 'groupId', message: 'No such customer group.' }]);
      const bad = await post({ code: 'C 2', name: 'x', paymentTermDays: 400, email: 'nope' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'email', 'paymentTermDays']);
      expect(await count()).toBe(1);
    });

    it('lists with search on code or name and a group filter, and edits', async () => {
      await post({ code: 'C010', name: 'Sinar Jaya', groupId: groupB, paymentTermDays: 14 }).expect(201);
      await post({ code: 'X-77', name: 'Maju Bersama' }).expect(201);
      const byName = await t.http().get('/api/v1/customers?q=maju').set(t.admin).expect(200);
      expect(byName.body.items.map((c: { code: string }) => c.code)).toEqual(['C001', 'X-77']);
      const byGroup = await t.http().get(`/api/v1/customers?groupId=${groupB}`).set(t.admin).expect(200);
      expect(byGroup.body.items.map((c: { code: string }) => c.code)).toEqual(['C010']);
      const id = byGroup.body.items[0].id;
      const edited = await t.http().patch(`/api/v1/customers/${id}`).set(t.admin).send({ groupId: null, phone: '+62 812 000' }).expect(200);
      expect(edited.body).toMatchObject({ groupId: null, group: null, phone: '+62 812 000', paymentTermDays: 14 });
      const noCredit = await t.http().get('/api/v1/customers?creditStatus=warning').set(t.admin).expect(422);
      expect(noCredit.body.code).toBe('CREDIT_STATUS_UNAVAILABLE');
    });
  });

  describe('customer-specific credit limit', () => {
    let id: string;
    beforeAll(async () => {
      id = (await post({ code: 'LIM-1', name: 'Limit Test' }).expect(201)).body.id;
    });

    it('stores the three states per kind; 0 is a value (zero credit), absent is inherit', async () => {
      const res = await t
        .http()
        .put(`/api/v1/customers/${id}/credit-limit`)
        .set(t.admin)
        .send({ openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'value', value: '50000000' }, overdue: { mode: 'value', value: true } })
        .expect(200);
      expect(res.body.creditLimit).toEqual({
        openDocuments: { mode: 'value', value: 0 },
        outstandingAmount: { mode: 'value', value: '50000000.00' },
        overdue: { mode: 'value', value: true },
      });
      const again = await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(t.admin).send({ outstandingAmount: { mode: 'unlimited' } }).expect(200);
      expect(again.body.creditLimit).toEqual({
        openDocuments: { mode: 'inherit' },
        outstandingAmount: { mode: 'unlimited' },
        overdue: { mode: 'inherit' },
      });
    });

    it('keeps money exact (no float rounding)', async () => {
      const res = await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(t.admin).send({ outstandingAmount: { mode: 'value', value: '9999999999999999.99' } }).expect(200);
      expect(res.body.creditLimit.outstandingAmount.value).toBe('9999999999999999.99');
      const small = await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(t.admin).send({ outstandingAmount: { mode: 'value', value: '0.30' } }).expect(200);
      expect(small.body.creditLimit.outstandingAmount.value).toBe('0.30');
    });

    it('refuses malformed limits with 400 and changes nothing', async () => {
      const before = (await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body.creditLimit;
      for (const body of [
        { openDocuments: { mode: 'value' } },
        { openDocuments: { mode: 'value', value: -1 } },
        { openDocuments: { mode: 'value', value: 2.5 } },
        { outstandingAmount: { mode: 'value', value: 1000 } },
        { outstandingAmount: { mode: 'value', value: '10.999' } },
        { outstandingAmount: { mode: 'value', value: '-5.00' } },
        { overdue: { mode: 'unlimited' } },
        { openDocuments: { mode: 'unlimited', value: 3 } },
        { creditLimit: {} },
      ]) {
        const res = await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(t.admin).send(body);
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      expect((await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body.creditLimit).toEqual(before);
    });

    it('records every limit change (who, when, before, after), visible on the customer', async () => {
      const trail = await t.http().get(`/api/v1/customers/${id}/audit`).set(t.admin).expect(200);
      const limitChanges = trail.body.filter((e: { action: string }) => e.action === 'customer.credit_limit.update');
      expect(limitChanges).toHaveLength(4);
      expect(limitChanges[limitChanges.length - 1]).toMatchObject({
        actor: { type: 'user', name: 'Administrator', channel: 'backoffice' },
        before: { creditLimit: { openDocuments: { mode: 'inherit' } } },
        after: { creditLimit: { openDocuments: { mode: 'value', value: 0 } } },
        occurredAt: expect.any(String),
      });
      expect(trail.body[trail.body.length - 1].action).toBe('customer.create');
    });

    it('is not for viewers', async () => {
      await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(t.viewer).send({}).expect(403);
      await t.http().get(`/api/v1/customers/${id}`).set(t.viewer).expect(200);
      await t.http().post('/api/v1/customers').set(t.viewer).send({ code: 'V', name: 'v' }).expect(403);
    });
  });

  describe('bulk edit', () => {
    it('sets the limit of many customers at once, each audited', async () => {
      const ids = [];
      for (const code of ['B1', 'B2', 'B3']) ids.push((await post({ code, name: `Bulk ${code}` }).expect(201)).body.id);
      const res = await t
        .http()
        .put('/api/v1/customers/credit-limit')
        .set(t.admin)
        .send({ customerIds: ids, limit: { openDocuments: { mode: 'value', value: 3 } } })
        .expect(200);
      expect(res.body).toEqual({ updated: 3 });
      for (const id of ids) {
        const c = (await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body;
        expect(c.creditLimit.openDocuments).toEqual({ mode: 'value', value: 3 });
        const trail = (await t.http().get(`/api/v1/customers/${id}/audit`).set(t.admin)).body;
        expect(trail[0].action).toBe('customer.credit_limit.bulk_update');
      }
    });

    it('is all or nothing: an unknown id changes no customer', async () => {
      const id = (await post({ code: 'B4', name: 'Bulk 4' }).expect(201)).body.id;
      await t
        .http()
        .put('/api/v1/customers/credit-limit')
        .set(t.admin)
        .send({ customerIds: [id, '00000000-0000-4000-8000-000000000000'], limit: { openDocuments: { mode: 'value', value: 9 } } })
        .expect(404);
      expect((await t.http().get(`/api/v1/customers/${id}`).set(t.admin)).body.creditLimit.openDocuments).toEqual({ mode: 'inherit' });
      await t.http().put('/api/v1/customers/credit-limit').set(t.admin).send({ customerIds: [], limit: {} }).expect(400);
      await t.http().put('/api/v1/customers/credit-limit').set(t.viewer).send({ customerIds: [id], limit: {} }).expect(403);
    });
  });

  describe('CSV import and export', () => {
    const upload = (csv: string, query = '') =>
      t.http().post(`/api/v1/customers/import${query}`).set(t.admin).set('content-type', 'text/csv').send(csv);

    const file = [
      'code,name,groupCode,paymentTermDays,phone,email,address',
      'IMP-1,Toko Impor Satu,ga,45,+62 21 555,satu@example.id,"Jl. Sudirman 1, Jakarta"',
      'IMP-2,"Toko ""Dua""",,,,,',
      'IMP-3,,GA,abc,,not-an-email,',
      'c001,Duplicate of an existing code,,,,,',
      'IMP-1,Duplicate within the file,,,,,',
      'IMP-4,Unknown group,NOPE,,,,',
    ].join('\r\n');

    it('reports every bad row and imports nothing from a file with errors', async () => {
      const before = await count();
      const res = await upload(file).expect(422);
      expect(res.body.code).toBe('CUSTOMER_IMPORT_INVALID');
      expect(res.body.result).toMatchObject({ rows: 6, imported: 0, skipped: 6 });
      expect(res.body.result.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
        [4, 'name'],
        [4, 'paymentTermDays'],
        [4, 'email'],
        [5, 'code'],
        [6, 'code'],
        [7, 'groupCode'],
      ]);
      expect(await count()).toBe(before);
    });

    it('validates only on a dry run', async () => {
      const before = await count();
      const res = await upload(file, '?dryRun=true').expect(200);
      expect(res.body).toMatchObject({ dryRun: true, rows: 6, imported: 0, skipped: 4 });
      expect(await count()).toBe(before);
    });

    it('imports the good rows when asked to, and reports the rest', async () => {
      const before = await count();
      const res = await upload(file, '?skipInvalid=true').expect(200);
      expect(res.body).toMatchObject({ rows: 6, imported: 2, skipped: 4 });
      expect(await count()).toBe(before + 2);
      const imp = (await t.http().get('/api/v1/customers?q=IMP-1').set(t.admin)).body.items[0];
      expect(imp).toMatchObject({ name: 'Toko Impor Satu', paymentTermDays: 45, address: 'Jl. Sudirman 1, Jakarta', group: { code: 'GA' } });
      const two = (await t.http().get('/api/v1/customers?q=IMP-2').set(t.admin)).body.items[0];
      expect(two).toMatchObject({ name: 'Toko "Dua"', paymentTermDays: 30, group: null });
    });

    it('refuses an unusable header, an empty body, and viewers', async () => {
      const res = await upload('kode,nama\r\nA,B').expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['header.kode', 'header.nama', 'header.code', 'header.name']);
      await upload('').expect(400);
      await t.http().post('/api/v1/customers/import').set(t.viewer).set('content-type', 'text/csv').send('code,name\r\nA,B').expect(403);
    });

    it('exports the filtered customers as CSV that reads back', async () => {
      const res = await t.http().get(`/api/v1/customers/export?groupId=${groupA}`).set(t.viewer).buffer(true).parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (chunk: string) => (text += chunk));
        r.on('end', () => cb(null, text));
      }).expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const rows = parseCsv(res.body as string);
      expect(rows[0]).toEqual(['code', 'name', 'groupCode', 'paymentTermDays', 'phone', 'email', 'address']);
      expect(rows.slice(1).map((r) => r[0])).toEqual(['C001', 'IMP-1']);
      expect(rows[2]).toEqual(['IMP-1', 'Toko Impor Satu', 'GA', '45', "'+62 21 555", 'satu@example.id', 'Jl. Sudirman 1, Jakarta']);
    });

    it('streams large exports in batches', async () => {
      await t.app.get(TransactionService).manager.query(
        `INSERT INTO customer (code, name, group_id) SELECT 'BULK' || lpad(i::text, 5, '0'), 'Massal ' || i, $1 FROM generate_series(1, 2500) i`,
        [groupB],
      );
      const res = await t.http().get(`/api/v1/customers/export?groupId=${groupB}`).set(t.admin).buffer(true).parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (chunk: string) => (text += chunk));
        r.on('end', () => cb(null, text));
      }).expect(200);
      const codes = parseCsv(res.body as string).slice(1).map((r) => r[0]);
      expect(codes).toHaveLength(2500);
      expect(new Set(codes).size).toBe(2500);
      expect(codes[0]).toBe('BULK00001');
      expect(codes[2499]).toBe('BULK02500');
    });
  });
});
