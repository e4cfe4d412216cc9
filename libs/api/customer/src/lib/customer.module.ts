import { Module } from '@nestjs/common';

/** Customers and customer groups (SPEC §1, §2 customer limits). Built in the customers issue. */
@Module({})
export class CustomerModule {}
