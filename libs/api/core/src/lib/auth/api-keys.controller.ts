import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ApiKeyCreated, type ApiKeyView, type CreateApiKeyRequest, createApiKeySchema } from '@niaga/shared/contracts';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { UuidParam, ZodBody } from '../validation/zod-validation';
import { ApiKeysService } from './api-keys.service';
import { CurrentPrincipal, RequirePermissions } from './auth.decorators';
import type { Principal } from './principal';

@ApiTags('api-keys')
@Controller('api-keys')
@RequirePermissions('users:manage')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'List the API keys in use (never the keys themselves).' })
  list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create an API key with chosen permissions; the key is answered once.' })
  create(@CurrentPrincipal() actor: Principal, @ZodBody(createApiKeySchema) body: CreateApiKeyRequest): Promise<ApiKeyCreated> {
    return this.keys.create(actor, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key.' })
  async revoke(@CurrentPrincipal() actor: Principal, @UuidParam() id: string): Promise<void> {
    await this.keys.revoke(actor, id);
  }
}
