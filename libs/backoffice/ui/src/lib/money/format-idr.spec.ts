import { formatIdr } from './format-idr';
import { IdrPipe } from './idr.pipe';

describe('formatIdr', () => {
  it.each([
    ['1500000.00', 'Rp 1.500.000'],
    ['0.10', 'Rp 0,10'],
    ['-2500.00', '-Rp 2.500'],
    ['1500000.50', 'Rp 1.500.000,50'],
    ['1500000.5', 'Rp 1.500.000,50'],
    ['1000', 'Rp 1.000'],
    ['999', 'Rp 999'],
    ['0', 'Rp 0'],
    ['0.00', 'Rp 0'],
    ['-0.00', 'Rp 0'],
    ['007.00', 'Rp 7'],
    ['+5.25', 'Rp 5,25'],
    ['  7.00 ', 'Rp 7'],
    ['12.', 'Rp 12'],
  ])('formats %p as %p', (input, expected) => {
    expect(formatIdr(input)).toBe(expected);
  });

  it('keeps amounts beyond float precision exact', () => {
    expect(formatIdr('999999999999999999.99')).toBe('Rp 999.999.999.999.999.999,99');
    expect(formatIdr('9007199254740993.01')).toBe('Rp 9.007.199.254.740.993,01');
  });

  it('rounds more than two decimals half-up on the digits', () => {
    expect(formatIdr('12.345')).toBe('Rp 12,35');
    expect(formatIdr('12.344')).toBe('Rp 12,34');
    expect(formatIdr('99.995')).toBe('Rp 100');
    expect(formatIdr('-0.004')).toBe('Rp 0');
    expect(formatIdr('-1.005')).toBe('-Rp 1,01');
  });

  it('returns an empty string for no value and leaves non-decimals unchanged', () => {
    expect(formatIdr(null)).toBe('');
    expect(formatIdr(undefined)).toBe('');
    expect(formatIdr('')).toBe('');
    expect(formatIdr('abc')).toBe('abc');
    expect(formatIdr('1e5')).toBe('1e5');
    expect(formatIdr('1,5')).toBe('1,5');
  });

  it('is available as the idr pipe', () => {
    expect(new IdrPipe().transform('1500000.00')).toBe('Rp 1.500.000');
  });
});
