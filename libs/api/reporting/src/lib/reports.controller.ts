import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermissions, TransactionService, ZodQuery } from '@niaga/api/core';
import {
  type AgingReport,
  type AgingReportQuery,
  agingReportQuerySchema,
  type CreditUtilizationQuery,
  creditUtilizationQuerySchema,
  type CreditUtilizationReport,
  type SalesReport,
  type SalesReportQuery,
  salesReportQuerySchema,
} from '@niaga/shared/contracts';
import type { StreamableFile } from '@nestjs/common';
import { reportCsv } from './report-runner';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
@RequirePermissions('reports:read')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly tx: TransactionService,
  ) {}

  @Get('sales')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Sales by customer in a period (orders, ordered, invoiced, paid); group filter on the group each document kept. ?format=csv streams CSV.' })
  async sales(@ZodQuery(salesReportQuerySchema) query: SalesReportQuery): Promise<SalesReport | StreamableFile> {
    if (query.format === 'csv') return reportCsv(this.tx, (await this.reports.salesDefinition(query)).definition);
    return this.reports.sales(query);
  }

  @Get('receivables-aging')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Unpaid invoices by days overdue: current, 1–30, 31–60, 61–90, > 90 (as of a date, default today). ?format=csv streams CSV.' })
  async aging(@ZodQuery(agingReportQuerySchema) query: AgingReportQuery): Promise<AgingReport | StreamableFile> {
    if (query.format === 'csv') return reportCsv(this.tx, (await this.reports.agingDefinition(query)).definition);
    return this.reports.aging(query);
  }

  @Get('credit-utilization')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Credit status, limits, used and utilisation per customer, from the credit evaluator. ?format=csv streams CSV.' })
  async creditUtilization(@ZodQuery(creditUtilizationQuerySchema) query: CreditUtilizationQuery): Promise<CreditUtilizationReport | StreamableFile> {
    if (query.format === 'csv') return reportCsv(this.tx, (await this.reports.creditDefinition(query)).definition);
    return this.reports.creditUtilization(query);
  }
}
