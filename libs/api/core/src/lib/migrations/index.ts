import { CreateCoreTables1795381512931 } from './1795381512931-CreateCoreTables';

/** The core's migrations (users, API keys, idempotency keys, audit trail). Append only. */
export const coreMigrations = [CreateCoreTables1795381512931];
