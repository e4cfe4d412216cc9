import { Module } from '@nestjs/common';

/** Credit settings, exposure ledger and the one credit evaluator (SPEC §2–4). Built in the credit engine issue. */
@Module({})
export class CreditLimitModule {}
