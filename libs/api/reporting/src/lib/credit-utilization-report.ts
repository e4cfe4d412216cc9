import { creditEvaluationSql, type CreditEvaluationRow } from '@niaga/api/credit-limit';
import type { CreditUtilizationRow } from '@niaga/shared/contracts';
import { toMoney2 } from '@niaga/shared/util';
import type { ReportDefinition } from './report-runner';

export type CreditRaw = CreditEvaluationRow & { sort_key: string };

const fraction = (v: string | null) => (v === null ? null : Number(v));

/** Credit utilisation per customer: the credit evaluator's own figures (never a second formula). */
export function creditUtilizationReport(
  today: string,
  groupId: string | null,
  status: string | null,
): ReportDefinition<CreditRaw, CreditUtilizationRow> {
  return {
    params: [today, 0, '0', groupId, status],
    sql: () => `
      SELECT e.*, lower(e.code) AS sort_key FROM (${creditEvaluationSql('($4::uuid IS NULL OR c.group_id = $4::uuid)')}) e
      WHERE ($5::text IS NULL OR e.status = $5::text)`,
    map: (r) => ({
      customerId: r.customer_id,
      code: r.code,
      name: r.name,
      groupCode: r.group_code,
      status: r.status,
      openDocuments: { limit: r.od_limit, used: r.od_used, utilization: fraction(r.od_util) },
      outstandingAmount: { limit: r.oa_limit === null ? null : toMoney2(r.oa_limit), used: toMoney2(r.oa_used), utilization: fraction(r.oa_util) },
      overdueInvoices: r.overdue_count,
      maxUtilization: fraction(r.max_util),
    }),
    csvHeader: ['code', 'name', 'groupCode', 'status', 'openDocumentsLimit', 'openDocumentsUsed', 'outstandingAmountLimit', 'outstandingAmountUsed', 'overdueInvoices', 'maxUtilizationPercent'],
    csvRow: (r) => [
      r.code,
      r.name,
      r.groupCode,
      r.status,
      r.openDocuments.limit,
      r.openDocuments.used,
      r.outstandingAmount.limit,
      r.outstandingAmount.used,
      r.overdueInvoices,
      r.maxUtilization === null ? null : (Math.round(r.maxUtilization * 10000) / 100).toString(),
    ],
    fileName: `credit-utilization-${today}`,
  };
}
