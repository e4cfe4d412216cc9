import { addDays, dateInZone, zonedTimeToUtc } from './dates';

describe('dates', () => {
  it('takes the calendar date in the company time zone', () => {
    const instant = new Date('2026-11-22T18:30:00Z'); // 01:30 on the 23rd in Jakarta (UTC+7)
    expect(dateInZone(instant, 'Asia/Jakarta')).toBe('2026-11-23');
    expect(dateInZone(instant, 'UTC')).toBe('2026-11-22');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('zonedTimeToUtc', () => {
  it('places a wall-clock time in the company zone', () => {
    expect(zonedTimeToUtc('2026-11-23', '07:00', 'Asia/Jakarta').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(zonedTimeToUtc('2026-11-23', '00:30', 'Asia/Jakarta').toISOString()).toBe('2026-11-22T17:30:00.000Z');
    expect(zonedTimeToUtc('2026-11-23', '07:00', 'UTC').toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(zonedTimeToUtc('2026-07-01', '07:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T05:00:00.000Z');
    expect(zonedTimeToUtc('2026-12-01', '07:00', 'Europe/Berlin').toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });
});
