/** Smallest drawn length (in % of the track) of a bar whose value is above zero, so it stays visible. */
export const MIN_VISIBLE_PERCENT = 1;

/**
 * Bar lengths in percent of the track (0–100), proportional to the values, the largest filling the track.
 * Zero, negative and non-finite values draw nothing; a positive value never draws less than `minVisible`.
 * Display only: nothing computed here is shown as a figure.
 */
export function barPercents(values: readonly number[], minVisible = MIN_VISIBLE_PERCENT): number[] {
  const positive = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const max = Math.max(0, ...positive);
  if (max === 0) return positive.map(() => 0);
  return positive.map((v) => (v === 0 ? 0 : Math.round(Math.max(minVisible, (v / max) * 100) * 100) / 100));
}

/**
 * A money decimal string ("1500000.00") as a number, ONLY for the length of a chart bar: precision does not
 * matter there. Figures are always shown with formatIdr on the original string. Not a number → 0.
 */
export function chartLength(decimal: string | null | undefined): number {
  if (!decimal) return 0;
  const n = Number.parseFloat(decimal);
  return Number.isFinite(n) ? n : 0;
}
