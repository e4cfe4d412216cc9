import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BusinessRuleError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  type Principal,
  type PreparedStatement,
  TransactionService,
} from '@niaga/api/core';
import {
  type CreateCustomerRequest,
  type CustomerQuery,
  type CustomerView,
  DEFAULT_PAYMENT_TERM_DAYS,
  type Page,
  type UpdateCustomerRequest,
} from '@niaga/shared/contracts';
import type { SelectQueryBuilder } from 'typeorm';
import { CustomerGroupEntity } from '../groups/customer-group.entity';
import { escapeLike } from '@niaga/shared/util';
import { CustomerEntity } from './customer.entity';
import { CustomerListExtensions } from './customer-list.extensions';
import { auditableCustomer, toCustomerView } from './customer.view';

export const customerCodeTaken = (code: string) =>
  new ConflictError('CUSTOMER_CODE_TAKEN', `A customer with code "${code}" already exists.`, [
    { field: 'code', message: 'This code is already used (codes are compared without regard to case).' },
  ]);

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v === '' ? null : v);

/** The customer as a sales document needs it: who it is, its group at the time, its payment terms. */
export interface DocumentParty {
  id: string;
  code: string;
  name: string;
  groupId: string | null;
  paymentTermDays: number;
}

const DOCUMENT_PARTY: PreparedStatement = {
  key: 'document_party',
  text: `SELECT id, code, name, group_id AS "groupId", payment_term_days AS "paymentTermDays" FROM customer WHERE id = $1`,
};

@Injectable()
export class CustomerService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly extensions: CustomerListExtensions,
  ) {}

  /** Customers matching the filters, ordered by code: `q` matches code or name (contains, case-insensitive). */
  filtered(query: Pick<CustomerQuery, 'q' | 'groupId'>): SelectQueryBuilder<CustomerEntity> {
    const qb = this.tx.repo(CustomerEntity).createQueryBuilder('c').leftJoinAndSelect('c.group', 'g');
    if (query.q) {
      qb.andWhere('(lower(c.code) LIKE :q OR lower(c.name) LIKE :q)', { q: `%${escapeLike(query.q.toLowerCase())}%` });
    }
    if (query.groupId) qb.andWhere('c.group_id = :groupId', { groupId: query.groupId });
    return qb.orderBy('lower(c.code)');
  }

  async list(query: CustomerQuery): Promise<Page<CustomerView>> {
    const qb = this.filtered(query);
    if (query.creditStatus) {
      const filter = await this.extensions.creditStatus(query.creditStatus);
      if (!filter) {
        throw new BusinessRuleError('CREDIT_STATUS_UNAVAILABLE', 'Filtering by credit status needs the credit module, which is not loaded.');
      }
      qb.andWhere(`c.id IN (${filter.sql})`, filter.params);
    }
    // offset/limit, not skip/take: the join is many-to-one, so rows are not multiplied.
    const [rows, total] = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toCustomerView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<CustomerView> {
    return toCustomerView(await this.load(id));
  }

  /** What a sales document copies of its customer; null when there is no such customer. Hot: prepared. */
  async documentParty(id: string): Promise<DocumentParty | null> {
    const [party] = await this.tx.prepared<DocumentParty>(DOCUMENT_PARTY, [id]);
    return party ?? null;
  }

  async load(id: string, lock = false): Promise<CustomerEntity> {
    const repo = this.tx.repo(CustomerEntity);
    const customer = lock
      ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : await repo.findOne({ where: { id }, relations: { group: true } });
    if (!customer) throw new NotFoundError('Customer', id);
    return customer;
  }

  create(actor: Principal, input: CreateCustomerRequest): Promise<CustomerView> {
    return this.tx.run(async () => {
      if (input.groupId) await this.requireGroup(input.groupId);
      const repo = this.tx.repo(CustomerEntity);
      let saved: CustomerEntity;
      try {
        saved = await repo.save(
          repo.create({
            code: input.code,
            name: input.name,
            groupId: input.groupId ?? null,
            paymentTermDays: input.paymentTermDays ?? DEFAULT_PAYMENT_TERM_DAYS,
            phone: blankToNull(input.phone) ?? null,
            email: blankToNull(input.email) ?? null,
            address: blankToNull(input.address) ?? null,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'uq_customer_code')) throw customerCodeTaken(input.code);
        throw error;
      }
      await this.audit.record(actor, { action: 'customer.create', entityType: 'customer', entityId: saved.id, after: auditableCustomer(saved) });
      return this.get(saved.id);
    });
  }

  update(actor: Principal, id: string, input: UpdateCustomerRequest): Promise<CustomerView> {
    return this.tx.run(async () => {
      const customer = await this.load(id, true);
      const before = auditableCustomer(customer);
      if (input.groupId) await this.requireGroup(input.groupId);
      if (input.code !== undefined) customer.code = input.code;
      if (input.name !== undefined) customer.name = input.name;
      if (input.groupId !== undefined) customer.groupId = input.groupId;
      if (input.paymentTermDays !== undefined) customer.paymentTermDays = input.paymentTermDays;
      if (input.phone !== undefined) customer.phone = blankToNull(input.phone) ?? null;
      if (input.email !== undefined) customer.email = blankToNull(input.email) ?? null;
      if (input.address !== undefined) customer.address = blankToNull(input.address) ?? null;
      try {
        await this.tx.repo(CustomerEntity).save(customer);
      } catch (error) {
        if (isUniqueViolation(error, 'uq_customer_code')) throw customerCodeTaken(customer.code);
        throw error;
      }
      await this.audit.record(actor, { action: 'customer.update', entityType: 'customer', entityId: id, before, after: auditableCustomer(customer) });
      return this.get(id);
    });
  }

  private async requireGroup(groupId: string): Promise<void> {
    if (!(await this.tx.repo(CustomerGroupEntity).existsBy({ id: groupId }))) {
      throw new BusinessRuleError('CUSTOMER_GROUP_NOT_FOUND', `Customer group ${groupId} does not exist.`, undefined, [
        { field: 'groupId', message: 'No such customer group.' },
      ]);
    }
  }
}
