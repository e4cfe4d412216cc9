import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_TEXTS_EN } from './customer-texts.en';
import { CUSTOMER_TEXTS_ID } from './customer-texts.id';

const ID: Readonly<Record<string, string>> = CUSTOMER_TEXTS_ID;
const EN: Readonly<Record<string, string>> = CUSTOMER_TEXTS_EN;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') && !name.startsWith('customer-texts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('customer texts', () => {
  it('has the same non-empty keys and placeholders in both languages, all prefixed customers.', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ID).sort());
    for (const key of Object.keys(ID)) {
      expect(key.startsWith('customers.')).toBe(true);
      expect(ID[key].trim()).not.toBe('');
      expect(EN[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(EN[key]) }).toEqual({ key, placeholders: placeholders(ID[key]) });
    }
  });

  it('knows every customers.* key the templates and code use', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(customers\.\w+\.[\w.]+)'/g)) used.add(match[1]);
    }
    // Keys built at run time from a prefix (e.g. `customers.limit.${kind}`) are checked where they are built.
    const missing = [...used].filter((key) => !(key in ID) && !key.endsWith('.'));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });
});
