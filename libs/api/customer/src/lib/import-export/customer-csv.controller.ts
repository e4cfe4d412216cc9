import { Body, Controller, Get, Header, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequirePermissions, ZodQuery } from '@niaga/api/core';
import {
  type CustomerImportQuery,
  customerImportQuerySchema,
  type CustomerImportResult,
  type CustomerQuery,
  customerQuerySchema,
} from '@niaga/shared/contracts';
import { CustomerExportService } from './customer-export.service';
import { CustomerImportService } from './customer-import.service';

@ApiTags('customers')
@Controller('customers')
export class CustomerCsvController {
  constructor(
    private readonly importer: CustomerImportService,
    private readonly exporter: CustomerExportService,
  ) {}

  @Get('export')
  @RequirePermissions('customers:read')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="customers.csv"')
  @ApiOperation({ summary: 'Export customers (same filters as the list) as CSV, streamed.' })
  export(@ZodQuery(customerQuerySchema) query: CustomerQuery): StreamableFile {
    return new StreamableFile(this.exporter.stream(query));
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermissions('customers:write')
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'CSV with a header row: code, name, groupCode, paymentTermDays, phone, email, address.', schema: { type: 'string' } })
  @ApiOperation({
    summary:
      'Import customers from CSV with a per-row error report. A file with errors imports nothing (422 CUSTOMER_IMPORT_INVALID) unless skipInvalid=true; dryRun=true only validates.',
  })
  import(
    @CurrentPrincipal() actor: Principal,
    @ZodQuery(customerImportQuerySchema) query: CustomerImportQuery,
    @Body() csv: unknown,
  ): Promise<CustomerImportResult> {
    return this.importer.import(actor, csv, query);
  }
}
