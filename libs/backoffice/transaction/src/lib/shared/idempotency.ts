/**
 * Idempotency keys for create requests: the same body keeps its key (a double click or a retry after a lost
 * answer creates nothing new), another body gets a new one (the API refuses a reused key with another body).
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | null = null;

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last?.body !== text) this.last = { body: text, key: newKey() };
    return this.last.key;
  }
}

function newKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues is not.
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
