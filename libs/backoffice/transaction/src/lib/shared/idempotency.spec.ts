import { IdempotencyKeys } from './idempotency';

describe('IdempotencyKeys', () => {
  it('keeps the key for the same body and makes a new one for another', () => {
    const keys = new IdempotencyKeys();
    const a = keys.keyFor({ x: 1 });
    expect(keys.keyFor({ x: 1 })).toBe(a);
    const b = keys.keyFor({ x: 2 });
    expect(b).not.toBe(a);
    expect(b).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});
