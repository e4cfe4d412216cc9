import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BusinessRuleError, NotFoundError, type Principal, TransactionService, ValidationFailedError } from '@niaga/api/core';
import { type CreditDecision, CreditCheckService, CreditEvaluator, CreditLedger } from '@niaga/api/credit-limit';
import { CustomerService } from '@niaga/api/customer';
import type { CreateSalesInvoiceRequest, Page, SalesInvoiceQuery, SalesInvoiceView } from '@niaga/shared/contracts';
import { addDays, money, toMoney2 } from '@niaga/shared/util';
import { DocumentNumberService, numberedInsert } from '../numbering/document-number.service';
import { SalesOrderEntity, SalesOrderLineEntity } from '../orders/sales-order.entity';
import type { ProductEntity } from '../products/product.entity';
import { ProductService } from '../products/product.service';
import { documentCustomer } from '../shared/customer-lookup';
import { lineColumns, type PricedLine, priceLines } from '../shared/document-lines';
import { invoiceLinesFromOrder } from './invoice-from-order';
import { SalesInvoiceEntity, SalesInvoiceLineEntity } from './sales-invoice.entity';
import { toSalesInvoiceView } from './sales-invoice.view';

const isZero = (amount: string) => money(amount).isZero();

const INSERT_INVOICE = numberedInsert(
  'sales_invoice_insert',
  `header AS (
    INSERT INTO sales_invoice (id, number, customer_id, customer_code, customer_name, group_id, sales_order_id, sales_order_number,
      invoice_date, due_date, total, paid_amount, outstanding_amount, status, credit_outcome, credit_reasons, credit_override_reason, created_by)
    SELECT $3, next_number.value, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $12, $13, $14, $15::jsonb, $16, $17 FROM next_number
    RETURNING number, created_at
  ),
  lines AS (
    INSERT INTO sales_invoice_line (id, sales_invoice_id, line_no, sales_order_line_id, product_id, quantity, unit_price, amount)
    SELECT l.id, $3, l.line_no, l.sales_order_line_id, l.product_id, l.quantity, l.unit_price, l.amount
    FROM unnest($18::uuid[], $19::int[], $20::uuid[], $21::uuid[], $22::numeric[], $23::numeric[], $24::numeric[])
      AS l(id, line_no, sales_order_line_id, product_id, quantity, unit_price, amount)
  )
  SELECT number, created_at FROM header`,
);

/**
 * Invoices (SPEC §3): from a sales order the invoiced part moves from the order to the invoice (never checked,
 * exposure unchanged); a direct invoice is checked like an order and consumes the limit; voiding an unpaid
 * invoice releases it.
 */
