import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, type Principal, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import { type CreatePaymentRequest, createPaymentSchema, type Page, type PaymentQuery, paymentQuerySchema, type PaymentView } from '@niaga/shared/contracts';
import { PaymentService } from './payment.service';

@ApiTags('payments')
@Controller('payments')
export class PaymentController {
  constructor(private readonly payments: PaymentService) {}

  @Post()
  @Idempotent()
  @RequirePermissions('transactions:create')
  @ApiOperation({ summary: 'Record a payment on an invoice (partial or full); releases the limit by the amount paid.' })
  create(@CurrentPrincipal() principal: Principal, @ZodBody(createPaymentSchema) body: CreatePaymentRequest): Promise<PaymentView> {
    return this.payments.create(principal, body);
  }

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'List payments, newest first (filter by customer or invoice).' })
  list(@ZodQuery(paymentQuerySchema) query: PaymentQuery): Promise<Page<PaymentView>> {
    return this.payments.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One payment.' })
  get(@UuidParam() id: string): Promise<PaymentView> {
    return this.payments.get(id);
  }
}
