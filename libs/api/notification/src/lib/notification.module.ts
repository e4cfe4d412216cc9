import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreditLimitModule } from '@niaga/api/credit-limit';
import { NotificationController } from './notifications/notification.controller';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationService } from './notifications/notification.service';
import { CreditRecapController } from './recap/credit-recap.controller';
import { CreditRecapEntity, CreditRecapRowEntity } from './recap/credit-recap.entity';
import { CreditRecapService } from './recap/credit-recap.service';
import { RecapScheduler } from './recap/recap.scheduler';

/** Notification center and the daily credit recap (SPEC §5). */
@Module({
  imports: [ScheduleModule.forRoot(), CreditLimitModule, TypeOrmModule.forFeature([NotificationEntity, CreditRecapEntity, CreditRecapRowEntity])],
  controllers: [NotificationController, CreditRecapController],
  providers: [NotificationService, CreditRecapService, RecapScheduler],
  exports: [CreditRecapService, RecapScheduler],
})
export class NotificationModule {}
