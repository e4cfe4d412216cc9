import type { SalesOrderView } from '@niaga/shared/contracts';
import { orderInvoiceLines, orderInvoiceRequestLines, orderInvoiceTotal } from './order-invoice-lines';

const line = (id: string, quantity: string, invoicedQuantity: string, unitPrice: string) => ({
  id,
  lineNo: 1,
  productId: `p-${id}`,
  productCode: `P${id}`,
  productName: `Produk ${id}`,
  quantity,
  unitPrice,
  amount: '0.00',
  invoicedQuantity,
});
const ORDER = { lines: [line('a', '5', '2', '0.10'), line('b', '1', '1', '9.99'), line('c', '2.5', '0', '0.20')] } as unknown as SalesOrderView;

describe('invoice from an order', () => {
  it('offers the lines with something left, defaulting to everything left, and omits lines when all is taken', () => {
    const lines = orderInvoiceLines(ORDER);
    expect(lines.map((l) => [l.line.id, l.remaining, l.quantity.value])).toEqual([
      ['a', '3', '3'],
      ['c', '2.5', '2.5'],
    ]);
    expect(orderInvoiceRequestLines(lines)).toEqual({ index: [0, 1] });
    expect(orderInvoiceTotal(lines, lines.map((l) => l.quantity.value))).toBe('0.80');
  });

  it('sends only the lines taken, for a part; refuses more than is left', () => {
    const lines = orderInvoiceLines(ORDER);
    lines[0].quantity.setValue('1');
    lines[1].quantity.setValue('');
    expect(orderInvoiceRequestLines(lines)).toEqual({ lines: [{ salesOrderLineId: 'a', quantity: '1' }], index: [0] });
    expect(orderInvoiceTotal(lines, ['1', ''])).toBe('0.10');
    lines[1].quantity.setValue('2.6');
    expect(lines[1].quantity.errors).toEqual({ overRemaining: true });
    lines[1].quantity.setValue('0');
    expect(lines[1].quantity.errors).toBeNull();
    lines[1].quantity.setValue('1.2345');
    expect(lines[1].quantity.errors).toEqual({ schema: true });
  });
});
