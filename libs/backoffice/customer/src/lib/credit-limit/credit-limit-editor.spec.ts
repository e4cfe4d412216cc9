import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { I18nService } from '@niaga/backoffice/core';
import type { CustomerCreditLimit, CustomerCreditLimitInput, ProblemFieldError } from '@niaga/shared/contracts';
import { CUSTOMER_TEXTS } from '../i18n/customer-texts';
import { type } from '../../testing/render-route';
import { CreditLimitEditor } from './credit-limit-editor';

@Component({
  imports: [CreditLimitEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<niaga-credit-limit-editor [limit]="limit()" [canEdit]="canEdit()" [serverErrors]="errors()" (save)="saved.push($event)" />`,
})
class Host {
  readonly limit = signal<CustomerCreditLimit | null>({
    openDocuments: { mode: 'value', value: 10 },
    outstandingAmount: { mode: 'inherit' },
    overdue: { mode: 'inherit' },
  });
  readonly canEdit = signal(true);
  readonly errors = signal<readonly ProblemFieldError[]>([]);
  readonly saved: CustomerCreditLimitInput[] = [];
}

async function render() {
  TestBed.inject(I18nService).registerTranslations(CUSTOMER_TEXTS);
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const radio = (testId: string) => loader.getHarness(MatRadioButtonHarness.with({ selector: `[data-testid="${testId}"]` }));
  const input = (testId: string) => el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  const save = async () => {
    el.querySelector<HTMLButtonElement>('[data-testid="credit-limit-save"]')?.click();
    await fixture.whenStable();
  };
  return { fixture, el, radio, input, save, host: fixture.componentInstance };
}

describe('CreditLimitEditor', () => {
  beforeEach(() => localStorage.clear());

  it('starts from the stored limit and shows the zero-credit note', async () => {
    const { el, radio, input } = await render();
    expect(await (await radio('limit-openDocuments-value')).isChecked()).toBe(true);
    expect(input('limit-openDocuments-input')?.value).toBe('10');
    expect(await (await radio('limit-outstandingAmount-inherit')).isChecked()).toBe(true);
    expect(input('limit-outstandingAmount-input')).toBeNull();
    expect(el.querySelector('[data-testid="limit-zero-note"]')?.textContent).toContain('0 berarti kredit nol');
  });

  it('emits 0 as a value, unlimited and inherit as modes', async () => {
    const { radio, input, save, host, fixture } = await render();
    type(input('limit-openDocuments-input'), '0');
    await (await radio('limit-outstandingAmount-unlimited')).check();
    await (await radio('limit-overdue-off')).check();
    await fixture.whenStable();
    await save();
    expect(host.saved).toEqual([
      { openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'unlimited' }, overdue: { mode: 'value', value: false } },
    ]);

    await (await radio('limit-openDocuments-inherit')).check();
    await (await radio('limit-outstandingAmount-value')).check();
    await fixture.whenStable();
    type(input('limit-outstandingAmount-input'), '50000000.00');
    await (await radio('limit-overdue-inherit')).check();
    await save();
    expect(host.saved[1]).toEqual({ openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'value', value: '50000000.00' }, overdue: { mode: 'inherit' } });
  });

  it('shows the amount in Rupiah, refuses a badly written amount and emits nothing', async () => {
    const { el, radio, input, save, host, fixture } = await render();
    await (await radio('limit-outstandingAmount-value')).check();
    await fixture.whenStable();
    type(input('limit-outstandingAmount-input'), '1500000');
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="limit-outstandingAmount-preview"]')?.textContent?.trim()).toBe('= Rp 1.500.000');

    type(input('limit-outstandingAmount-input'), '1.500.000');
    await save();
    expect(host.saved).toEqual([]);
    expect(el.querySelector('mat-error')?.textContent).toContain('tanpa titik ribuan');
  });

  it('shows a field error of a refused save on its input', async () => {
    const { el, host, fixture } = await render();
    host.errors.set([{ field: 'openDocuments.value', message: 'Too big' }]);
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Too big');
  });

  it('is read-only without permission to write', async () => {
    const { el, host, fixture, radio } = await render();
    host.canEdit.set(false);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="credit-limit-save"]')).toBeNull();
    expect(await (await radio('limit-openDocuments-value')).isDisabled()).toBe(true);
  });
});
