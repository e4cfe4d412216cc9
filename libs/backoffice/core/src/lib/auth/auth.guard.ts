import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@niaga/shared/contracts';
import { AuthService } from './auth.service';
import { loginUrlTree } from './return-url';

/**
 * Signed-in users only; others go to /login?returnUrl=<where they wanted to go>.
 * Use it as canActivate and canActivateChild of the shell, so an expiry between navigations is caught.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isAuthenticated() || loginUrlTree(inject(Router), state.url);
};

/** The log-in page is for signed-out users; a signed-in user is sent home. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.isAuthenticated() || inject(Router).createUrlTree(['/']);
};

/** Users holding at least one of `permissions`; others are sent home (the nav hides such entries anyway). */
export function permissionGuard(permissions: readonly Permission[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    if (!auth.isAuthenticated()) return loginUrlTree(inject(Router), state.url);
    return auth.canAny(permissions) || inject(Router).createUrlTree(['/']);
  };
}
