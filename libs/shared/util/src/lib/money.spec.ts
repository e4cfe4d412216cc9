import { formatRupiah, money, plainDecimal, toMoney2 } from './money';

describe('money', () => {
  it('adds exactly where floats do not (0.1 + 0.2)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toMoney2(money('0.1').plus('0.2'))).toBe('0.30');
  });

  it('formats two decimals, half-up, at any size', () => {
    expect(toMoney2('1500000')).toBe('1500000.00');
    expect(toMoney2('0.005')).toBe('0.01');
    expect(toMoney2('-2.345')).toBe('-2.35');
    expect(toMoney2('9999999999999999.99')).toBe('9999999999999999.99');
    expect(toMoney2(money('33333.33').times('3'))).toBe('99999.99');
    expect(toMoney2(money('1.5').times('2.333'))).toBe('3.50');
  });
});

describe('formatRupiah', () => {
  it('writes amounts the Indonesian way', () => {
    expect(formatRupiah('1500000.00')).toBe('Rp 1.500.000');
    expect(formatRupiah('2000000.5')).toBe('Rp 2.000.000,50');
    expect(formatRupiah('-2500')).toBe('-Rp 2.500');
    expect(formatRupiah('0.10')).toBe('Rp 0,10');
  });
});

describe('plainDecimal', () => {
  it('drops trailing fraction zeros only', () => {
    expect(plainDecimal('12.500')).toBe('12.5');
    expect(plainDecimal('10.000')).toBe('10');
    expect(plainDecimal('10')).toBe('10');
    expect(plainDecimal('100')).toBe('100');
    expect(plainDecimal('0.000')).toBe('0');
  });
});
