import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/** Icon namespace of this library: `<mat-icon svgIcon="niaga-reporting:download" />`. */
export const REPORTING_ICON_NAMESPACE = 'niaga-reporting';

/** Material Icons path data (Apache 2.0), inline so nothing is fetched. */
const PATHS = {
  download: 'M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z',
} as const;

const registered = new WeakSet<MatIconRegistry>();

/** Registers this library's icons once per registry. */
export function registerReportingIcons(registry: MatIconRegistry, sanitizer: DomSanitizer): void {
  if (registered.has(registry)) return;
  registered.add(registry);
  for (const [name, path] of Object.entries(PATHS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor"><path d="${path}"/></svg>`;
    // Constant literals of this file, not user input.
    registry.addSvgIconLiteralInNamespace(REPORTING_ICON_NAMESPACE, name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}

export function provideReportingIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerReportingIcons(inject(MatIconRegistry), inject(DomSanitizer)));
}
