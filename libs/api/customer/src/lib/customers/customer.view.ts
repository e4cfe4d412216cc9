import type { CustomerView } from '@niaga/shared/contracts';
import { customerCreditLimit } from '../credit-limit/limit-columns';
import type { CustomerEntity } from './customer.entity';

export function toCustomerView(c: CustomerEntity): CustomerView {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    groupId: c.groupId,
    group: c.group ? { id: c.group.id, code: c.group.code, name: c.group.name } : null,
    paymentTermDays: c.paymentTermDays,
    phone: c.phone,
    email: c.email,
    address: c.address,
    creditLimit: customerCreditLimit(c),
    lastVisitAt: c.lastVisitAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a customer's master data. */
export const auditableCustomer = (c: CustomerEntity) => ({
  code: c.code,
  name: c.name,
  groupId: c.groupId,
  paymentTermDays: c.paymentTermDays,
  phone: c.phone,
  email: c.email,
  address: c.address,
});
