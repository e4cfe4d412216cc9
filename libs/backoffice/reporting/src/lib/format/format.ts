import type { Language } from '@niaga/backoffice/core';

const LOCALES: Readonly<Record<Language, string>> = { id: 'id-ID', en: 'en-GB' };

/** A utilisation fraction (0.85) as a percentage (`85%`, `112,5%`); null (no limit of that kind) → `—`. */
export function formatPercent(fraction: number | null | undefined, language: Language): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** A whole count with the language's thousands separator: `1.234` / `1,234`. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** A count with its limit: `3 / 5`, or `3` when there is no limit of that kind. */
export function formatCountOfLimit(used: number, limit: number | null): string {
  return limit === null ? String(used) : `${used} / ${limit}`;
}

/** `2026-05-04` (a calendar date, no time zone) → `4 Mei 2026` / `4 May 2026`; anything else unchanged. */
export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}
