import { quantitySchema, nonNegativeMoneySchema } from '@niaga/shared/contracts';
import { money, toMoney2 } from '@niaga/shared/util';
import * as z from 'zod/mini';

/** A typed decimal as the API wants it: trimmed, a lone decimal comma taken as the point ("2,5" → "2.5"). */
export function decimalText(value: unknown): string {
  const text = String(value ?? '').trim();
  return text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text;
}

export const isQuantity = (value: unknown) => z.safeParse(quantitySchema, decimalText(value)).success;
export const isMoney = (value: unknown) => z.safeParse(nonNegativeMoneySchema, decimalText(value)).success;

/**
 * A line's amount exactly as the API prices it: quantity × unit price (the price to cents first), half-up to
 * cents, in decimal arithmetic (never a JS float). Null while the quantity or price is not valid.
 */
export function lineAmount(quantity: unknown, unitPrice: unknown): string | null {
  if (!isQuantity(quantity) || !isMoney(unitPrice)) return null;
  return toMoney2(money(decimalText(quantity)).times(toMoney2(decimalText(unitPrice))));
}

/** The sum of amounts (decimal strings; nulls skipped) as a two-decimal string: 0.10 + 0.20 = "0.30". */
export function sumMoney(amounts: readonly (string | null | undefined)[]): string {
  return toMoney2(amounts.reduce((total, amount) => (amount ? total.plus(amount) : total), money(0)));
}

/** a ≤ b for decimal strings. */
export function moneyAtMost(a: string, b: string): boolean {
  return money(a).lte(money(b));
}

/** a − b for decimal quantities, exact ("5" − "2.5" = "2.5"). */
export function minusQuantity(a: string, b: string): string {
  return money(a).minus(money(b)).toString();
}

export function isPositive(decimal: string): boolean {
  return money(decimal).gt(0);
}
