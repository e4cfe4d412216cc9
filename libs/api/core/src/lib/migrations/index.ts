import { CreateCoreTables1795381512931 } from './1795381512931-CreateCoreTables';
import { ExpireIdempotencyKeys1795396449060 } from './1795396449060-ExpireIdempotencyKeys';
import { ThrottleLogins1795396917703 } from './1795396917703-ThrottleLogins';

/** The core's migrations (users, API keys, idempotency keys, audit trail). Append only. */
export const coreMigrations = [CreateCoreTables1795381512931, ExpireIdempotencyKeys1795396449060, ThrottleLogins1795396917703];
