import { generatePassword, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Rahasia-123!');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('Rahasia');
    await expect(verifyPassword('Rahasia-123!', stored)).resolves.toBe(true);
    await expect(verifyPassword('rahasia-123!', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('generates 20-character passwords', () => {
    expect(generatePassword()).toMatch(/^[A-Za-z2-9]{20}$/);
  });
});
