import { HttpErrorResponse } from '@angular/common/http';
import { isApiRequest } from './api-base-url';
import { isNetworkError, problemOf } from './problem';

const PROBLEM = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Email atau kata sandi salah.',
  code: 'UNAUTHENTICATED',
};

describe('problemOf', () => {
  it('reads a problem+json body, parsed or as text', () => {
    expect(problemOf(new HttpErrorResponse({ status: 401, error: PROBLEM }))?.detail).toBe(PROBLEM.detail);
    expect(problemOf(new HttpErrorResponse({ status: 401, error: JSON.stringify(PROBLEM) }))?.code).toBe('UNAUTHENTICATED');
  });

  it('gives null for anything else', () => {
    expect(problemOf(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toBeNull();
    expect(problemOf(new HttpErrorResponse({ status: 500, error: { message: 'x' } }))).toBeNull();
    expect(problemOf(new Error('x'))).toBeNull();
  });

  it('recognises a network failure', () => {
    expect(isNetworkError(new HttpErrorResponse({ status: 0 }))).toBe(true);
    expect(isNetworkError(new HttpErrorResponse({ status: 500 }))).toBe(false);
  });
});

describe('isApiRequest', () => {
  it('accepts our API on this origin only', () => {
    expect(isApiRequest('/api/v1/customers', 'http://localhost')).toBe(true);
    expect(isApiRequest('http://localhost/api/v1/customers', 'http://localhost')).toBe(true);
    expect(isApiRequest('https://other.example/api/v1/customers', 'http://localhost')).toBe(false);
    expect(isApiRequest('//other.example/api/v1', 'http://localhost')).toBe(false);
    expect(isApiRequest('/favicon.ico', 'http://localhost')).toBe(false);
    expect(isApiRequest('/apis/x', 'http://localhost')).toBe(false);
  });
});
