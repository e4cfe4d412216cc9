import { barPercents, chartLength } from './bar-scale';

describe('barPercents', () => {
  it('makes lengths proportional to the values, the largest filling the track', () => {
    expect(barPercents([50, 100, 25, 0])).toEqual([50, 100, 25, 0]);
    expect(barPercents([3, 1])).toEqual([100, 33.33]);
  });

  it('draws nothing for no values, zeros, negatives and non-numbers', () => {
    expect(barPercents([])).toEqual([]);
    expect(barPercents([0, 0, 0])).toEqual([0, 0, 0]);
    expect(barPercents([-5, Number.NaN, Number.POSITIVE_INFINITY, 10])).toEqual([0, 0, 0, 100]);
  });

  it('keeps a tiny positive value visible', () => {
    expect(barPercents([1, 10_000])).toEqual([1, 100]);
    expect(barPercents([1, 10_000], 0)).toEqual([0.01, 100]);
  });
});

describe('chartLength', () => {
  it('reads a money string for a bar length only', () => {
    expect(chartLength('1500000.00')).toBe(1_500_000);
    expect(chartLength('0.00')).toBe(0);
    expect(chartLength('')).toBe(0);
    expect(chartLength(null)).toBe(0);
    expect(chartLength('x')).toBe(0);
  });
});
