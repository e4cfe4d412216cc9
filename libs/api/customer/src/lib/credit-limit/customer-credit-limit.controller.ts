import { Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuditService,
  type AuditView,
  CurrentPrincipal,
  type Principal,
  RequirePermissions,
  UuidParam,
  ZodBody,
} from '@niaga/api/core';
import {
  type BulkCustomerCreditLimitRequest,
  bulkCustomerCreditLimitSchema,
  type CustomerCreditLimitInput,
  customerCreditLimitSchema,
  type CustomerView,
} from '@niaga/shared/contracts';
import { CustomerService } from '../customers/customer.service';
import { CustomerCreditLimitService } from './customer-credit-limit.service';

@ApiTags('customers')
@Controller('customers')
export class CustomerCreditLimitController {
  constructor(
    private readonly limits: CustomerCreditLimitService,
    private readonly customers: CustomerService,
    private readonly audit: AuditService,
  ) {}

  @Put('credit-limit')
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Bulk edit: set the customer-specific limit of many customers at once (all or nothing).' })
  bulk(@CurrentPrincipal() actor: Principal, @ZodBody(bulkCustomerCreditLimitSchema) body: BulkCustomerCreditLimitRequest): Promise<{ updated: number }> {
    return this.limits.bulkSet(actor, body);
  }

  @Put(':id/credit-limit')
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Set the customer-specific limit per kind: inherit | unlimited | value (absent = inherit; 0 = zero credit).' })
  set(
    @CurrentPrincipal() actor: Principal,
    @UuidParam() id: string,
    @ZodBody(customerCreditLimitSchema) body: CustomerCreditLimitInput,
  ): Promise<CustomerView> {
    return this.limits.set(actor, id, body);
  }

  @Get(':id/audit')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'The audit trail of a customer (master data and limit changes: who, when, before, after), newest first.' })
  async history(@UuidParam() id: string): Promise<AuditView[]> {
    await this.customers.load(id);
    return this.audit.history('customer', id);
  }
}
