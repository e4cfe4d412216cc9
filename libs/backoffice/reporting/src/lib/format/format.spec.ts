import { formatCount, formatCountOfLimit, formatDate, formatPercent } from './format';

describe('report formatting', () => {
  it('shows utilisation as a percentage per language, and a dash without a limit', () => {
    expect(formatPercent(0.85, 'id')).toBe('85%');
    expect(formatPercent(1.125, 'id')).toBe('112,5%');
    expect(formatPercent(1.125, 'en')).toBe('112.5%');
    expect(formatPercent(null, 'id')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });

  it('groups counts and writes a count with its limit', () => {
    expect(formatCount(1234, 'id')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCountOfLimit(3, 5)).toBe('3 / 5');
    expect(formatCountOfLimit(3, null)).toBe('3');
  });

  it('writes calendar dates without a time zone shift', () => {
    expect(formatDate('2026-05-04', 'id')).toBe('4 Mei 2026');
    expect(formatDate('2026-05-04', 'en')).toBe('4 May 2026');
    expect(formatDate('', 'id')).toBe('');
    expect(formatDate('kemarin', 'id')).toBe('kemarin');
  });
});
