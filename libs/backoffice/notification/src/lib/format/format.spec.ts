import { formatCountOfLimit, formatDate, formatDateTime, formatUtilization } from './format';

describe('recap formatting', () => {
  it('formats a calendar date in either language, whatever the time zone', () => {
    expect(formatDate('2026-05-04', 'id')).toBe('4 Mei 2026');
    expect(formatDate('2026-05-04', 'en')).toBe('4 May 2026');
    expect(formatDate('', 'id')).toBe('');
    expect(formatDate(null, 'id')).toBe('');
    expect(formatDate('soon', 'id')).toBe('soon');
  });

  it('formats an instant with date and time', () => {
    const id = formatDateTime('2026-05-04T00:00:00Z', 'id', 'Asia/Jakarta');
    expect(id).toContain('Mei 2026');
    expect(id).toMatch(/07[.:]00/);
    expect(formatDateTime('2026-05-04T00:00:00Z', 'en', 'Asia/Jakarta')).toMatch(/4 May 2026.*07:00/);
    expect(formatDateTime('2026-05-04T00:00:00Z', 'en', 'UTC', true)).toMatch(/4 May 2026.*00:00.*UTC/);
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDateTime('nope', 'en')).toBe('nope');
  });

  it('shows a utilisation fraction as a percentage, no limit as a dash', () => {
    expect(formatUtilization(0.85, 'en')).toBe('85%');
    expect(formatUtilization(1.125, 'id')).toBe('112,5%');
    expect(formatUtilization(0.8333, 'en')).toBe('83.3%');
    expect(formatUtilization(null, 'id')).toBe('—');
    expect(formatUtilization(undefined, 'id')).toBe('—');
  });

  it('shows a count with its limit', () => {
    expect(formatCountOfLimit(3, 5)).toBe('3 / 5');
    expect(formatCountOfLimit(3, null)).toBe('3');
  });
});
