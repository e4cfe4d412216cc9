import { Module } from '@nestjs/common';

/** Read-only sales reports (SPEC §6). Built in the reports issue. */
@Module({})
export class ReportingModule {}
