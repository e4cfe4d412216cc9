import { BusinessRuleError } from '@niaga/api/core';
import type { CustomerService, DocumentParty } from '@niaga/api/customer';

/** The customer a new document is for; unknown → 422 naming the field. */
export async function documentCustomer(customers: CustomerService, customerId: string): Promise<DocumentParty> {
  const party = await customers.documentParty(customerId);
  if (!party) {
    throw new BusinessRuleError('CUSTOMER_NOT_FOUND', `Customer ${customerId} does not exist.`, undefined, [
      { field: 'customerId', message: 'No such customer.' },
    ]);
  }
  return party;
}
