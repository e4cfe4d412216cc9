import { addDays, dateInZone, zonedTimeToUtc } from '@niaga/shared/util';

export interface RecapSchedule {
  recapTime: string;
  timeZone: string;
}

/** Today's recap instant in the company zone, and whether it has passed. */
export function recapDue(now: Date, schedule: RecapSchedule): { date: string; at: Date; passed: boolean } {
  const date = dateInZone(now, schedule.timeZone);
  const at = zonedTimeToUtc(date, schedule.recapTime, schedule.timeZone);
  return { date, at, passed: now.getTime() >= at.getTime() };
}

/** The next recap instant strictly after `now`. */
export function nextRecapAt(now: Date, schedule: RecapSchedule): Date {
  const today = recapDue(now, schedule);
  if (!today.passed) return today.at;
  return zonedTimeToUtc(addDays(today.date, 1), schedule.recapTime, schedule.timeZone);
}