@Injectable()
export class SalesInvoiceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly customers: CustomerService,
    private readonly products: ProductService,
    private readonly numbers: DocumentNumberService,
    private readonly credit: CreditCheckService,
    private readonly ledger: CreditLedger,
    private readonly evaluator: CreditEvaluator,
  ) {}

  create(principal: Principal, input: CreateSalesInvoiceRequest): Promise<SalesInvoiceView> {
    return this.tx.run(() => (input.salesOrderId ? this.fromOrder(principal, input.salesOrderId, input) : this.direct(principal, input)));
  }

  private async fromOrder(principal: Principal, salesOrderId: string, input: CreateSalesInvoiceRequest): Promise<SalesInvoiceView> {
    if (input.creditOverride) {
      throw new ValidationFailedError([{ field: 'creditOverride', message: 'An invoice from a sales order is never credit-checked.' }]);
    }
    const order = await this.tx.repo(SalesOrderEntity).findOne({ where: { id: salesOrderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) {
      throw new BusinessRuleError('SALES_ORDER_NOT_FOUND', `Sales order ${salesOrderId} does not exist.`, undefined, [
        { field: 'salesOrderId', message: 'No such sales order.' },
      ]);
    }
    if (input.customerId && input.customerId !== order.customerId) {
      throw new ValidationFailedError([{ field: 'customerId', message: 'Differs from the sales order’s customer.' }]);
    }
    if (order.status === 'cancelled' || order.status === 'invoiced') {
      throw new BusinessRuleError('SALES_ORDER_NOT_INVOICEABLE', `Sales order ${order.number} is ${order.status}.`);
    }
    const orderLines = await this.tx.repo(SalesOrderLineEntity).find({ where: { salesOrderId }, order: { lineNo: 'ASC' } });
    const { lines, total } = invoiceLinesFromOrder(orderLines, input.lines);
    const customer = await documentCustomer(this.customers, order.customerId);
    await this.ledger.lock(order.customerId);

    for (const line of lines) {
      const orderLine = orderLines.find((l) => l.id === line.salesOrderLineId) as SalesOrderLineEntity;
      await this.tx.repo(SalesOrderLineEntity).update(
        { id: orderLine.id },
        {
          invoicedQuantity: money(orderLine.invoicedQuantity).plus(line.quantity).toString(),
          invoicedAmount: toMoney2(money(orderLine.invoicedAmount).plus(line.amount)),
        },
      );
    }
    const uninvoiced = toMoney2(money(order.uninvoicedAmount).minus(total));
    const [{ done: fullyInvoiced }] = await this.tx.manager.query(
      `SELECT bool_and(invoiced_quantity >= quantity) AS done FROM sales_order_line WHERE sales_order_id = $1`,
      [salesOrderId],
    );
    await this.tx.repo(SalesOrderEntity).update({ id: order.id }, { uninvoicedAmount: uninvoiced, status: fullyInvoiced ? 'invoiced' : 'partially_invoiced' });

    // The invoiced part moves from the order to the invoice: the amount is unchanged; the invoice is a new open
    // document, and the order stops being one when nothing is left to invoice.
    const orderClosed = !isZero(order.uninvoicedAmount) && isZero(uninvoiced);
    await this.ledger.apply(order.customerId, { documents: (isZero(total) ? 0 : 1) - (orderClosed ? 1 : 0), amount: '0' });
    return this.write(principal, {
      customer,
      salesOrder: order,
      lines,
      total,
      input,
      decision: { result: { outcome: 'not_checked', reasons: [] } },
      products: await this.products.byIds(lines.map((l) => l.productId)),
    });
  }

  private async direct(principal: Principal, input: CreateSalesInvoiceRequest): Promise<SalesInvoiceView> {
    if (!input.customerId || !input.lines) {
      throw new ValidationFailedError(
        [
          ...(!input.customerId ? [{ field: 'customerId', message: 'Required for an invoice without a sales order.' }] : []),
          ...(!input.lines ? [{ field: 'lines', message: 'Required for an invoice without a sales order.' }] : []),
        ],
        'A direct invoice needs a customer and lines.',
      );
    }
    const requested = input.lines.map((line, i) => {
      if (line.salesOrderLineId) throw new ValidationFailedError([{ field: `lines.${i}.salesOrderLineId`, message: 'Only with salesOrderId.' }]);
      if (!line.productId) throw new ValidationFailedError([{ field: `lines.${i}.productId`, message: 'Required.' }]);
      return { productId: line.productId, quantity: line.quantity, unitPrice: line.unitPrice };
    });
    const customer = await documentCustomer(this.customers, input.customerId);
    const products = await this.products.byIds(requested.map((l) => l.productId));
    const { lines, total } = priceLines(requested, products);
    const decision = await this.credit.enforce(principal, { type: 'sales_invoice', customerId: customer.id, amount: total }, input.creditOverride);
    await this.ledger.apply(customer.id, { documents: isZero(total) ? 0 : 1, amount: total });
    return this.write(principal, { customer, salesOrder: null, lines, total, input, decision, products });
  }

  private async write(
    principal: Principal,
    doc: {
      customer: { id: string; code: string; name: string; groupId: string | null; paymentTermDays: number };
      salesOrder: SalesOrderEntity | null;
      lines: (PricedLine & { salesOrderLineId?: string })[];
      total: string;
      input: CreateSalesInvoiceRequest;
      decision: Pick<CreditDecision, 'result'> & Partial<CreditDecision>;
      products: Map<string, ProductEntity>;
    },
  ): Promise<SalesInvoiceView> {
    // Read before the insert: it is the unit of work's last statement, nothing may query after it.
    const today = await this.evaluator.today();
    const invoiceDate = doc.input.invoiceDate ?? today;
    const dueDate = doc.input.dueDate ?? addDays(invoiceDate, doc.customer.paymentTermDays);
    if (dueDate < invoiceDate) throw new ValidationFailedError([{ field: 'dueDate', message: 'Cannot be before the invoice date.' }]);
    const id = randomUUID();
    await this.ledger.setReceivable(id, doc.customer.id, dueDate, doc.total);
    const invoice = Object.assign(new SalesInvoiceEntity(), {
      id,
      customerId: doc.customer.id,
      customerCode: doc.customer.code,
      customerName: doc.customer.name,
      groupId: doc.salesOrder ? doc.salesOrder.groupId : doc.customer.groupId,
      salesOrderId: doc.salesOrder?.id ?? null,
      salesOrderNumber: doc.salesOrder?.number ?? null,
      invoiceDate,
      dueDate,
      total: doc.total,
      paidAmount: '0.00',
      outstandingAmount: doc.total,
      status: isZero(doc.total) ? 'paid' : 'unpaid',
      creditOutcome: doc.decision.result.outcome,
      creditReasons: doc.decision.result.reasons,
      creditOverrideReason: doc.decision.override?.reason ?? null,
      createdBy: `${principal.kind}:${principal.id}`,
      voidedAt: null,
    } satisfies Omit<SalesInvoiceEntity, 'number' | 'createdAt' | 'lines'>);
    invoice.lines = doc.lines.map((l) =>
      Object.assign(new SalesInvoiceLineEntity(), l, {
        id: randomUUID(),
        salesOrderLineId: l.salesOrderLineId ?? null,
        salesInvoiceId: id,
        product: doc.products.get(l.productId),
      }),
    );
    // An override is audited with the invoice's number, so then the audit is the last write.
    const overridden = doc.decision.override !== undefined;
    await this.insert(invoice, overridden ? 'then-more' : 'last');
    if (overridden) {
      await this.credit.recordOverride(principal, doc.decision as CreditDecision, {
        type: 'sales_invoice',
        id,
        number: invoice.number,
        customerId: invoice.customerId,
        amount: doc.total,
      });
    }
    return toSalesInvoiceView(invoice, today);
  }

  /** Number, header and lines in one statement, the unit of work's last unless more follows. */
  private async insert(invoice: SalesInvoiceEntity, position: 'last' | 'then-more'): Promise<void> {
    const values = [
      ...[invoice.id, invoice.customerId, invoice.customerCode, invoice.customerName, invoice.groupId, invoice.salesOrderId],
      ...[invoice.salesOrderNumber, invoice.invoiceDate, invoice.dueDate, invoice.total, invoice.status, invoice.creditOutcome],
      ...[JSON.stringify(invoice.creditReasons), invoice.creditOverrideReason, invoice.createdBy],
      ...lineColumns(invoice.lines, ['id', 'lineNo', 'salesOrderLineId', 'productId', 'quantity', 'unitPrice', 'amount']),
    ];
    Object.assign(invoice, await this.numbers.insert('INV', invoice.invoiceDate, INSERT_INVOICE, values, position));
  }

  async get(id: string): Promise<SalesInvoiceView> {
    const invoice = await this.tx.repo(SalesInvoiceEntity).findOne({ where: { id }, relations: { lines: { product: true } } });
    if (!invoice) throw new NotFoundError('Invoice', id);
    return toSalesInvoiceView(invoice, await this.evaluator.today());
  }

  async list(query: SalesInvoiceQuery): Promise<Page<SalesInvoiceView>> {
    const today = await this.evaluator.today();
    const qb = this.tx.repo(SalesInvoiceEntity).createQueryBuilder('i').orderBy('i.created_at', 'DESC').addOrderBy('i.number', 'DESC');
    if (query.customerId) qb.andWhere('i.customer_id = :customerId', { customerId: query.customerId });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.overdue !== undefined) {
      qb.andWhere(
        query.overdue
          ? `i.status IN ('unpaid','partially_paid') AND i.due_date < :today`
          : `NOT (i.status IN ('unpaid','partially_paid') AND i.due_date < :today)`,
        { today },
      );
    }
    const [invoices, total] = await qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getManyAndCount();
    const lines = invoices.length
      ? await this.tx.repo(SalesInvoiceLineEntity).find({ where: invoices.map((i) => ({ salesInvoiceId: i.id })), relations: { product: true } })
      : [];
    for (const invoice of invoices) invoice.lines = lines.filter((l) => l.salesInvoiceId === invoice.id);
    return { items: invoices.map((i) => toSalesInvoiceView(i, today)), total, page: query.page, pageSize: query.pageSize };
  }

  /** Unpaid only (else 422 INVOICE_HAS_PAYMENTS); releases what the invoice held. */
  void(id: string): Promise<SalesInvoiceView> {
    return this.tx.run(async () => {
      const invoice = await this.tx.repo(SalesInvoiceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invoice) throw new NotFoundError('Invoice', id);
      if (invoice.status === 'void') throw new BusinessRuleError('INVOICE_VOID', `Invoice ${invoice.number} is already void.`);
      if (!isZero(invoice.paidAmount)) {
        throw new BusinessRuleError('INVOICE_HAS_PAYMENTS', `Invoice ${invoice.number} has payments; only an unpaid invoice can be voided.`);
      }
      await this.ledger.lock(invoice.customerId);
      await this.ledger.apply(invoice.customerId, { documents: isZero(invoice.outstandingAmount) ? 0 : -1, amount: `-${invoice.outstandingAmount}` });
      await this.ledger.setReceivable(invoice.id, invoice.customerId, invoice.dueDate, '0');
      await this.tx.repo(SalesInvoiceEntity).update({ id }, { status: 'void', outstandingAmount: '0', voidedAt: new Date() });
      return this.get(id);
    });
  }
}
