import { BusinessRuleError } from '@niaga/api/core';
import { money, toMoney2 } from '@niaga/shared/util';
import type { ProductEntity } from '../products/product.entity';

export interface PricedLine {
  lineNo: number;
  productId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

/** Lines as one array per column, in the order given: the parameters of an `unnest($n::type[], …)`. */
export function lineColumns<T>(lines: T[], columns: (keyof T)[]): unknown[][] {
  return columns.map((column) => lines.map((line) => line[column]));
}

/** Prices lines from the products (unit price given or the product's), amount = quantity × price, half-up to cents. */
export function priceLines(
  lines: { productId: string; quantity: string; unitPrice?: string }[],
  products: Map<string, ProductEntity>,
  field = 'lines',
): { lines: PricedLine[]; total: string } {
  const errors = lines.flatMap((line, i) => {
    const product = products.get(line.productId);
    if (!product) return [{ field: `${field}.${i}.productId`, message: 'No such product.' }];
    if (!product.active) return [{ field: `${field}.${i}.productId`, message: `Product ${product.code} is inactive.` }];
    return [];
  });
  if (errors.length) throw new BusinessRuleError('PRODUCT_NOT_AVAILABLE', 'Some lines name products that cannot be sold.', undefined, errors);
  let total = money(0);
  const priced = lines.map((line, i) => {
    const product = products.get(line.productId) as ProductEntity;
    const unitPrice = toMoney2(line.unitPrice ?? product.unitPrice);
    const amount = toMoney2(money(line.quantity).times(unitPrice));
    total = total.plus(amount);
    return { lineNo: i + 1, productId: line.productId, quantity: line.quantity, unitPrice, amount };
  });
  return { lines: priced, total: toMoney2(total) };
}
