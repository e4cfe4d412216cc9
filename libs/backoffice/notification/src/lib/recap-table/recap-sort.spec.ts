import { recapRow } from '../testing/fixtures';
import { compareDecimals, sortRecapRows } from './recap-sort';

const rows = [
  recapRow({
    customerId: 'a',
    code: 'C-10',
    name: 'toko b',
    groupCode: 'RITEL',
    outstandingAmount: { limit: '900.00', used: '9007199254740993.01', utilization: 0.5 },
    maxUtilization: 0.5,
  }),
  recapRow({
    customerId: 'b',
    code: 'C-2',
    name: 'Toko A',
    groupCode: null,
    groupId: null,
    outstandingAmount: { limit: null, used: '9007199254740993.00', utilization: null },
    maxUtilization: null,
  }),
  recapRow({
    customerId: 'c',
    code: 'C-3',
    name: 'Toko C',
    groupCode: 'GROSIR',
    outstandingAmount: { limit: '1000.00', used: '5', utilization: 1.2 },
    maxUtilization: 1.2,
  }),
];
const order = (sorted: { customerId: string }[]) => sorted.map((r) => r.customerId).join('');

describe('sortRecapRows', () => {
  it('sorts codes and names naturally and case-insensitively', () => {
    expect(order(sortRecapRows(rows, { column: 'code', direction: 'asc' }))).toBe('bca');
    expect(order(sortRecapRows(rows, { column: 'code', direction: 'desc' }))).toBe('acb');
    expect(order(sortRecapRows(rows, { column: 'name', direction: 'asc' }))).toBe('bac');
  });

  it('sorts money exactly, beyond float precision', () => {
    expect(order(sortRecapRows(rows, { column: 'used', direction: 'asc' }))).toBe('cba');
    expect(order(sortRecapRows(rows, { column: 'used', direction: 'desc' }))).toBe('abc');
  });

  it('puts "no value" last in both directions', () => {
    expect(order(sortRecapRows(rows, { column: 'limit', direction: 'asc' }))).toBe('acb');
    expect(order(sortRecapRows(rows, { column: 'limit', direction: 'desc' }))).toBe('cab');
    expect(order(sortRecapRows(rows, { column: 'utilization', direction: 'desc' }))).toBe('cab');
    expect(order(sortRecapRows(rows, { column: 'group', direction: 'asc' }))).toBe('cab');
  });

  it('keeps the given order without a direction and never changes the input', () => {
    const input = [...rows];
    expect(order(sortRecapRows(input, { column: 'code', direction: '' }))).toBe('abc');
    sortRecapRows(input, { column: 'code', direction: 'asc' });
    expect(order(input)).toBe('abc');
  });
});

describe('compareDecimals', () => {
  it.each([
    ['1', '2', -1],
    ['10.00', '9.99', 1],
    ['1.5', '1.50', 0],
    ['-1', '1', -1],
    ['-2', '-1', -1],
    ['0.00', '-0', 0],
    ['007', '7.0', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareDecimals(a, b))).toBe(expected);
  });
});
