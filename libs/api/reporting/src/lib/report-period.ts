import { ValidationFailedError } from '@niaga/api/core';

/** A period defaulting to the current month up to today (company dates); from ≤ to. */
export function reportPeriod(today: string, from?: string, to?: string): { from: string; to: string } {
  const period = { from: from ?? `${today.slice(0, 8)}01`, to: to ?? today };
  if (period.from > period.to) throw new ValidationFailedError([{ field: 'from', message: 'Must not be after "to".' }]);
  return period;
}
