import { nextRecapAt, recapDue } from './recap-schedule';

describe('recap schedule in the company time zone', () => {
  const jakarta = { recapTime: '07:00', timeZone: 'Asia/Jakarta' };

  it('is due from 07:00 Jakarta (00:00 UTC) on the company date', () => {
    expect(recapDue(new Date('2026-11-22T23:59:59Z'), jakarta)).toMatchObject({ date: '2026-11-23', passed: false });
    expect(recapDue(new Date('2026-11-23T00:00:00Z'), jakarta)).toMatchObject({ date: '2026-11-23', passed: true });
  });

  it('arms the next run today before the time, tomorrow after it', () => {
    expect(nextRecapAt(new Date('2026-11-22T20:00:00Z'), jakarta).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(nextRecapAt(new Date('2026-11-23T00:00:01Z'), jakarta).toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('follows another time and zone, daylight saving included', () => {
    const berlin = { recapTime: '06:30', timeZone: 'Europe/Berlin' };
    expect(nextRecapAt(new Date('2026-03-28T12:00:00Z'), berlin).toISOString()).toBe('2026-03-29T04:30:00.000Z');
    expect(nextRecapAt(new Date('2026-10-24T12:00:00Z'), berlin).toISOString()).toBe('2026-10-25T05:30:00.000Z');
  });
});
