import { Route } from '@angular/router';
import { authGuard, guestGuard, permissionGuard } from '@niaga/backoffice/core';
import { NAV_ITEMS } from './navigation/nav.config';
import { routesFromNav } from './navigation/nav.model';

export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    loadComponent: () => import('./layout/shell').then((m) => m.Shell),
    // Home and every feature marked available in NAV_ITEMS, lazy and permission-guarded.
    children: [
      ...routesFromNav(NAV_ITEMS),
      // Notification center: entered from the toolbar bell, not from the side navigation.
      {
        path: 'notifications',
        canActivate: [permissionGuard(['notifications:read'])],
        loadChildren: () => import('@niaga/backoffice/notification').then((m) => m.notificationRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
