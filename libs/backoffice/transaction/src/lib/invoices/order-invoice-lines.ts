import { type AbstractControl, FormControl, type ValidationErrors } from '@angular/forms';
import type { SalesOrderLineView, SalesOrderView } from '@niaga/shared/contracts';
import { decimalText, isPositive, isQuantity, lineAmount, minusQuantity, moneyAtMost, sumMoney } from '../shared/money';

/** A line of the order being invoiced: what is left, and how much of it this invoice takes. */
export interface OrderInvoiceLine {
  line: SalesOrderLineView;
  remaining: string;
  quantity: FormControl<string>;
}

/** Empty or 0 = not on this invoice; otherwise a valid quantity no larger than what is left. */
function quantityWithin(remaining: string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = decimalText(control.value);
    if (text === '' || /^0+(\.0+)?$/.test(text)) return null;
    if (!isQuantity(text)) return { schema: true };
    return moneyAtMost(text, remaining) ? null : { overRemaining: true };
  };
}

/** The order's lines with something left to invoice, each defaulting to everything left. */
export function orderInvoiceLines(order: SalesOrderView): OrderInvoiceLine[] {
  return order.lines
    .map((line) => ({ line, remaining: minusQuantity(line.quantity, line.invoicedQuantity) }))
    .filter((l) => isPositive(l.remaining))
    .map(({ line, remaining }) => ({ line, remaining, quantity: new FormControl(remaining, { nonNullable: true, validators: quantityWithin(remaining) }) }));
}

const taken = (l: OrderInvoiceLine) => {
  const text = decimalText(l.quantity.value);
  return text !== '' && isQuantity(text);
};

/** The invoice total (estimate at the order's prices; the API takes the exact remainder on a completing line). */
export function orderInvoiceTotal(lines: readonly OrderInvoiceLine[], values: readonly string[]): string {
  return sumMoney(lines.map((l, i) => (isQuantity(values[i]) ? lineAmount(values[i], l.line.unitPrice) : null)));
}

/**
 * The `lines` of the request: omitted when every line takes everything left (the API then invoices the rest),
 * else the lines with a quantity. `index` maps request positions back to `lines` (for field errors).
 */
export function orderInvoiceRequestLines(lines: readonly OrderInvoiceLine[]): {
  lines?: { salesOrderLineId: string; quantity: string }[];
  index: number[];
} {
  const all = lines.every((l) => taken(l) && decimalText(l.quantity.value) === l.remaining);
  const index = lines.map((l, i) => (taken(l) ? i : -1)).filter((i) => i >= 0);
  if (all) return { index };
  return { lines: index.map((i) => ({ salesOrderLineId: lines[i].line.id, quantity: decimalText(lines[i].quantity.value) })), index };
}
