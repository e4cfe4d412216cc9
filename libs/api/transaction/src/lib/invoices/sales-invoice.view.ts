import type { SalesInvoiceView } from '@niaga/shared/contracts';
import { plainDecimal, toMoney2 } from '@niaga/shared/util';
import type { SalesInvoiceEntity } from './sales-invoice.entity';

/** `today`: the company's date; an invoice is overdue when unpaid past its due date. */
export function toSalesInvoiceView(i: SalesInvoiceEntity, today: string): SalesInvoiceView {
  return {
    id: i.id,
    number: i.number,
    customerId: i.customerId,
    customerCode: i.customerCode,
    customerName: i.customerName,
    groupId: i.groupId,
    salesOrderId: i.salesOrderId,
    salesOrderNumber: i.salesOrderNumber,
    invoiceDate: i.invoiceDate,
    dueDate: i.dueDate,
    lines: (i.lines ?? [])
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        id: l.id,
        lineNo: l.lineNo,
        salesOrderLineId: l.salesOrderLineId,
        productId: l.productId,
        productCode: l.product?.code ?? '',
        productName: l.product?.name ?? '',
        quantity: plainDecimal(l.quantity),
        unitPrice: toMoney2(l.unitPrice),
        amount: toMoney2(l.amount),
      })),
    total: toMoney2(i.total),
    paidAmount: toMoney2(i.paidAmount),
    outstandingAmount: toMoney2(i.outstandingAmount),
    status: i.status,
    overdue: (i.status === 'unpaid' || i.status === 'partially_paid') && i.dueDate < today,
    credit: { outcome: i.creditOutcome, reasons: i.creditReasons as SalesInvoiceView['credit']['reasons'] },
    createdAt: i.createdAt.toISOString(),
  };
}
