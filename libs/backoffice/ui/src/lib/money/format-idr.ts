const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * Formats a decimal string (as the API sends money, e.g. "1500000.00") as Indonesian Rupiah:
 * `Rp 1.500.000`, `Rp 1.500.000,50`, `-Rp 2.500`.
 *
 * Works on the digits of the string only — never through a JS number — so amounts beyond
 * 2^53 stay exact. Two decimals are shown only when they are not zero; more than two decimals
 * are rounded half-up. A value that is not a plain decimal is returned unchanged (trimmed),
 * `null`/`undefined`/empty give an empty string.
 */
export function formatIdr(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  if (text === '') return '';
  const match = DECIMAL.exec(text);
  if (!match) return text;

  const [, sign, intDigits, fraction = ''] = match;
  const [rounded, cents] = roundToCents(intDigits, fraction);
  const integer = rounded.replace(/^0+(?=\d)/, '');

  const isZero = /^0+$/.test(integer) && cents === '00';
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = cents === '00' ? grouped : `${grouped},${cents}`;
  return `${sign === '-' && !isZero ? '-' : ''}Rp ${body}`;
}

/** Rounds `integer.fraction` to two decimals, half-up, on the decimal digits. */
function roundToCents(integer: string, fraction: string): [string, string] {
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= 53; // '5'
  if (!roundUp) return [integer, cents];
  const carried = incrementDigits(integer + cents);
  return [carried.slice(0, -2) || '0', carried.slice(-2)];
}

/** Adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}
