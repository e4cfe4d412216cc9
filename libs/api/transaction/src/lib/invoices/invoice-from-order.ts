import { BusinessRuleError, ValidationFailedError } from '@niaga/api/core';
import type { CreateSalesInvoiceRequest } from '@niaga/shared/contracts';
import { money, toMoney2 } from '@niaga/shared/util';
import type { PricedLine } from '../shared/document-lines';
import type { SalesOrderLineEntity } from '../orders/sales-order.entity';

export interface OrderInvoiceLine extends PricedLine {
  salesOrderLineId: string;
}

/**
 * Which quantities of an order an invoice takes: the lines asked for, or everything not yet invoiced.
 * The invoice completing a line takes exactly what is left of the line's amount, so parts add up to the
 * order to the cent. More than a line has left → 422 INVOICE_EXCEEDS_ORDER.
 */
export function invoiceLinesFromOrder(
  orderLines: SalesOrderLineEntity[],
  requested: CreateSalesInvoiceRequest['lines'],
): { lines: OrderInvoiceLine[]; total: string } {
  const byId = new Map(orderLines.map((l) => [l.id, l]));
  const remaining = (l: SalesOrderLineEntity) => money(l.quantity).minus(l.invoicedQuantity);
  const wanted = requested
    ? requested.map((r, i) => {
        const line = r.salesOrderLineId ? byId.get(r.salesOrderLineId) : undefined;
        if (!line) throw new ValidationFailedError([{ field: `lines.${i}.salesOrderLineId`, message: 'Not a line of this sales order.' }]);
        if (r.productId && r.productId !== line.productId) {
          throw new ValidationFailedError([{ field: `lines.${i}.productId`, message: 'Differs from the sales order line.' }]);
        }
        if (r.unitPrice !== undefined) {
          throw new ValidationFailedError([{ field: `lines.${i}.unitPrice`, message: 'An invoice from a sales order uses the order’s prices.' }]);
        }
        return { line, quantity: money(r.quantity), index: i };
      })
    : orderLines.filter((l) => remaining(l).gt(0)).map((line, index) => ({ line, quantity: remaining(line), index }));
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.line.id)) throw new ValidationFailedError([{ field: `lines.${w.index}.salesOrderLineId`, message: 'Line given twice.' }]);
    seen.add(w.line.id);
    if (w.quantity.gt(remaining(w.line))) {
      throw new BusinessRuleError(
        'INVOICE_EXCEEDS_ORDER',
        `Line ${w.line.lineNo} has ${remaining(w.line).toString()} left to invoice; ${w.quantity.toString()} was asked.`,
        undefined,
        [{ field: `lines.${w.index}.quantity`, message: `At most ${remaining(w.line).toString()}.` }],
      );
    }
  }
  if (wanted.length === 0) throw new BusinessRuleError('NOTHING_TO_INVOICE', 'Everything on this sales order is already invoiced.');
  let total = money(0);
  const lines = wanted.map((w, i) => {
    const completes = w.quantity.eq(remaining(w.line));
    const amount = completes
      ? toMoney2(money(w.line.amount).minus(w.line.invoicedAmount))
      : toMoney2(w.quantity.times(w.line.unitPrice));
    total = total.plus(amount);
    return {
      lineNo: i + 1,
      salesOrderLineId: w.line.id,
      productId: w.line.productId,
      quantity: w.quantity.toString(),
      unitPrice: toMoney2(w.line.unitPrice),
      amount,
    };
  });
  return { lines, total: toMoney2(total) };
}
