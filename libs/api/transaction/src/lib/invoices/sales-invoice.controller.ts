import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, type Principal, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import {
  type CreateSalesInvoiceRequest,
  createSalesInvoiceSchema,
  type Page,
  type SalesInvoiceQuery,
  salesInvoiceQuerySchema,
  type SalesInvoiceView,
} from '@niaga/shared/contracts';
import { SalesInvoiceService } from './sales-invoice.service';

@ApiTags('sales-invoices')
@Controller('sales-invoices')
export class SalesInvoiceController {
  constructor(private readonly invoices: SalesInvoiceService) {}

  @Post()
  @Idempotent()
  @RequirePermissions('transactions:create')
  @ApiOperation({
    summary:
      'Create an invoice: from a sales order (all or some of what is left; never credit-checked) or direct (customerId + lines; checked like an order).',
  })
  create(@CurrentPrincipal() principal: Principal, @ZodBody(createSalesInvoiceSchema) body: CreateSalesInvoiceRequest): Promise<SalesInvoiceView> {
    return this.invoices.create(principal, body);
  }

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'List invoices, newest first (filter by customer, status, overdue).' })
  list(@ZodQuery(salesInvoiceQuerySchema) query: SalesInvoiceQuery): Promise<Page<SalesInvoiceView>> {
    return this.invoices.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One invoice with its lines.' })
  get(@UuidParam() id: string): Promise<SalesInvoiceView> {
    return this.invoices.get(id);
  }

  @Post(':id/void')
  @HttpCode(200)
  @RequirePermissions('transactions:create')
  @ApiOperation({ summary: 'Void an unpaid invoice (422 INVOICE_HAS_PAYMENTS otherwise); releases its amount.' })
  void(@UuidParam() id: string): Promise<SalesInvoiceView> {
    return this.invoices.void(id);
  }
}
