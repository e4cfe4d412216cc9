/**
 * THE credit formula (SPEC §2–4), written once, in SQL, so that it runs set-based: for one customer (panel,
 * check, document enforcement), for a filtered list, for the daily recap over every customer and for the
 * reports. Nothing else computes limits, usage, utilisation or status.
 *
 * Parameters: $1 the company's date (YYYY-MM-DD) for the overdue rule, $2 projected extra documents,
 * $3 projected extra amount (the document being made; 0 and 0 for the current position).
 * `where` filters customers (alias c; its own parameters start at $4).
 *
 * Resolution per kind: customer value / unlimited → customer; inherit → group default → global default → none.
 * Breached: used > limit (so 0 is zero credit and equal-to-limit passes); overdue: an unpaid invoice whose
 * due date + grace days is before today while the overdue rule applies.
 * Status: overlimit if any kind is breached; else warning if a utilisation ≥ threshold (compared exactly:
 * used × 100 ≥ threshold × limit); else safe if any kind applies; else no_limit.
 */
export interface EvaluationPlaceholders {
  date: string;
  documents: string;
  amount: string;
}

const POSITIONAL: EvaluationPlaceholders = { date: '$1', documents: '$2', amount: '$3' };

export function creditEvaluationSql(where: string, p: EvaluationPlaceholders = POSITIONAL): string {
  return `
WITH s AS (SELECT * FROM credit_settings WHERE id = 1),
r AS (
  SELECT c.id AS customer_id, c.code, c.name, c.group_id, g.code AS group_code,
    s.enforcement_mode, s.warning_threshold_percent AS threshold, s.overdue_grace_days AS grace_days,
    CASE c.open_documents_mode WHEN 'value' THEN c.open_documents_limit WHEN 'unlimited' THEN NULL
      ELSE COALESCE(g.open_documents_limit, s.default_open_documents_limit) END AS od_limit,
    CASE c.open_documents_mode WHEN 'inherit' THEN
      CASE WHEN g.open_documents_limit IS NOT NULL THEN 'group' WHEN s.default_open_documents_limit IS NOT NULL THEN 'default' END
      ELSE 'customer' END AS od_source,
    CASE c.outstanding_amount_mode WHEN 'value' THEN c.outstanding_amount_limit WHEN 'unlimited' THEN NULL
      ELSE COALESCE(g.outstanding_amount_limit, s.default_outstanding_amount_limit) END AS oa_limit,
    CASE c.outstanding_amount_mode WHEN 'inherit' THEN
      CASE WHEN g.outstanding_amount_limit IS NOT NULL THEN 'group' WHEN s.default_outstanding_amount_limit IS NOT NULL THEN 'default' END
      ELSE 'customer' END AS oa_source,
    CASE c.overdue_mode WHEN 'value' THEN c.overdue_check
      ELSE COALESCE(g.overdue_check, s.default_overdue_check, false) END AS ov_enabled,
    CASE c.overdue_mode WHEN 'value' THEN 'customer'
      ELSE CASE WHEN g.overdue_check IS NOT NULL THEN 'group' WHEN s.default_overdue_check IS NOT NULL THEN 'default' END END AS ov_source,
    COALESCE(e.open_documents, 0) + ${p.documents}::int AS od_used,
    COALESCE(e.outstanding_amount, 0) + ${p.amount}::numeric AS oa_used,
    COALESCE(o.overdue_count, 0) AS overdue_count,
    o.oldest_due
  FROM customer c
  CROSS JOIN s
  LEFT JOIN customer_group g ON g.id = c.group_id
  LEFT JOIN customer_exposure e ON e.customer_id = c.id
  LEFT JOIN (
    -- Grouped, not LATERAL: one hash aggregate for the recap over every customer; for one customer the
    -- planner pushes customer_id = … into it and uses the (customer_id, due_date) index.
    SELECT cr.customer_id, count(*)::int AS overdue_count, min(cr.due_date) AS oldest_due
    FROM credit_receivable cr
    CROSS JOIN s AS s2
    WHERE cr.due_date + s2.overdue_grace_days < ${p.date}::date
    GROUP BY cr.customer_id
  ) o ON o.customer_id = c.id
  WHERE ${where}
),
f AS (
  SELECT r.*,
    (r.od_limit IS NOT NULL AND r.od_used > r.od_limit) AS od_breached,
    (r.oa_limit IS NOT NULL AND r.oa_used > r.oa_limit) AS oa_breached,
    (r.ov_enabled AND r.overdue_count > 0) AS ov_breached,
    -- Reported to 4 decimals, truncated (never rounded up into the threshold); the status compares exactly below.
    CASE WHEN r.od_limit > 0 THEN trunc(r.od_used::numeric / r.od_limit, 4) END AS od_util,
    CASE WHEN r.oa_limit > 0 THEN trunc(r.oa_used / r.oa_limit, 4) END AS oa_util,
    (r.od_limit > 0 AND r.od_used::numeric * 100 >= r.threshold::numeric * r.od_limit)
      OR (r.oa_limit > 0 AND r.oa_used * 100 >= r.threshold * r.oa_limit) AS at_threshold
  FROM r
)
SELECT f.*,
  f.od_limit - f.od_used AS od_remaining,
  f.oa_limit - f.oa_used AS oa_remaining,
  GREATEST(f.od_util, f.oa_util) AS max_util,
  CASE
    WHEN f.od_breached OR f.oa_breached OR f.ov_breached THEN 'overlimit'
    WHEN f.at_threshold THEN 'warning'
    WHEN f.od_limit IS NOT NULL OR f.oa_limit IS NOT NULL OR f.ov_enabled THEN 'safe'
    ELSE 'no_limit'
  END AS status
FROM f`;
}

/** One evaluated row, as PostgreSQL answers it (numerics as strings). */
export interface CreditEvaluationRow {
  customer_id: string;
  code: string;
  name: string;
  group_id: string | null;
  group_code: string | null;
  enforcement_mode: 'warning' | 'blocking';
  threshold: number;
  grace_days: number;
  od_limit: number | null;
  od_source: 'customer' | 'group' | 'default' | null;
  oa_limit: string | null;
  oa_source: 'customer' | 'group' | 'default' | null;
  ov_enabled: boolean;
  ov_source: 'customer' | 'group' | 'default' | null;
  od_used: number;
  oa_used: string;
  overdue_count: number;
  oldest_due: string | Date | null;
  od_breached: boolean;
  oa_breached: boolean;
  ov_breached: boolean;
  od_util: string | null;
  oa_util: string | null;
  at_threshold: boolean | null;
  od_remaining: number | null;
  oa_remaining: string | null;
  max_util: string | null;
  status: 'safe' | 'warning' | 'overlimit' | 'no_limit';
}
