/** Building an Intl.DateTimeFormat costs far more than using one (it is on every credit check): one per zone. */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'date' | 'wall', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    found =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          });
    formats.set(key, found);
  }
  return found;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone, e.g. the company's Asia/Jakarta. */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = format('date', timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** YYYY-MM-DD plus a number of days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Jakarta → 420). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = format('wall', timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which a wall-clock time (HH:mm) falls on a date in a time zone (DST-aware). */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60000;
  guess = wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}
