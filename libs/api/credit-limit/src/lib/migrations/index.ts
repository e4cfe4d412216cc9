import { CreateCreditLedger1795382725079 } from './1795382725079-CreateCreditLedger';

/** The credit domain's migrations (settings, exposure ledger, receivables). Append only. */
export const creditLimitMigrations = [CreateCreditLedger1795382725079];
