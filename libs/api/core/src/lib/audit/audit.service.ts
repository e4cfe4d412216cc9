import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { TransactionService } from '../database/transaction.service';
import { AuditEntryEntity } from './audit-entry.entity';

const asJson = (value: unknown): object | null => (value === undefined || value === null ? null : (value as object));

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

export interface AuditView {
  id: string;
  occurredAt: string;
  actor: { type: string; id: string | null; name: string; channel: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  details: unknown;
}

/** Writes the audit trail in the caller's transaction: the change and its record commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly tx: TransactionService) {}

  async record(actor: Principal | 'system', entry: AuditRecord): Promise<void> {
    await this.tx.repo(AuditEntryEntity).insert({
      actorType: actor === 'system' ? 'system' : actor.kind,
      actorId: actor === 'system' ? null : actor.id,
      actorName: actor === 'system' ? 'system' : actor.name,
      channel: actor === 'system' ? 'system' : actor.channel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: asJson(entry.before),
      after: asJson(entry.after),
      details: asJson(entry.details),
    });
  }

  /** The trail of one entity, newest first. */
  async history(entityType: string, entityId: string, limit = 100): Promise<AuditView[]> {
    const rows = await this.tx.repo(AuditEntryEntity).find({
      where: { entityType, entityId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      actor: { type: r.actorType, id: r.actorId, name: r.actorName, channel: r.channel },
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      details: r.details,
    }));
  }
}
