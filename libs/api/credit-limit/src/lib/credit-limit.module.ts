import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomerListExtensions, CustomerModule } from '@niaga/api/customer';
import { CreditController } from './check/credit.controller';
import { CreditCheckService } from './check/credit-check.service';
import { CreditEvaluator } from './evaluation/credit-evaluator';
import { CreditReceivableEntity } from './exposure/credit-receivable.entity';
import { CreditLedger } from './exposure/credit-ledger.service';
import { CustomerExposureEntity } from './exposure/customer-exposure.entity';
import { CreditSettingsController } from './settings/credit-settings.controller';
import { CreditSettingsEntity } from './settings/credit-settings.entity';
import { CreditSettingsService } from './settings/credit-settings.service';

/** Credit settings, the exposure ledger and the one credit evaluator (SPEC §2–4). */
@Module({
  imports: [CustomerModule, TypeOrmModule.forFeature([CreditSettingsEntity, CustomerExposureEntity, CreditReceivableEntity])],
  controllers: [CreditSettingsController, CreditController],
  providers: [CreditSettingsService, CreditEvaluator, CreditLedger, CreditCheckService],
  exports: [CreditSettingsService, CreditEvaluator, CreditLedger, CreditCheckService],
})
export class CreditLimitModule implements OnModuleInit {
  constructor(
    private readonly evaluator: CreditEvaluator,
    private readonly customerList: CustomerListExtensions,
  ) {}

  /** The customer list's `creditStatus` filter is answered by the evaluator. */
  onModuleInit(): void {
    this.customerList.useCreditStatusFilter((status) => this.evaluator.statusFilter(status));
  }
}
