import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Routes, Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { I18nService } from '@niaga/backoffice/core';
import type { Permission } from '@niaga/shared/contracts';
import { ADMIN_PERMISSIONS, signIn } from './sign-in';

/**
 * Renders a feature's routes at `url` on a testing backend, signed in with `permissions`, in Bahasa
 * Indonesia unless told otherwise.
 */
export async function renderRoute<T>(routes: Routes, url: string, component: Type<T>, options: { permissions?: Permission[]; language?: 'id' | 'en' } = {}) {
  localStorage.clear();
  signIn(options.permissions ?? ADMIN_PERMISSIONS);
  TestBed.configureTestingModule({
    providers: [
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideRouter([{ path: 'feature', children: routes }, { path: '', children: [] }]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).setLanguage(options.language ?? 'id');
  const harness = await RouterTestingHarness.create();
  const instance = await harness.navigateByUrl(url, component);
  const http = TestBed.inject(HttpTestingController);
  const el = harness.routeNativeElement as HTMLElement;
  const loader: HarnessLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  const byTestId = <E extends Element = HTMLElement>(id: string) => harness.fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as E | null;
  const allByTestId = (id: string) => Array.from((harness.fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  return { harness, instance, http, el, loader, stable, byTestId, allByTestId, router: TestBed.inject(Router) };
}

/** Types into an input as a user would (value + input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('input not found');
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
