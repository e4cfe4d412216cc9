import { Module } from '@nestjs/common';
import { CreditLimitModule } from '@niaga/api/credit-limit';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { TopProductsController } from './top-products.controller';

/** Read-only sales reports and per-customer activity figures (SPEC §6). */
@Module({
  imports: [CreditLimitModule],
  controllers: [ReportsController, TopProductsController],
  providers: [ReportsService],
})
export class ReportingModule {}
