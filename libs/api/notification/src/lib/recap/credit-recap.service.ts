import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, TransactionService } from '@niaga/api/core';
import { creditEvaluationSql, CreditSettingsService } from '@niaga/api/credit-limit';
import { type CreditRecap, type CreditRecapRow, type RecapTrigger, ROLE_PERMISSIONS, ROLES } from '@niaga/shared/contracts';
import { dateInZone, toMoney2 } from '@niaga/shared/util';
import { CreditRecapEntity, CreditRecapRowEntity } from './credit-recap.entity';

/** Roles whose users receive the recap: those granting notifications:read. */
const RECIPIENT_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('notifications:read'));

const fraction = (v: string | null) => (v === null ? null : Number(v));

export function toRecapRow(r: CreditRecapRowEntity): CreditRecapRow {
  return {
    customerId: r.customerId,
    code: r.code,
    name: r.name,
    groupId: r.groupId,
    groupCode: r.groupCode,
    status: r.status,
    openDocuments: { limit: r.openDocumentsLimit, used: r.openDocumentsUsed, utilization: fraction(r.openDocumentsUtilization) },
    outstandingAmount: {
      limit: r.outstandingAmountLimit === null ? null : toMoney2(r.outstandingAmountLimit),
      used: toMoney2(r.outstandingAmountUsed),
      utilization: fraction(r.outstandingAmountUtilization),
    },
    overdueInvoices: r.overdueInvoices,
    maxUtilization: fraction(r.maxUtilization),
  };
}

/**
 * The daily credit recap: Warning (utilisation ≥ threshold) and Overlimit customers, computed by the one
 * credit evaluator in a single INSERT … SELECT over every customer (no per-customer queries), stored with
 * its rows, and announced to every active console user holding notifications:read — all in one transaction.
 */
@Injectable()
export class CreditRecapService {
  constructor(
    private readonly tx: TransactionService,
    private readonly settings: CreditSettingsService,
    private readonly clock: Clock,
  ) {}

  /** Builds a recap now. A scheduled one is made at most once per company date: a second try answers null. */
  build(trigger: RecapTrigger): Promise<CreditRecap | null> {
    return this.tx.run(async (m) => {
      const settings = await this.settings.entity();
      const now = this.clock.now();
      const date = dateInZone(now, settings.timeZone);
      const [recap]: { id: string }[] = await m.query(
        `INSERT INTO credit_recap (recap_date, trigger, generated_at, warning_threshold_percent) VALUES ($1, $2, $3, $4)
         ${trigger === 'scheduled' ? `ON CONFLICT (recap_date) WHERE trigger = 'scheduled' DO NOTHING` : ''} RETURNING id`,
        [date, trigger, now, settings.warningThresholdPercent],
      );
      if (!recap) return null;
      const evaluation = creditEvaluationSql('true', { date: '$2', documents: '0', amount: '0' });
      await m.query(
        `INSERT INTO credit_recap_row (recap_id, customer_id, status, code, name, group_id, group_code,
           open_documents_limit, open_documents_used, open_documents_utilization,
           outstanding_amount_limit, outstanding_amount_used, outstanding_amount_utilization, overdue_invoices, max_utilization)
         SELECT $1, e.customer_id, e.status, e.code, e.name, e.group_id, e.group_code,
           e.od_limit, e.od_used, e.od_util, e.oa_limit, e.oa_used, e.oa_util, e.overdue_count, e.max_util
         FROM (${evaluation}) e
         WHERE e.status IN ('warning', 'overlimit')`,
        [recap.id, date],
      );
      const [counts]: { warning: number; overlimit: number }[] = await m.query(
        `SELECT count(*) FILTER (WHERE status = 'warning')::int AS warning, count(*) FILTER (WHERE status = 'overlimit')::int AS overlimit
         FROM credit_recap_row WHERE recap_id = $1`,
        [recap.id],
      );
      await m.query(`UPDATE credit_recap SET warning_count = $2, overlimit_count = $3 WHERE id = $1`, [recap.id, counts.warning, counts.overlimit]);
      await m.query(
        `INSERT INTO notification (user_id, type, title, data)
         SELECT u.id, 'credit_recap', $2, jsonb_build_object('recapId', $1::uuid, 'date', $3::text, 'trigger', $4::text,
                'warningCount', $5::int, 'overlimitCount', $6::int)
         FROM app_user u WHERE u.active AND u.roles && $7::text[]`,
        [
          recap.id,
          `Rekap kredit harian ${date}: ${counts.overlimit} overlimit, ${counts.warning} warning`,
          date,
          trigger,
          counts.warning,
          counts.overlimit,
          RECIPIENT_ROLES,
        ],
      );
      return this.get(recap.id);
    });
  }

  async get(id: string): Promise<CreditRecap> {
    const recap = await this.tx.repo(CreditRecapEntity).findOneBy({ id });
    if (!recap) throw new NotFoundError('Credit recap', id);
    const rows = await this.tx.repo(CreditRecapRowEntity).find({
      where: { recapId: id },
      order: { maxUtilization: { direction: 'DESC', nulls: 'LAST' }, code: 'ASC' },
    });
    const views = rows.map(toRecapRow);
    return {
      id: recap.id,
      date: recap.recapDate,
      trigger: recap.trigger,
      generatedAt: recap.generatedAt.toISOString(),
      warningThresholdPercent: recap.warningThresholdPercent,
      warning: views.filter((r) => r.status === 'warning'),
      overlimit: views.filter((r) => r.status === 'overlimit'),
    };
  }

  /** The latest recap of a company date (default: today). */
  async forDate(date?: string): Promise<CreditRecap> {
    const day = date ?? dateInZone(this.clock.now(), (await this.settings.entity()).timeZone);
    const recap = await this.tx.repo(CreditRecapEntity).findOne({ where: { recapDate: day }, order: { generatedAt: 'DESC' } });
    if (!recap) throw new NotFoundError(`Credit recap of ${day}`);
    return this.get(recap.id);
  }

  async scheduledExists(date: string): Promise<boolean> {
    return this.tx.repo(CreditRecapEntity).existsBy({ recapDate: date, trigger: 'scheduled' });
  }
}
