import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/customers?page=2', '/customers?page=2'],
    ['/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/x', '/'],
    ['javascript:alert(1)', '/'],
    ['/login', '/'],
    ['/login?returnUrl=%2Fx', '/'],
    ['/loginx', '/loginx'],
    [undefined, '/'],
    [['/a'], '/'],
  ])('%p → %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
