import { BusinessRuleError, NotFoundError } from '@niaga/api/core';
import type { CustomerService } from '@niaga/api/customer';

/** The customer a new document is for; unknown → 422 naming the field. */
export async function documentCustomer(customers: CustomerService, customerId: string) {
  try {
    return await customers.load(customerId);
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new BusinessRuleError('CUSTOMER_NOT_FOUND', `Customer ${customerId} does not exist.`, undefined, [
        { field: 'customerId', message: 'No such customer.' },
      ]);
    }
    throw error;
  }
}
