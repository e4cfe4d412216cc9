import { CreateCustomersAndGroups1795382097081 } from './1795382097081-CreateCustomersAndGroups';

/** The customer domain's migrations (customers, customer groups, their search indexes). Append only. */
export const customerMigrations = [CreateCustomersAndGroups1795382097081];
