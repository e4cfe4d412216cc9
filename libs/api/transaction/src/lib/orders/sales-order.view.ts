import type { SalesOrderView } from '@niaga/shared/contracts';
import { plainDecimal, toMoney2 } from '@niaga/shared/util';
import type { SalesOrderEntity } from './sales-order.entity';

export function toSalesOrderView(o: SalesOrderEntity): SalesOrderView {
  return {
    id: o.id,
    number: o.number,
    customerId: o.customerId,
    customerCode: o.customerCode,
    customerName: o.customerName,
    groupId: o.groupId,
    status: o.status,
    orderDate: o.orderDate,
    notes: o.notes,
    lines: (o.lines ?? [])
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        id: l.id,
        lineNo: l.lineNo,
        productId: l.productId,
        productCode: l.product?.code ?? '',
        productName: l.product?.name ?? '',
        quantity: plainDecimal(l.quantity),
        unitPrice: toMoney2(l.unitPrice),
        amount: toMoney2(l.amount),
        invoicedQuantity: plainDecimal(l.invoicedQuantity),
      })),
    total: toMoney2(o.total),
    uninvoicedAmount: toMoney2(o.uninvoicedAmount),
    credit: { outcome: o.creditOutcome, reasons: o.creditReasons as SalesOrderView['credit']['reasons'] },
    createdAt: o.createdAt.toISOString(),
  };
}
