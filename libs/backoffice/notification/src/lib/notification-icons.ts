import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/** Icon namespace of this library: `<mat-icon svgIcon="niaga-notification:download" />`. */
export const NOTIFICATION_ICON_NAMESPACE = 'niaga-notification';

/** Material Icons path data (Apache 2.0), inline so nothing is fetched. */
const PATHS = {
  'done-all':
    'M18 7l-1.41-1.41-6.34 6.34 1.41 1.41L18 7zm4.24-1.41L11.66 16.17 7.48 12l-1.41 1.41L11.66 19l12-12-1.42-1.41zM.41 13.41L6 19l1.41-1.41L1.83 12 .41 13.41z',
  download: 'M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z',
  play: 'M8 5v14l11-7z',
  'arrow-back': 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
  'chevron-right': 'M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
  'mark-read':
    'M21.99 8c0-.72-.37-1.35-.94-1.7L12 1 2.95 6.3C2.38 6.65 2 7.28 2 8v10c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2l-.01-10zM12 13L3.74 7.84 12 3l8.26 4.84L12 13z',
  refresh:
    'M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
} as const;

export type NotificationIconName = keyof typeof PATHS;

const registered = new WeakSet<MatIconRegistry>();

/** Registers this library's icons once per registry (the bell and the routes both call it). */
export function registerNotificationIcons(registry: MatIconRegistry, sanitizer: DomSanitizer): void {
  if (registered.has(registry)) return;
  registered.add(registry);
  for (const [name, path] of Object.entries(PATHS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor"><path d="${path}"/></svg>`;
    // Constant literals of this file, not user input.
    registry.addSvgIconLiteralInNamespace(NOTIFICATION_ICON_NAMESPACE, name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}

export function provideNotificationIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerNotificationIcons(inject(MatIconRegistry), inject(DomSanitizer)));
}
