import { CreateCoreTables1795381512931 } from './1795381512931-CreateCoreTables';
import { ExpireIdempotencyKeys1795396449060 } from './1795396449060-ExpireIdempotencyKeys';

/** The core's migrations (users, API keys, idempotency keys, audit trail). Append only. */
export const coreMigrations = [CreateCoreTables1795381512931, ExpireIdempotencyKeys1795396449060];
