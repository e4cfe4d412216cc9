import { Injectable } from '@nestjs/common';
import type { ApiKeyCreated, ApiKeyView, CreateApiKeyRequest } from '@niaga/shared/contracts';
import { randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { TransactionService } from '../database/transaction.service';
import { NotFoundError } from '../errors/domain-error';
import { ApiKeyEntity } from './api-key.entity';
import { hashApiKey } from './auth.service';
import type { Principal } from './principal';

const toView = (k: ApiKeyEntity): ApiKeyView => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  permissions: k.permissions,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApiKeyView[]> {
    const keys = await this.tx.repo(ApiKeyEntity).find({ where: { revokedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return keys.map(toView);
  }

  /** The key is `nk_<prefix>_<secret>`; only its SHA-256 is stored, the key is answered once. */
  create(actor: Principal, input: CreateApiKeyRequest): Promise<ApiKeyCreated> {
    return this.tx.run(async () => {
      const prefix = randomBytes(6).toString('base64url');
      const key = `nk_${prefix}_${randomBytes(24).toString('base64url')}`;
      const saved = await this.tx.repo(ApiKeyEntity).save({
        name: input.name,
        prefix,
        keyHash: hashApiKey(key),
        permissions: [...new Set(input.permissions)],
        createdBy: actor.kind === 'user' ? actor.id : null,
      });
      await this.audit.record(actor, {
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: saved.id,
        after: { name: saved.name, prefix, permissions: saved.permissions },
      });
      return { ...toView(saved), key };
    });
  }

  revoke(actor: Principal, id: string): Promise<void> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(ApiKeyEntity);
      const key = await repo.findOneBy({ id, revokedAt: IsNull() });
      if (!key) throw new NotFoundError('API key', id);
      await repo.update({ id }, { revokedAt: new Date() });
      await this.audit.record(actor, { action: 'api_key.revoke', entityType: 'api_key', entityId: id, before: { name: key.name } });
    });
  }
}
