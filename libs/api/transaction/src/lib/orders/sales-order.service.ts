import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BusinessRuleError, NotFoundError, type Principal, TransactionService } from '@niaga/api/core';
import { CreditCheckService, CreditEvaluator, CreditLedger } from '@niaga/api/credit-limit';
import { CustomerService } from '@niaga/api/customer';
import type { CreateSalesOrderRequest, Page, SalesOrderQuery, SalesOrderView } from '@niaga/shared/contracts';
import { money } from '@niaga/shared/util';
import { documentCustomer } from '../shared/customer-lookup';
import { lineColumns, priceLines } from '../shared/document-lines';
import { DocumentNumberService, numberedInsert } from '../numbering/document-number.service';
import { ProductService } from '../products/product.service';
import { SalesOrderEntity, SalesOrderLineEntity } from './sales-order.entity';
import { toSalesOrderView } from './sales-order.view';

const isZero = (amount: string) => money(amount).isZero();

const INSERT_ORDER = numberedInsert(
  'sales_order_insert',
  `header AS (
    INSERT INTO sales_order (id, number, customer_id, customer_code, customer_name, group_id, status, order_date, notes, total,
      uninvoiced_amount, credit_outcome, credit_reasons, credit_override_reason, created_by)
    SELECT $3, next_number.value, $4, $5, $6, $7, 'open', $8, $9, $10, $10, $11, $12::jsonb, $13, $14 FROM next_number
    RETURNING number, created_at
  ),
  lines AS (
    INSERT INTO sales_order_line (id, sales_order_id, line_no, product_id, quantity, unit_price, amount)
    SELECT l.id, $3, l.line_no, l.product_id, l.quantity, l.unit_price, l.amount
    FROM unnest($15::uuid[], $16::int[], $17::uuid[], $18::numeric[], $19::numeric[], $20::numeric[])
      AS l(id, line_no, product_id, quantity, unit_price, amount)
  )
  SELECT number, created_at FROM header`,
);

/** Sales orders (SPEC §3, §6): creating one is credit-checked and consumes the limit; cancelling releases it. */
@Injectable()
export class SalesOrderService {
  constructor(
    private readonly tx: TransactionService,
    private readonly customers: CustomerService,
    private readonly products: ProductService,
    private readonly numbers: DocumentNumberService,
    private readonly credit: CreditCheckService,
    private readonly ledger: CreditLedger,
    private readonly evaluator: CreditEvaluator,
  ) {}

  create(principal: Principal, input: CreateSalesOrderRequest): Promise<SalesOrderView> {
    return this.tx.run(async () => {
      const customer = await documentCustomer(this.customers, input.customerId);
      const products = await this.products.byIds(input.lines.map((l) => l.productId));
      const { lines, total } = priceLines(input.lines, products);
      const decision = await this.credit.enforce(principal, { type: 'sales_order', customerId: customer.id, amount: total }, input.creditOverride);
      const order = Object.assign(new SalesOrderEntity(), {
        id: randomUUID(),
        customerId: customer.id,
        customerCode: customer.code,
        customerName: customer.name,
        groupId: customer.groupId,
        status: 'open',
        orderDate: input.orderDate ?? (await this.evaluator.today()),
        notes: input.notes?.trim() || null,
        total,
        uninvoicedAmount: total,
        creditOutcome: decision.result.outcome as 'pass' | 'warn' | 'override',
        creditReasons: decision.result.reasons,
        creditOverrideReason: decision.override?.reason ?? null,
        createdBy: `${principal.kind}:${principal.id}`,
        cancelledAt: null,
      } satisfies Omit<SalesOrderEntity, 'number' | 'createdAt' | 'lines'>);
      order.lines = lines.map((l) =>
        Object.assign(new SalesOrderLineEntity(), l, {
          id: randomUUID(),
          salesOrderId: order.id,
          invoicedQuantity: '0',
          invoicedAmount: '0.00',
          product: products.get(l.productId),
        }),
      );
      await this.ledger.apply(customer.id, { documents: isZero(total) ? 0 : 1, amount: total });
      // An override is audited with the document's number, so then the audit is the last write.
      await this.insert(order, decision.override ? 'then-more' : 'last');
      await this.credit.recordOverride(principal, decision, { type: 'sales_order', id: order.id, number: order.number, customerId: customer.id, amount: total });
      return toSalesOrderView(order);
    });
  }

  /** Number, header and lines in one statement, the unit of work's last unless more follows. */
  private async insert(order: SalesOrderEntity, position: 'last' | 'then-more'): Promise<void> {
    const values = [
      ...[order.id, order.customerId, order.customerCode, order.customerName, order.groupId, order.orderDate, order.notes, order.total],
      ...[order.creditOutcome, JSON.stringify(order.creditReasons), order.creditOverrideReason, order.createdBy],
      ...lineColumns(order.lines, ['id', 'lineNo', 'productId', 'quantity', 'unitPrice', 'amount']),
    ];
    Object.assign(order, await this.numbers.insert('SO', order.orderDate, INSERT_ORDER, values, position));
  }

  async get(id: string): Promise<SalesOrderView> {
    const order = await this.tx.repo(SalesOrderEntity).findOne({ where: { id }, relations: { lines: { product: true } } });
    if (!order) throw new NotFoundError('Sales order', id);
    return toSalesOrderView(order);
  }

  async list(query: SalesOrderQuery): Promise<Page<SalesOrderView>> {
    const qb = this.tx.repo(SalesOrderEntity).createQueryBuilder('o').orderBy('o.created_at', 'DESC').addOrderBy('o.number', 'DESC');
    if (query.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: query.customerId });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    const [orders, total] = await qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getManyAndCount();
    const lines = orders.length
      ? await this.tx.repo(SalesOrderLineEntity).find({ where: orders.map((o) => ({ salesOrderId: o.id })), relations: { product: true } })
      : [];
    for (const order of orders) order.lines = lines.filter((l) => l.salesOrderId === order.id);
    return { items: orders.map(toSalesOrderView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Cancelling releases the uninvoiced amount; what was invoiced stays with its invoices. */
  cancel(id: string): Promise<SalesOrderView> {
    return this.tx.run(async () => {
      const order = await this.tx.repo(SalesOrderEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!order) throw new NotFoundError('Sales order', id);
      if (order.status === 'cancelled') throw new BusinessRuleError('SALES_ORDER_CANCELLED', `Sales order ${order.number} is already cancelled.`);
      if (order.status === 'invoiced') {
        throw new BusinessRuleError('SALES_ORDER_INVOICED', `Sales order ${order.number} is fully invoiced; void its invoices instead.`);
      }
      await this.ledger.lock(order.customerId);
      await this.ledger.apply(order.customerId, { documents: isZero(order.uninvoicedAmount) ? 0 : -1, amount: `-${order.uninvoicedAmount}` });
      await this.tx.repo(SalesOrderEntity).update({ id }, { status: 'cancelled', uninvoicedAmount: '0', cancelledAt: new Date() });
      return this.get(id);
    });
  }
}
