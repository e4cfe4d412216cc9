import { decimalText, lineAmount, minusQuantity, moneyAtMost, sumMoney } from './money';

describe('document money', () => {
  it('adds exactly: 0.10 + 0.20 = "0.30"', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney([lineAmount('1', '0.10'), lineAmount('1', '0.20')])).toBe('0.30');
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['0.10', null, '0.20'])).toBe('0.30');
  });

  it('prices a line like the API: quantity × price, half-up to cents', () => {
    expect(lineAmount('2', '1500000')).toBe('3000000.00');
    expect(lineAmount('1.5', '2.333')).toBeNull(); // a price has at most 2 decimals
    expect(lineAmount('1.5', '2.33')).toBe('3.50'); // 3.495 → 3.50
    expect(lineAmount('3', '33333.33')).toBe('99999.99');
    expect(lineAmount('2,5', '1000')).toBe('2500.00');
    expect(lineAmount('0', '1000')).toBeNull();
    expect(lineAmount('', '1000')).toBeNull();
    expect(lineAmount('1', 'abc')).toBeNull();
  });

  it('stays exact beyond float precision', () => {
    expect(sumMoney(['9007199254740993.01', '0.01'])).toBe('9007199254740993.02');
    expect(lineAmount('1000', '9999999999999.99')).toBe('9999999999999990.00');
  });

  it('compares and subtracts decimals', () => {
    expect(moneyAtMost('100.00', '100')).toBe(true);
    expect(moneyAtMost('100.01', '100')).toBe(false);
    expect(minusQuantity('5', '2.5')).toBe('2.5');
    expect(decimalText(' 1,5 ')).toBe('1.5');
    expect(decimalText('1.500,5')).toBe('1.500,5');
  });
});
