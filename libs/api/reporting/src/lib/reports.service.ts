import { Injectable } from '@nestjs/common';
import { TransactionService } from '@niaga/api/core';
import { CreditEvaluator } from '@niaga/api/credit-limit';
import type {
  AgingReport,
  AgingReportQuery,
  CreditUtilizationQuery,
  CreditUtilizationReport,
  SalesReport,
  SalesReportQuery,
} from '@niaga/shared/contracts';
import { toMoney2 } from '@niaga/shared/util';
import { agingReport } from './aging-report';
import { creditUtilizationReport } from './credit-utilization-report';
import { reportPeriod } from './report-period';
import { type ReportDefinition, reportPage } from './report-runner';
import { salesReport } from './sales-report';

/** Read-only reports (SPEC §6), each filterable by customer group; paged on screen, streamed as CSV. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly evaluator: CreditEvaluator,
  ) {}

  async salesDefinition(query: SalesReportQuery) {
    const period = reportPeriod(await this.evaluator.today(), query.from, query.to);
    return { definition: salesReport(period.from, period.to, query.groupId ?? null), filters: { ...period, groupId: query.groupId ?? null } };
  }

  async sales(query: SalesReportQuery): Promise<SalesReport> {
    const { definition, filters } = await this.salesDefinition(query);
    const [totals] = await this.totals(definition, `coalesce(sum(orders), 0)::int AS orders, coalesce(sum(ordered), 0) AS ordered, coalesce(sum(invoiced), 0) AS invoiced, coalesce(sum(paid), 0) AS paid`);
    return {
      ...(await reportPage(this.tx, definition, query.page, query.pageSize)),
      page: query.page,
      pageSize: query.pageSize,
      totals: { orders: totals['orders'] as number, ordered: toMoney2(totals['ordered'] as string), invoiced: toMoney2(totals['invoiced'] as string), paid: toMoney2(totals['paid'] as string) },
      filters,
    };
  }

  async agingDefinition(query: AgingReportQuery) {
    const asOf = query.asOf ?? (await this.evaluator.today());
    return { definition: agingReport(asOf, query.groupId ?? null), filters: { asOf, groupId: query.groupId ?? null } };
  }

  async aging(query: AgingReportQuery): Promise<AgingReport> {
    const { definition, filters } = await this.agingDefinition(query);
    const buckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90', 'total'] as const;
    const [totals] = await this.totals(definition, buckets.map((b) => `coalesce(sum(${b.toLowerCase()}), 0) AS "${b}"`).join(', '));
    return {
      ...(await reportPage(this.tx, definition, query.page, query.pageSize)),
      page: query.page,
      pageSize: query.pageSize,
      totals: Object.fromEntries(buckets.map((b) => [b, toMoney2(totals[b] as string)])) as AgingReport['totals'],
      filters,
    };
  }

  async creditDefinition(query: CreditUtilizationQuery) {
    const today = await this.evaluator.today();
    return {
      definition: creditUtilizationReport(today, query.groupId ?? null, query.status ?? null),
      filters: { date: today, groupId: query.groupId ?? null, status: query.status ?? null },
    };
  }

  async creditUtilization(query: CreditUtilizationQuery): Promise<CreditUtilizationReport> {
    const { definition, filters } = await this.creditDefinition(query);
    const [totals] = await this.totals(
      definition,
      ['safe', 'warning', 'overlimit', 'no_limit'].map((s) => `count(*) FILTER (WHERE status = '${s}')::int AS ${s}`).join(', '),
    );
    return {
      ...(await reportPage(this.tx, definition, query.page, query.pageSize)),
      page: query.page,
      pageSize: query.pageSize,
      totals: totals as CreditUtilizationReport['totals'],
      filters,
    };
  }

  private totals<Raw, Row>(definition: ReportDefinition<Raw, Row>, select: string): Promise<Record<string, unknown>[]> {
    return this.tx.manager.query(`SELECT ${select} FROM (${definition.sql('true')}) r`, definition.params);
  }
}
