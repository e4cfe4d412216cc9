import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService, Clock, CurrentPrincipal, type Principal, RequirePermissions, UuidParam, ZodBody } from '@niaga/api/core';
import { type CreditCheckRequest, type CreditCheckResponse, creditCheckSchema, type CustomerCredit } from '@niaga/shared/contracts';
import { CreditLedger } from '../exposure/credit-ledger.service';
import { CreditCheckService } from './credit-check.service';

@ApiTags('credit')
@Controller()
export class CreditController {
  constructor(
    private readonly checks: CreditCheckService,
    private readonly ledger: CreditLedger,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('customers/:id/credit')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'The customer’s credit: per kind the limit in force and its source, used, remaining, utilisation; status; blocked and why.' })
  credit(@UuidParam() id: string): Promise<CustomerCredit> {
    return this.checks.position(id);
  }

  @Post('customers/:id/credit/refresh')
  @HttpCode(200)
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'Recompute the customer’s exposure from its documents, then answer its credit.' })
  async refresh(@UuidParam() id: string): Promise<CustomerCredit> {
    await this.checks.position(id);
    await this.ledger.rebuild([id]);
    return this.checks.position(id);
  }

  @Post('credit/check')
  @HttpCode(200)
  @RequirePermissions('transactions:create')
  @ApiOperation({ summary: 'What-if: the outcome of a new document of this amount for this customer, and the projected credit. Changes nothing.' })
  check(@CurrentPrincipal() principal: Principal, @ZodBody(creditCheckSchema) body: CreditCheckRequest): Promise<CreditCheckResponse> {
    return this.checks.check(principal, body.customerId, body.amount);
  }

  @Post('credit/recalculate')
  @HttpCode(200)
  @RequirePermissions('settings:manage')
  @ApiOperation({ summary: 'Recompute every customer’s exposure from the documents (set-based).' })
  async recalculate(@CurrentPrincipal() actor: Principal): Promise<{ customers: number; tookMs: number }> {
    const started = this.clock.now().getTime();
    const customers = await this.ledger.rebuild(null);
    const tookMs = Math.max(0, Date.now() - started);
    await this.audit.record(actor, { action: 'credit.recalculate', entityType: 'credit', entityId: 'all', details: { customers, tookMs } });
    return { customers, tookMs };
  }
}
