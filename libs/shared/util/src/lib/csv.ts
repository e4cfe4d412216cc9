/**
 * CSV (RFC 4180): comma-separated, fields quoted with " when they hold a comma, quote or line break,
 * quotes doubled inside. Both the console (export/import previews) and the API use these.
 */

/** Parses CSV text into rows of fields. Accepts CRLF or LF and a leading UTF-8 BOM; skips blank lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

/**
 * One CSV line (with CRLF). Text starting with = + - @ is prefixed with ' so that spreadsheet programs do not
 * run it as a formula (CSV injection); plain numbers such as -2500.00 are left as they are.
 */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return (
    values
      .map((value) => {
        if (value === null || value === undefined) return '';
        let text = String(value);
        if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}
