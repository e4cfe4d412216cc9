import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, type Principal, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import {
  type CreateCustomerRequest,
  createCustomerSchema,
  type CustomerQuery,
  customerQuerySchema,
  type CustomerView,
  type Page,
  type UpdateCustomerRequest,
  updateCustomerSchema,
} from '@niaga/shared/contracts';
import { CustomerService } from './customer.service';

@ApiTags('customers')
@Controller('customers')
export class CustomerController {
  constructor(private readonly customers: CustomerService) {}

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'List customers; q matches code or name (contains, case-insensitive); filter by group.' })
  list(@ZodQuery(customerQuerySchema) query: CustomerQuery): Promise<Page<CustomerView>> {
    return this.customers.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One customer with its group and its customer-specific credit limit.' })
  get(@UuidParam() id: string): Promise<CustomerView> {
    return this.customers.get(id);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Create a customer (409 CUSTOMER_CODE_TAKEN for a code used in any case).' })
  create(@CurrentPrincipal() actor: Principal, @ZodBody(createCustomerSchema) body: CreateCustomerRequest): Promise<CustomerView> {
    return this.customers.create(actor, body);
  }

  @Patch(':id')
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Change a customer’s master data (the credit limit has its own endpoint).' })
  update(
    @CurrentPrincipal() actor: Principal,
    @UuidParam() id: string,
    @ZodBody(updateCustomerSchema) body: UpdateCustomerRequest,
  ): Promise<CustomerView> {
    return this.customers.update(actor, id, body);
  }
}
