import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  isForeignKeyViolation,
  isUniqueViolation,
  NotFoundError,
  type Principal,
  TransactionService,
} from '@niaga/api/core';
import type {
  CreateCustomerGroupRequest,
  CustomerGroupQuery,
  CustomerGroupView,
  Page,
  UpdateCustomerGroupRequest,
} from '@niaga/shared/contracts';
import { groupCreditDefaults, groupLimitColumns } from '../credit-limit/limit-columns';
import { matchCondition } from '../search';
import { CustomerGroupEntity } from './customer-group.entity';

interface GroupRow {
  id: string;
  code: string;
  name: string;
  open_documents_limit: number | null;
  outstanding_amount_limit: string | null;
  overdue_check: boolean | null;
  created_at: Date;
  updated_at: Date;
  customer_count: string;
}

const toView = (r: GroupRow): CustomerGroupView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  customerCount: Number(r.customer_count),
  creditDefaults: groupCreditDefaults({
    openDocumentsLimit: r.open_documents_limit,
    outstandingAmountLimit: r.outstanding_amount_limit,
    overdueCheck: r.overdue_check,
  }),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const SELECT_GROUP = `SELECT g.*, (SELECT count(*) FROM customer c WHERE c.group_id = g.id) AS customer_count FROM customer_group g`;

const codeTaken = (code: string) =>
  new ConflictError('CUSTOMER_GROUP_CODE_TAKEN', `A customer group with code "${code}" already exists.`, [
    { field: 'code', message: 'This Group Code is already used (codes are compared without regard to case).' },
  ]);

const auditable = (g: CustomerGroupEntity) => ({ code: g.code, name: g.name, creditDefaults: groupCreditDefaults(g) });

@Injectable()
export class CustomerGroupService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /** Search by code or name (contains / startsWith / exact, case-insensitive), ordered by code. */
  async list(query: CustomerGroupQuery): Promise<Page<CustomerGroupView>> {
    const params: unknown[] = [];
    let where = '';
    if (query.q) {
      const m = matchCondition(`g.${query.field}`, query.match, query.q, '$1');
      where = ` WHERE ${m.sql}`;
      params.push(m.value);
    }
    const [{ total }] = await this.tx.manager.query(`SELECT count(*)::int AS total FROM customer_group g${where}`, params);
    const rows: GroupRow[] = await this.tx.manager.query(
      `${SELECT_GROUP}${where} ORDER BY lower(g.code) LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<CustomerGroupView> {
    const [row]: GroupRow[] = await this.tx.manager.query(`${SELECT_GROUP} WHERE g.id = $1`, [id]);
    if (!row) throw new NotFoundError('Customer group', id);
    return toView(row);
  }

  create(actor: Principal, input: CreateCustomerGroupRequest): Promise<CustomerGroupView> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(CustomerGroupEntity);
      let saved: CustomerGroupEntity;
      try {
        saved = await repo.save(repo.create({ code: input.code, name: input.name, ...groupLimitColumns(input.creditDefaults ?? {}) }));
      } catch (error) {
        if (isUniqueViolation(error, 'uq_customer_group_code')) throw codeTaken(input.code);
        throw error;
      }
      await this.audit.record(actor, { action: 'customer_group.create', entityType: 'customer_group', entityId: saved.id, after: auditable(saved) });
      return this.get(saved.id);
    });
  }

  update(actor: Principal, id: string, input: UpdateCustomerGroupRequest): Promise<CustomerGroupView> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(CustomerGroupEntity);
      const group = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw new NotFoundError('Customer group', id);
      const before = auditable(group);
      if (input.code !== undefined) group.code = input.code;
      if (input.name !== undefined) group.name = input.name;
      if (input.creditDefaults !== undefined) Object.assign(group, groupLimitColumns(input.creditDefaults));
      try {
        await repo.save(group);
      } catch (error) {
        if (isUniqueViolation(error, 'uq_customer_group_code')) throw codeTaken(group.code);
        throw error;
      }
      const after = auditable(group);
      const defaultsChanged = JSON.stringify(before.creditDefaults) !== JSON.stringify(after.creditDefaults);
      await this.audit.record(actor, {
        action: defaultsChanged ? 'customer_group.credit_defaults.update' : 'customer_group.update',
        entityType: 'customer_group',
        entityId: id,
        before,
        after,
      });
      return this.get(id);
    });
  }

  /** Refused while customers use the group: the foreign key decides, so a customer added meanwhile still counts. */
  delete(actor: Principal, id: string): Promise<void> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(CustomerGroupEntity);
      const group = await repo.findOneBy({ id });
      if (!group) throw new NotFoundError('Customer group', id);
      try {
        await this.tx.manager.query('SAVEPOINT delete_group');
        await repo.delete({ id });
      } catch (error) {
        if (!isForeignKeyViolation(error, 'fk_customer_group')) throw error;
        await this.tx.manager.query('ROLLBACK TO SAVEPOINT delete_group');
        const [{ n }] = await this.tx.manager.query('SELECT count(*)::int AS n FROM customer WHERE group_id = $1', [id]);
        throw new ConflictError(
          'CUSTOMER_GROUP_IN_USE',
          `Customer group "${group.code}" is used by ${n} customer(s); move them to another group first.`,
          undefined,
          { customerCount: n },
        );
      }
      await this.audit.record(actor, { action: 'customer_group.delete', entityType: 'customer_group', entityId: id, before: auditable(group) });
    });
  }
}
