import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiConflictResponse, ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { TransactionService } from '../database/transaction.service';
import { ConflictError, ValidationFailedError } from '../errors/domain-error';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * `Idempotency-Key` on a create endpoint. The key row, the handler's writes and the stored answer commit
 * in one transaction: a retry (even a concurrent one, which waits on the key's unique index) gets the first
 * answer and creates nothing; the same key with another body → 409 IDEMPOTENCY_KEY_REUSED. A request that
 * fails stores nothing, so it may be retried with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new ValidationFailedError(
        [{ field: 'Idempotency-Key', message: 'Must be 1–200 visible ASCII characters.' }],
        'The Idempotency-Key header is invalid.',
      );
    }
    const principalKey = request.principal ? `${request.principal.kind}:${request.principal.id}` : 'anonymous';
    const route = `${request.method} ${request.url}`.slice(0, 300);
    const requestHash = createHash('sha256').update(`${route}\n${canonicalJson(request.body)}`).digest('hex');
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    return from(
      this.tx.run(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO idempotency_key (principal_key, key, route, request_hash, status_code, response_body)
           VALUES ($1, $2, $3, $4, $5, 'null') ON CONFLICT DO NOTHING RETURNING key`,
          [principalKey, key, route, requestHash, status],
        );
        if (inserted.length === 0) {
          const first = await manager.findOneByOrFail(IdempotencyKeyEntity, { principalKey, key });
          if (first.requestHash !== requestHash) {
            throw new ConflictError(
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was already used for a different request.',
            );
          }
          return first.responseBody;
        }
        const body = await lastValueFrom(next.handle(), { defaultValue: null });
        await manager.update(IdempotencyKeyEntity, { principalKey, key }, { responseBody: body ?? null });
        return body;
      }),
    );
  }
}

/** Marks a create endpoint as accepting `Idempotency-Key`. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A retry with the same key and body returns the first result and creates nothing new. Keys are kept IDEMPOTENCY_TTL_HOURS (default 24 h), then may be used again.',
    }),
    ApiConflictResponse({ description: 'IDEMPOTENCY_KEY_REUSED: the key was used with another body.' }),
  );
