import { Injectable } from '@nestjs/common';
import type { CreditStatus } from '@niaga/shared/contracts';

export type CreditStatusFilter = (status: CreditStatus) => Promise<{ sql: string; params: Record<string, unknown> }>;

/**
 * Extension points of the customer list for domains that build on customers (customers cannot depend on
 * them): the credit domain answers which customers are in a credit status.
 */
@Injectable()
export class CustomerListExtensions {
  private creditStatusFilter?: CreditStatusFilter;

  useCreditStatusFilter(filter: CreditStatusFilter): void {
    this.creditStatusFilter = filter;
  }

  creditStatus(status: CreditStatus): ReturnType<CreditStatusFilter> | undefined {
    return this.creditStatusFilter?.(status);
  }
}
