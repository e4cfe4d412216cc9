import { CreateCustomersAndGroups1795382097081 } from './1795382097081-CreateCustomersAndGroups';
import { AddCustomerVisits1795383876935 } from './1795383876935-AddCustomerVisits';

/** The customer domain's migrations (customers, customer groups, search indexes, visits). Append only. */
export const customerMigrations = [CreateCustomersAndGroups1795382097081, AddCustomerVisits1795383876935];
