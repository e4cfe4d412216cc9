import { Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequirePermissions, ZodBody } from '@niaga/api/core';
import { type CreditSettings, type CreditSettingsInput, creditSettingsSchema } from '@niaga/shared/contracts';
import { CreditSettingsService } from './credit-settings.service';

@ApiTags('settings')
@Controller('settings/credit')
@RequirePermissions('settings:manage')
export class CreditSettingsController {
  constructor(private readonly settings: CreditSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Credit settings: default limits, enforcement mode, back-office bypass, threshold, grace days, recap time and zone.' })
  get(): Promise<CreditSettings> {
    return this.settings.get();
  }

  @Put()
  @ApiOperation({ summary: 'Replace the credit settings (audited). Default limits apply at once to every customer without its own value.' })
  put(@CurrentPrincipal() actor: Principal, @ZodBody(creditSettingsSchema) body: CreditSettingsInput): Promise<CreditSettings> {
    return this.settings.update(actor, body);
  }
}
