import { Controller, Get, Header, Post, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Idempotent, RequirePermissions, UuidParam, ZodQuery } from '@niaga/api/core';
import { type CreditRecap, type CreditRecapQuery, creditRecapQuerySchema } from '@niaga/shared/contracts';
import { csvLine } from '@niaga/shared/util';
import { Readable } from 'node:stream';
import { CreditRecapService } from './credit-recap.service';

const CSV_HEADER = [
  'list',
  'code',
  'name',
  'groupCode',
  'openDocumentsLimit',
  'openDocumentsUsed',
  'outstandingAmountLimit',
  'outstandingAmountUsed',
  'overdueInvoices',
  'maxUtilizationPercent',
];

@ApiTags('credit')
@Controller('credit/recaps')
export class CreditRecapController {
  constructor(private readonly recaps: CreditRecapService) {}

  @Post()
  @Idempotent()
  @RequirePermissions('settings:manage')
  @ApiOperation({ summary: 'Build a credit recap now and notify, like the scheduled one.' })
  async create(): Promise<CreditRecap> {
    return (await this.recaps.build('manual')) as CreditRecap;
  }

  @Get()
  @RequirePermissions('notifications:read')
  @ApiOperation({ summary: 'The latest recap of a company date (default today): Warning and Overlimit customers.' })
  forDate(@ZodQuery(creditRecapQuerySchema) query: CreditRecapQuery): Promise<CreditRecap> {
    return this.recaps.forDate(query.date);
  }

  @Get(':id')
  @RequirePermissions('notifications:read')
  @ApiOperation({ summary: 'One recap.' })
  get(@UuidParam() id: string): Promise<CreditRecap> {
    return this.recaps.get(id);
  }

  @Get(':id/export')
  @RequirePermissions('notifications:read')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The recap as CSV (both lists).' })
  async export(@UuidParam() id: string): Promise<StreamableFile> {
    const recap = await this.recaps.get(id);
    const lines = [
      '\ufeff' + csvLine(CSV_HEADER),
      ...[...recap.overlimit, ...recap.warning].map((r) =>
        csvLine([
          r.status,
          r.code,
          r.name,
          r.groupCode,
          r.openDocuments.limit,
          r.openDocuments.used,
          r.outstandingAmount.limit,
          r.outstandingAmount.used,
          r.overdueInvoices,
          r.maxUtilization === null ? null : (Math.round(r.maxUtilization * 10000) / 100).toString(),
        ]),
      ),
    ];
    return new StreamableFile(Readable.from(lines), { disposition: `attachment; filename="credit-recap-${recap.date}.csv"` });
  }
}
