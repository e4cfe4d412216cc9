import { Controller, Get, Inject, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@niaga/shared/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability (no auth).' })
  async health(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError(503, 'DATABASE_UNAVAILABLE', 'Service unavailable', 'The database does not answer.');
    }
    return {
      status: 'ok',
      database: 'up',
      embeddedDatabase: !this.config.databaseUrl,
      version: process.env['npm_package_version'] ?? '0.1.0',
    };
  }
}
