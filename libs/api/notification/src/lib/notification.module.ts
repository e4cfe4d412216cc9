import { Module } from '@nestjs/common';

/** Notification center and the daily credit recap (SPEC §5). Built in the recap issue. */
@Module({})
export class NotificationModule {}
