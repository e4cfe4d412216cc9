import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideTranslations } from '@niaga/backoffice/core';
import { NotificationPaginatorIntl } from './notification-paginator-intl';
import { provideNotificationIcons } from './notification-icons';
import { NOTIFICATION_TEXTS } from './notification.texts';

/**
 * Mount under `notifications` (guarded by notifications:read in the app):
 * `''` the list, `recaps/:id` a recap. Each page is its own lazy chunk. The recap page takes its id as an
 * input, so the app's router needs `withComponentInputBinding()` (the console has it).
 */
export const notificationRoutes: Routes = [
  {
    path: '',
    providers: [
      provideTranslations(NOTIFICATION_TEXTS),
      provideNotificationIcons(),
      { provide: MatPaginatorIntl, useClass: NotificationPaginatorIntl },
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./pages/notifications-page/notifications-page').then((m) => m.NotificationsPage),
      },
      {
        path: 'recaps/:id',
        loadComponent: () => import('./pages/recap-detail/recap-detail-page').then((m) => m.RecapDetailPage),
      },
    ],
  },
];
