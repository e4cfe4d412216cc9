import { Injectable } from '@nestjs/common';
import { AuditService, NotFoundError, type Principal, TransactionService } from '@niaga/api/core';
import type { BulkCustomerCreditLimitRequest, CustomerCreditLimitInput, CustomerView } from '@niaga/shared/contracts';
import { In } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';
import { CustomerService } from '../customers/customer.service';
import { customerCreditLimit, customerLimitColumns } from './limit-columns';

/** The customer-specific limit (SPEC §2): set one customer, or many at once; every change audited. */
@Injectable()
export class CustomerCreditLimitService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly customers: CustomerService,
  ) {}

  set(actor: Principal, id: string, input: CustomerCreditLimitInput): Promise<CustomerView> {
    return this.tx.run(async () => {
      const customer = await this.customers.load(id, true);
      await this.apply(actor, customer, input, 'customer.credit_limit.update');
      return this.customers.get(id);
    });
  }

  /** All or nothing: an unknown id refuses the whole request. Rows are locked in id order (no deadlocks). */
  bulkSet(actor: Principal, input: BulkCustomerCreditLimitRequest): Promise<{ updated: number }> {
    return this.tx.run(async () => {
      const ids = [...new Set(input.customerIds)].sort();
      const rows = await this.tx
        .repo(CustomerEntity)
        .createQueryBuilder('c')
        .where({ id: In(ids) })
        .orderBy('c.id')
        .setLock('pessimistic_write')
        .getMany();
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) throw new NotFoundError('Customers', missing.join(', '));
      for (const customer of rows) await this.apply(actor, customer, input.limit, 'customer.credit_limit.bulk_update');
      return { updated: rows.length };
    });
  }

  private async apply(actor: Principal, customer: CustomerEntity, input: CustomerCreditLimitInput, action: string): Promise<void> {
    const before = customerCreditLimit(customer);
    const columns = customerLimitColumns(input);
    await this.tx.repo(CustomerEntity).update({ id: customer.id }, columns);
    await this.audit.record(actor, {
      action,
      entityType: 'customer',
      entityId: customer.id,
      before: { creditLimit: before },
      after: { creditLimit: customerCreditLimit(columns) },
    });
  }
}
