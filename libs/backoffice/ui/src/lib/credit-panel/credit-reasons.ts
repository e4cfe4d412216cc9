import type { CreditReason, CustomerCredit } from '@niaga/shared/contracts';
import { formatIdr } from '../money/format-idr';
import type { UiTranslate } from '../i18n/ui-translate';

/** A calendar date (YYYY-MM-DD) in the reader's words, e.g. "1 Nov 2026"; other text unchanged. */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant (ISO-8601) as local date and time. */
export function formatInstant(instant: string | null | undefined, locale: string): string {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * Why a position is over a limit, in the reader's language, with the figures of `credit` (the position the
 * reasons belong to). Unknown codes keep the API's message.
 */
export function creditReasonText(reason: CreditReason, credit: CustomerCredit | null, t: UiTranslate): string {
  if (!credit) return creditReasonShort(reason, t);
  const locale = t('creditPanel.locale');
  switch (reason.code) {
    case 'OPEN_DOCUMENTS_EXCEEDED':
      return t('creditPanel.reason.OPEN_DOCUMENTS_EXCEEDED', {
        used: credit.openDocuments.used,
        limit: credit.openDocuments.limit ?? '—',
      });
    case 'OUTSTANDING_AMOUNT_EXCEEDED':
      return t('creditPanel.reason.OUTSTANDING_AMOUNT_EXCEEDED', {
        used: formatIdr(credit.outstandingAmount.used),
        limit: formatIdr(credit.outstandingAmount.limit),
      });
    case 'OVERDUE_INVOICES':
      return t('creditPanel.reason.OVERDUE_INVOICES', {
        count: credit.overdue.overdueInvoices,
        date: formatDate(credit.overdue.oldestDueDate, locale),
        days: credit.overdue.graceDays,
      });
    default:
      return reason.message;
  }
}

/**
 * A reason without the figures behind it (e.g. as stored on a document), in the reader's language; the API's
 * message (which carries the figures of that moment, in English) is kept for unknown codes.
 */
export function creditReasonShort(reason: CreditReason, t: UiTranslate): string {
  const key = `creditPanel.reasonShort.${reason.code}`;
  const text = t(key);
  return text === key ? reason.message : text;
}
