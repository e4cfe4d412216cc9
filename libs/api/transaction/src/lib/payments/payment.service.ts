import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BusinessRuleError, NotFoundError, type Principal, TransactionService } from '@niaga/api/core';
import { CreditEvaluator, CreditLedger } from '@niaga/api/credit-limit';
import type { CreatePaymentRequest, Page, PaymentQuery, PaymentView } from '@niaga/shared/contracts';
import { money, toMoney2 } from '@niaga/shared/util';
import { SalesInvoiceEntity } from '../invoices/sales-invoice.entity';
import { DocumentNumberService, numberedInsert } from '../numbering/document-number.service';
import { PaymentEntity } from './payment.entity';

const INSERT_PAYMENT = numberedInsert(
  'payment_insert',
  `payment AS (
    INSERT INTO payment (id, number, invoice_id, invoice_number, customer_id, group_id, amount, paid_at, method, reference, created_by)
    SELECT $3, next_number.value, $4, $5, $6, $7, $8, $9, $10, $11, $12 FROM next_number
    RETURNING number, created_at
  )
  SELECT number, created_at FROM payment`,
);

const toView = (p: PaymentEntity): PaymentView => ({
  id: p.id,
  number: p.number,
  invoiceId: p.invoiceId,
  invoiceNumber: p.invoiceNumber,
  customerId: p.customerId,
  amount: toMoney2(p.amount),
  paidAt: p.paidAt,
  method: p.method,
  reference: p.reference,
  createdAt: p.createdAt.toISOString(),
});

/** Payments release the limit by the amount paid; a fully paid invoice stops being an open document. */
@Injectable()
export class PaymentService {
  constructor(
    private readonly tx: TransactionService,
    private readonly numbers: DocumentNumberService,
    private readonly ledger: CreditLedger,
    private readonly evaluator: CreditEvaluator,
  ) {}

  create(principal: Principal, input: CreatePaymentRequest): Promise<PaymentView> {
    return this.tx.run(async () => {
      const invoices = this.tx.repo(SalesInvoiceEntity);
      const invoice = await invoices.findOne({ where: { id: input.invoiceId }, lock: { mode: 'pessimistic_write' } });
      if (!invoice) {
        throw new BusinessRuleError('INVOICE_NOT_FOUND', `Invoice ${input.invoiceId} does not exist.`, undefined, [
          { field: 'invoiceId', message: 'No such invoice.' },
        ]);
      }
      if (invoice.status === 'void') throw new BusinessRuleError('INVOICE_VOID', `Invoice ${invoice.number} is void.`);
      const amount = money(input.amount);
      const outstanding = money(invoice.outstandingAmount);
      if (amount.gt(outstanding)) {
        throw new BusinessRuleError(
          'PAYMENT_EXCEEDS_OUTSTANDING',
          `Invoice ${invoice.number} has ${toMoney2(outstanding)} outstanding; ${toMoney2(amount)} was paid.`,
          { outstandingAmount: toMoney2(outstanding) },
          [{ field: 'amount', message: `At most ${toMoney2(outstanding)}.` }],
        );
      }
      await this.ledger.lock(invoice.customerId);
      const left = toMoney2(outstanding.minus(amount));
      const settled = money(left).isZero();
      await invoices.update(
        { id: invoice.id },
        { paidAmount: toMoney2(money(invoice.paidAmount).plus(amount)), outstandingAmount: left, status: settled ? 'paid' : 'partially_paid' },
      );
      await this.ledger.apply(invoice.customerId, { documents: settled ? -1 : 0, amount: toMoney2(amount.negated()) });
      await this.ledger.setReceivable(invoice.id, invoice.customerId, invoice.dueDate, left);
      const paidAt = input.paidAt ?? (await this.evaluator.today());
      const payment = Object.assign(new PaymentEntity(), {
        id: randomUUID(),
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        customerId: invoice.customerId,
        groupId: invoice.groupId,
        amount: toMoney2(amount),
        paidAt,
        method: input.method ?? null,
        reference: input.reference || null,
        createdBy: `${principal.kind}:${principal.id}`,
      } satisfies Omit<PaymentEntity, 'number' | 'createdAt'>);
      // Number and payment in one statement, the last of the unit of work: the commit is queued behind it.
      const values = [
        ...[payment.id, payment.invoiceId, payment.invoiceNumber, payment.customerId, payment.groupId, payment.amount],
        ...[paidAt, payment.method, payment.reference, payment.createdBy],
      ];
      Object.assign(payment, await this.numbers.insert('PAY', paidAt, INSERT_PAYMENT, values, 'last'));
      return toView(payment);
    });
  }

  async list(query: PaymentQuery): Promise<Page<PaymentView>> {
    const where = { ...(query.customerId ? { customerId: query.customerId } : {}), ...(query.invoiceId ? { invoiceId: query.invoiceId } : {}) };
    const [rows, total] = await this.tx.repo(PaymentEntity).findAndCount({
      where,
      order: { createdAt: 'DESC', number: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<PaymentView> {
    const payment = await this.tx.repo(PaymentEntity).findOneBy({ id });
    if (!payment) throw new NotFoundError('Payment', id);
    return toView(payment);
  }
}
