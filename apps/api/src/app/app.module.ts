import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, type Clock, CoreModule } from '@niaga/api/core';
import { CreditLimitModule, creditLimitMigrations } from '@niaga/api/credit-limit';
import { CustomerModule, customerMigrations } from '@niaga/api/customer';
import { NotificationModule, notificationMigrations } from '@niaga/api/notification';
import { ReportingModule, reportingMigrations } from '@niaga/api/reporting';
import { TransactionModule, transactionMigrations } from '@niaga/api/transaction';
import { coreMigrations } from '@niaga/api/core';

/** Every migration of every domain, in one list; TypeORM orders them by their timestamps. */
export const allMigrations = [
  ...coreMigrations,
  ...customerMigrations,
  ...creditLimitMigrations,
  ...transactionMigrations,
  ...notificationMigrations,
  ...reportingMigrations,
];

/** Wires the domain modules onto the core. Nothing else lives in the app. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, migrations: allMigrations, clock: options.clock }),
        CustomerModule,
        CreditLimitModule,
        TransactionModule,
        NotificationModule,
        ReportingModule,
      ],
    };
  }
}
