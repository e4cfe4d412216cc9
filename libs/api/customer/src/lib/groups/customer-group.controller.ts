import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, type Principal, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import {
  type CreateCustomerGroupRequest,
  createCustomerGroupSchema,
  type CustomerGroupQuery,
  customerGroupQuerySchema,
  type CustomerGroupView,
  type Page,
  type UpdateCustomerGroupRequest,
  updateCustomerGroupSchema,
} from '@niaga/shared/contracts';
import { CustomerGroupService } from './customer-group.service';

@ApiTags('customer-groups')
@Controller('customer-groups')
export class CustomerGroupController {
  constructor(private readonly groups: CustomerGroupService) {}

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'Search customer groups by code or name (contains | startsWith | exact, case-insensitive), ordered by code.' })
  list(@ZodQuery(customerGroupQuerySchema) query: CustomerGroupQuery): Promise<Page<CustomerGroupView>> {
    return this.groups.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One customer group with its customer count and credit defaults.' })
  get(@UuidParam() id: string): Promise<CustomerGroupView> {
    return this.groups.get(id);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Create a customer group (409 CUSTOMER_GROUP_CODE_TAKEN for a code used in any case).' })
  create(@CurrentPrincipal() actor: Principal, @ZodBody(createCustomerGroupSchema) body: CreateCustomerGroupRequest): Promise<CustomerGroupView> {
    return this.groups.create(actor, body);
  }

  @Patch(':id')
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Change a group: code, name, credit defaults (audited).' })
  update(
    @CurrentPrincipal() actor: Principal,
    @UuidParam() id: string,
    @ZodBody(updateCustomerGroupSchema) body: UpdateCustomerGroupRequest,
  ): Promise<CustomerGroupView> {
    return this.groups.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Delete a group; 409 CUSTOMER_GROUP_IN_USE while customers use it.' })
  async delete(@CurrentPrincipal() actor: Principal, @UuidParam() id: string): Promise<void> {
    await this.groups.delete(actor, id);
  }
}
