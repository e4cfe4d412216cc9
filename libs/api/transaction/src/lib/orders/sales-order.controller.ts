import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, type Principal, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import {
  type CreateSalesOrderRequest,
  createSalesOrderSchema,
  type Page,
  type SalesOrderQuery,
  salesOrderQuerySchema,
  type SalesOrderView,
} from '@niaga/shared/contracts';
import { SalesOrderService } from './sales-order.service';

@ApiTags('sales-orders')
@Controller('sales-orders')
export class SalesOrderController {
  constructor(private readonly orders: SalesOrderService) {}

  @Post()
  @Idempotent()
  @RequirePermissions('transactions:create')
  @ApiOperation({ summary: 'Create a sales order; credit-checked under the customer’s lock; consumes the limit.' })
  @ApiUnprocessableEntityResponse({ description: 'CREDIT_LIMIT_EXCEEDED with reasons and the customer’s credit (blocking mode); nothing written.' })
  create(@CurrentPrincipal() principal: Principal, @ZodBody(createSalesOrderSchema) body: CreateSalesOrderRequest): Promise<SalesOrderView> {
    return this.orders.create(principal, body);
  }

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'List sales orders, newest first (filter by customer and status).' })
  list(@ZodQuery(salesOrderQuerySchema) query: SalesOrderQuery): Promise<Page<SalesOrderView>> {
    return this.orders.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One sales order with its lines.' })
  get(@UuidParam() id: string): Promise<SalesOrderView> {
    return this.orders.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermissions('transactions:create')
  @ApiOperation({ summary: 'Cancel a sales order: its uninvoiced amount is released.' })
  cancel(@UuidParam() id: string): Promise<SalesOrderView> {
    return this.orders.cancel(id);
  }
}
