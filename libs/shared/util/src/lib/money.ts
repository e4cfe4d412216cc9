import Decimal from 'decimal.js';

/** Exact decimal arithmetic for money (IDR, 2 decimals), rounding half-up as the books do. Never a JS float. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Money = Decimal;

export function money(value: string | number | Decimal): Decimal {
  return new Money(value);
}

/** A two-decimal string ("1500000" → "1500000.00", "0.1" → "0.10"), rounded half-up, computed exactly. */
export function toMoney2(value: string | Decimal): string {
  const rounded = new Money(value).toDecimalPlaces(2);
  const [whole, fraction = ''] = rounded.toString().split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** Indonesian display of an amount: "1500000.00" → "Rp 1.500.000", "2000000.5" → "Rp 2.000.000,50". */
export function formatRupiah(value: string | Decimal): string {
  const [whole, fraction] = toMoney2(value).split('.');
  const negative = whole.startsWith('-');
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp ${digits}${fraction === '00' ? '' : `,${fraction}`}`;
}

/** A decimal without trailing fraction zeros ("12.500" → "12.5", "10.000" → "10", "10" → "10"), e.g. quantities. */
export function plainDecimal(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/0+$/, '').replace(/\.$/, '');
}
