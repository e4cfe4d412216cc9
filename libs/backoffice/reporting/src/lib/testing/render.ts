import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideRouter } from '@angular/router';
import { I18nService } from '@niaga/backoffice/core';
import type { Permission } from '@niaga/shared/contracts';
import { FileSaver } from '@niaga/backoffice/ui';
import { ReportPaginatorIntl } from '../report-paginator-intl';
import { provideReportingIcons } from '../reporting-icons';
import { REPORTING_TEXTS } from '../reporting.texts';
import { GROUPS, signIn } from './fixtures';

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Renders a report page as the routes would (texts, icons, paginator), signed in, with a fake FileSaver. */
export async function renderPage<T>(component: Type<T>, url: string, permissions?: Permission[]) {
  signIn(permissions);
  const saver = { save: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideReportingIcons(),
      { provide: MatPaginatorIntl, useClass: ReportPaginatorIntl },
      { provide: FileSaver, useValue: saver },
    ],
  });
  TestBed.inject(I18nService).registerTranslations(REPORTING_TEXTS);
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const el = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const expectReport = (): TestRequest => http.expectOne((r) => r.url === url && r.params.get('format') === null);
  const expectCsv = (): TestRequest => http.expectOne((r) => r.url === url && r.params.get('format') === 'csv');
  const flushGroups = () => http.expectOne((r) => r.url === '/api/v1/customer-groups').flush(GROUPS);
  const click = async (selector: string) => {
    el.querySelector<HTMLElement>(selector)?.click();
    await stable();
  };
  /** Opens a mat-select and picks an option (rendered in the overlay). */
  const choose = async (selectTestId: string, optionTestId: string) => {
    el.querySelector<HTMLElement>(`[data-testid="${selectTestId}"]`)?.click();
    await stable();
    document.querySelector<HTMLElement>(`[data-testid="${optionTestId}"]`)?.click();
    await stable();
  };
  /** Types a date into a date input and fires its change event. */
  const setDate = async (testId: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no input ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('change'));
    await stable();
  };
  return { fixture, http, el, stable, saver, expectReport, expectCsv, flushGroups, click, choose, setDate };
}
