import { type DynamicModule, Global, Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { jwtModule } from './auth/jwt.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { ApiKeyEntity } from './auth/api-key.entity';
import { ApiKeysController } from './auth/api-keys.controller';
import { ApiKeysService } from './auth/api-keys.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginFailureEntity } from './auth/login-failure.entity';
import { LoginThrottle } from './auth/login-throttle';
import { PermissionGuard } from './auth/permission.guard';
import { RouteAccessAudit } from './auth/route-access.audit';
import { UserEntity } from './auth/user.entity';
import { UsersController } from './auth/users.controller';
import { UsersService } from './auth/users.service';
import { Clock } from './clock';
import { DiskFileStorage, FileStorage } from './storage/file-storage';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import type { MigrationList } from './database/database.options';
import { HealthController } from './health/health.controller';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { Housekeeping } from './housekeeping';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';

@Global()
@Module({})
class ConfigHolderModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: ConfigHolderModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

export interface CoreModuleOptions {
  config: AppConfig;
  /** Every domain's migrations; run at start-up under an advisory lock. */
  migrations: MigrationList;
  /** Tests move time with their own clock. */
  clock?: Clock;
}

/**
 * The platform every domain stands on: config, database + unit of work, auth (users, API keys, JWT,
 * the permission guard every route passes), idempotency, audit trail, health.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigHolderModule.with(options.config),
        DatabaseModule.forRoot(options.migrations),
        TypeOrmModule.forFeature([UserEntity, ApiKeyEntity, AuditEntryEntity, IdempotencyKeyEntity, LoginFailureEntity]),
        jwtModule(options.config.jwtSecret),
        DiscoveryModule,
      ],
      controllers: [HealthController, AuthController, UsersController, ApiKeysController],
      providers: [
        AuthService,
        LoginThrottle,
        UsersService,
        ApiKeysService,
        AuditService,
        IdempotencyInterceptor,
        Housekeeping,
        RouteAccessAudit,
        options.clock ? { provide: Clock, useValue: options.clock } : Clock,
        { provide: FileStorage, useClass: DiskFileStorage },
        { provide: APP_GUARD, useClass: PermissionGuard },
      ],
      exports: [DatabaseModule, AuditService, IdempotencyInterceptor, RouteAccessAudit, AuthService, Clock, FileStorage],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureFirstAdmin(this.config.adminEmail, this.config.adminPassword);
  }
}
