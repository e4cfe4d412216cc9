import { csvLine, parseCsv } from './csv';

describe('csv', () => {
  it('parses quotes, commas, doubled quotes, line breaks in fields, CRLF and a BOM', () => {
    const text = '\ufeffcode,name,address\r\nC1,"Toko ""Maju"", Jaya","Jl. Merdeka 1\nBandung"\r\n\r\nC2,Sinar,\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'name', 'address'],
      ['C1', 'Toko "Maju", Jaya', 'Jl. Merdeka 1\nBandung'],
      ['C2', 'Sinar', ''],
    ]);
  });

  it('writes what it reads back', () => {
    const values = ['C1', 'Toko "Maju", Jaya', 'line1\nline2', '', '-2500.00'];
    expect(parseCsv(csvLine(values))).toEqual([values]);
  });

  it('neutralises formulas but not negative numbers', () => {
    expect(csvLine(['=HYPERLINK("x")', '-2500.00', '+62 812', '@SUM(A1)'])).toBe(`"'=HYPERLINK(""x"")",-2500.00,'+62 812,'@SUM(A1)\r\n`);
  });
});
