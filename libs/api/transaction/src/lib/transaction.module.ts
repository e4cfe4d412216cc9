import { Module } from '@nestjs/common';

/** Products, sales orders, invoices and payments (SPEC §6). Built in the credit engine issue. */
@Module({})
export class TransactionModule {}
