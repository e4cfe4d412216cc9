import { Injectable, Logger } from '@nestjs/common';
import {
  type CreateUserRequest,
  type Page,
  type PageQuery,
  permissionsOfRoles,
  type UpdateUserRequest,
  type UserView,
} from '@niaga/shared/contracts';
import { AuditService } from '../audit/audit.service';
import { TransactionService } from '../database/transaction.service';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { generatePassword, hashPassword } from './password';
import type { Principal } from './principal';
import { UserEntity } from './user.entity';

const FIRST_ADMIN_LOCK = 727_002;

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    permissions: permissionsOfRoles(user.roles),
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

const auditable = (u: UserEntity) => ({ email: u.email, name: u.name, roles: u.roles, active: u.active });

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(query: PageQuery): Promise<Page<UserView>> {
    const [rows, total] = await this.tx.repo(UserEntity).findAndCount({
      order: { email: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toUserView), total, page: query.page, pageSize: query.pageSize };
  }

  create(actor: Principal, input: CreateUserRequest): Promise<UserView> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(UserEntity);
      const passwordHash = await hashPassword(input.password);
      const rows: { id: string }[] = await this.tx.manager.query(
        `INSERT INTO app_user (email, name, password_hash, roles) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [input.email, input.name, passwordHash, [...new Set(input.roles)]],
      );
      if (!rows.length) {
        throw new ConflictError('USER_EMAIL_TAKEN', `A user with e-mail ${input.email} already exists.`, [
          { field: 'email', message: 'This e-mail is already used.' },
        ]);
      }
      const user = await repo.findOneByOrFail({ id: rows[0].id });
      await this.audit.record(actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: auditable(user) });
      return toUserView(user);
    });
  }

  update(actor: Principal, id: string, input: UpdateUserRequest): Promise<UserView> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(UserEntity);
      const user = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User', id);
      const before = auditable(user);
      if (input.name !== undefined) user.name = input.name;
      if (input.roles !== undefined) user.roles = [...new Set(input.roles)];
      if (input.active !== undefined) user.active = input.active;
      if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
      const saved = await repo.save(user);
      await this.audit.record(actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before,
        after: auditable(saved),
        details: input.password !== undefined ? { passwordChanged: true } : undefined,
      });
      return toUserView(saved);
    });
  }

  /**
   * First start with no users: an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password
   * printed once. Under an advisory lock so that instances starting together create one admin.
   */
  ensureFirstAdmin(email: string, password: string | undefined): Promise<void> {
    return this.tx.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      if ((await manager.count(UserEntity)) > 0) return;
      const secret = password ?? generatePassword();
      const user = await manager.save(
        manager.create(UserEntity, { email, name: 'Administrator', passwordHash: await hashPassword(secret), roles: ['admin'] }),
      );
      await this.audit.record('system', { action: 'user.create', entityType: 'user', entityId: user.id, after: auditable(user) });
      if (password) {
        this.logger.log(`created the first admin ${email} with the password from ADMIN_PASSWORD`);
      } else {
        // Printed once, on purpose: there is no other way to learn it.
        process.stdout.write(
          `\n  First admin created: ${email}\n  Password (shown once, change it after log-in): ${secret}\n\n`,
        );
      }
    });
  }
}
