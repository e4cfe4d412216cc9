import { creditReasons, toCustomerCredit } from './credit-evaluator';
import { creditEvaluationSql, type CreditEvaluationRow } from './credit-evaluation.sql';

const row = (patch: Partial<CreditEvaluationRow>): CreditEvaluationRow => ({
  customer_id: 'c1',
  code: 'C1',
  name: 'Toko',
  group_id: null,
  group_code: null,
  enforcement_mode: 'blocking',
  threshold: 80,
  grace_days: 3,
  od_limit: 5,
  od_source: 'default',
  oa_limit: '1500000.00',
  oa_source: 'customer',
  ov_enabled: true,
  ov_source: 'group',
  od_used: 6,
  oa_used: '2000000.5',
  overdue_count: 2,
  oldest_due: '2026-10-01',
  od_breached: true,
  oa_breached: true,
  ov_breached: true,
  od_util: '1.2000',
  oa_util: '1.3333',
  at_threshold: true,
  od_remaining: -1,
  oa_remaining: '-500000.50',
  max_util: '1.3333',
  status: 'overlimit',
  ...patch,
});

describe('credit evaluator mapping (presentation only: the SQL decides)', () => {
  it('maps an evaluated row to the API credit shape', () => {
    const credit = toCustomerCredit(row({}), new Date('2026-11-22T00:00:00Z'));
    expect(credit).toEqual({
      customerId: 'c1',
      status: 'overlimit',
      blocked: true,
      enforcementMode: 'blocking',
      warningThresholdPercent: 80,
      openDocuments: { limit: 5, source: 'default', used: 6, remaining: -1, utilization: 1.2 },
      outstandingAmount: { limit: '1500000.00', source: 'customer', used: '2000000.50', remaining: '-500000.50', utilization: 1.3333 },
      overdue: { enabled: true, source: 'group', graceDays: 3, overdueInvoices: 2, oldestDueDate: '2026-10-01' },
      reasons: [
        { code: 'OPEN_DOCUMENTS_EXCEEDED', message: '6 open documents exceed the limit of 5.' },
        { code: 'OUTSTANDING_AMOUNT_EXCEEDED', message: 'Outstanding Rp 2.000.000,50 exceeds the limit of Rp 1.500.000.' },
        { code: 'OVERDUE_INVOICES', message: '2 invoice(s) overdue (oldest due 2026-10-01, grace 3 day(s)).' },
      ],
      calculatedAt: '2026-11-22T00:00:00.000Z',
    });
  });

  it('is blocked only when over a limit in blocking mode', () => {
    expect(toCustomerCredit(row({ enforcement_mode: 'warning' }), new Date()).blocked).toBe(false);
    expect(toCustomerCredit(row({ status: 'warning' }), new Date()).blocked).toBe(false);
  });

  it('gives no reasons without a breach', () => {
    expect(creditReasons(row({ od_breached: false, oa_breached: false, ov_breached: false }))).toEqual([]);
  });

  it('is one SQL text with the filter and projection placeholders where they belong', () => {
    const sql = creditEvaluationSql('c.id = $4');
    expect(sql).toContain('WHERE c.id = $4');
    expect(sql).toContain('+ $2::int AS od_used');
    expect(sql).toContain('+ $3::numeric AS oa_used');
    expect(sql).toContain('< $1::date');
    const named = creditEvaluationSql('true', { date: ':d', documents: '0', amount: '0' });
    expect(named).toContain('< :d::date');
  });
});
