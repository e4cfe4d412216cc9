import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITY_TEXTS } from './activity-texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('activity texts', () => {
  it('has the same non-empty keys and placeholders in both languages', () => {
    expect(Object.keys(ACTIVITY_TEXTS.en).sort()).toEqual(Object.keys(ACTIVITY_TEXTS.id).sort());
    for (const [key, id] of Object.entries(ACTIVITY_TEXTS.id)) {
      expect(key.startsWith('customerActivity.')).toBe(true);
      expect(id.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(ACTIVITY_TEXTS.en[key]) }).toEqual({ key, placeholders: placeholders(id) });
    }
  });

  it('knows every customerActivity.* key the components use', () => {
    const used = new Set<string>();
    for (const name of readdirSync(__dirname).filter((n) => n.endsWith('.ts') && !n.endsWith('.spec.ts') && n !== 'activity-texts.ts')) {
      for (const match of readFileSync(join(__dirname, name), 'utf8').matchAll(/'(customerActivity\.[\w.]+)'/g)) used.add(match[1]);
    }
    expect([...used].filter((key) => !(key in ACTIVITY_TEXTS.id))).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });
});
