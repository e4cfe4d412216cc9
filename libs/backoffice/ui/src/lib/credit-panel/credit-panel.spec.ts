import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CustomerCredit } from '@niaga/shared/contracts';
import { NIAGA_UI_TRANSLATE } from '../i18n/ui-translate';
import { CreditPanelComponent } from './credit-panel';
import { creditReasonShort, creditReasonText } from './credit-reasons';

function creditFixture(overrides: Partial<CustomerCredit> = {}): CustomerCredit {
  return {
    customerId: '11111111-1111-4111-8111-111111111111',
    status: 'warning',
    blocked: false,
    enforcementMode: 'blocking',
    warningThresholdPercent: 80,
    openDocuments: { limit: 10, source: 'group', used: 3, remaining: 7, utilization: 0.3 },
    outstandingAmount: { limit: '50000000.00', source: 'customer', used: '42000000.00', remaining: '8000000.00', utilization: 0.84 },
    overdue: { enabled: true, source: 'default', graceDays: 7, overdueInvoices: 0, oldestDueDate: null },
    reasons: [],
    calculatedAt: '2026-11-20T03:04:05.000Z',
    ...overrides,
  };
}

const OVER: CustomerCredit = creditFixture({
  status: 'overlimit',
  blocked: true,
  outstandingAmount: { limit: '1000000.00', source: 'default', used: '1500000.50', remaining: '-500000.50', utilization: 1.5 },
  overdue: { enabled: true, source: 'customer', graceDays: 3, overdueInvoices: 2, oldestDueDate: '2026-11-01' },
  reasons: [
    { code: 'OUTSTANDING_AMOUNT_EXCEEDED', message: 'Outstanding Rp 1.500.000,50 exceeds the limit of Rp 1.000.000.' },
    { code: 'OVERDUE_INVOICES', message: '2 invoice(s) overdue.' },
  ],
});

@Component({
  imports: [CreditPanelComponent],
  template: `<niaga-credit-panel [credit]="credit()" [loading]="loading()" [projected]="projected()" (refresh)="refreshed = refreshed + 1" />`,
})
class Host {
  readonly credit = signal<CustomerCredit | null>(creditFixture());
  readonly loading = signal(false);
  readonly projected = signal(false);
  refreshed = 0;
}

async function render(credit: CustomerCredit | null = creditFixture()) {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.credit.set(credit);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const text = (id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
  return { fixture, el, text, host: fixture.componentInstance };
}

describe('CreditPanelComponent', () => {
  beforeEach(() => (document.documentElement.lang = 'id'));

  it('shows the status badge, each limit with its source, used, remaining and utilisation', async () => {
    const { el, text } = await render();
    expect(text('credit-status')).toBe('Warning');
    expect(el.querySelector('[data-testid="credit-status"]')?.className).toContain('status-warning');
    expect(text('credit-oa-limit')).toBe('Rp 50.000.000');
    expect(text('credit-oa-source')).toBe('dari pelanggan');
    expect(text('credit-oa-used')).toBe('Rp 42.000.000');
    expect(text('credit-oa-remaining')).toBe('Rp 8.000.000');
    expect(text('credit-oa-utilization')).toMatch(/84\s?%/);
    expect(el.querySelector('[data-testid="credit-oa-bar"]')?.getAttribute('data-level')).toBe('warn');
    expect(text('credit-od-limit')).toBe('10 dokumen');
    expect(text('credit-od-source')).toBe('dari kelompok');
    expect(text('credit-od-used')).toBe('3 dokumen');
    expect(text('credit-od-remaining')).toBe('7');
    expect(el.querySelector('[data-testid="credit-od-bar"]')?.getAttribute('data-level')).toBe('ok');
    expect(text('credit-overdue-rule')).toBe('Berlaku');
    expect(text('credit-overdue-grace')).toBe('7 hari');
    expect(text('credit-overdue-count')).toBe('0');
    expect(text('credit-open')).toBe('Dokumen baru dapat dibuat');
    expect(text('credit-mode')).toContain('Mode blokir');
    expect(text('credit-calculated-at')).toContain('Dihitung');
    expect(text('credit-calculated-at')).toContain('2026');
  });

  it('says when new documents are blocked and why, with negative remaining and the overdue figures', async () => {
    const { el, text } = await render(OVER);
    expect(text('credit-status')).toBe('Overlimit');
    const blocked = text('credit-blocked') ?? '';
    expect(blocked).toContain('Dokumen baru diblokir');
    expect(blocked).toContain('Piutang Rp 1.500.000,50 melebihi limit Rp 1.000.000.');
    expect(blocked).toContain('2 faktur lewat jatuh tempo');
    expect(text('credit-oa-remaining')).toBe('-Rp 500.000,50');
    expect(el.querySelector('[data-testid="credit-oa-remaining"]')?.classList).toContain('negative');
    const bar = el.querySelector<HTMLElement>('[data-testid="credit-oa-bar"]');
    expect(bar?.getAttribute('data-level')).toBe('over');
    expect(bar?.getAttribute('aria-valuenow')).toBe('100');
    expect(text('credit-overdue-count')).toBe('2');
    expect(text('credit-overdue-oldest')).toMatch(/1 Nov 2026/);
    expect(text('credit-open')).toBeNull();
  });

  it('in warning mode an overlimit position is not blocked but still explains the reasons', async () => {
    const { text } = await render({ ...OVER, blocked: false, enforcementMode: 'warning' });
    expect(text('credit-blocked')).toBeNull();
    expect(text('credit-over-warning')).toContain('dokumen baru tetap dibuat dengan peringatan');
    expect(text('credit-mode')).toContain('Mode peringatan');
  });

  it('shows "Tanpa limit" when no kind applies, without bars', async () => {
    const { el, text } = await render(
      creditFixture({
        status: 'no_limit',
        openDocuments: { limit: null, source: null, used: 1, remaining: null, utilization: null },
        outstandingAmount: { limit: null, source: null, used: '100.00', remaining: null, utilization: null },
        overdue: { enabled: false, source: null, graceDays: 0, overdueInvoices: 0, oldestDueDate: null },
      }),
    );
    expect(text('credit-status')).toBe('Tanpa limit');
    expect(text('credit-oa-limit')).toBe('Tanpa limit');
    expect(text('credit-oa-remaining')).toBe('—');
    expect(text('credit-oa-used')).toBe('Rp 100');
    expect(el.querySelector('[data-testid="credit-oa-source"]')).toBeNull();
    expect(el.querySelector('[data-testid="credit-oa-bar"]')).toBeNull();
    expect(text('credit-overdue-rule')).toBe('Tidak berlaku');
  });

  it('treats any use of a zero limit as over it', async () => {
    const { el } = await render(
      creditFixture({ outstandingAmount: { limit: '0.00', source: 'customer', used: '5.00', remaining: '-5.00', utilization: null } }),
    );
    expect(el.querySelector('[data-testid="credit-oa-bar"]')?.getAttribute('data-level')).toBe('over');
    expect(el.querySelector('[data-testid="credit-oa-limit"]')?.textContent).toBe('Rp 0');
  });

  it('emits refresh, and disables the button while loading', async () => {
    const { fixture, el, host } = await render();
    const button = el.querySelector<HTMLButtonElement>('[data-testid="credit-refresh"]');
    button?.click();
    expect(host.refreshed).toBe(1);
    host.loading.set(true);
    await fixture.whenStable();
    expect(button?.disabled).toBe(true);
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('shows a hint when there is no customer yet, and the projected heading', async () => {
    const { fixture, text, host } = await render(null);
    expect(text('credit-empty')).toContain('Pilih pelanggan');
    expect(text('credit-refresh')).toBe('Refresh');
    host.credit.set(creditFixture());
    host.projected.set(true);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h2')?.textContent).toContain('Proyeksi kredit');
  });

  it('follows the document language', async () => {
    const { fixture, text } = await render(OVER);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    expect(text('credit-blocked')).toContain('New documents are blocked');
    expect(text('credit-blocked')).toContain('Outstanding Rp 1.500.000,50 exceeds the limit of Rp 1.000.000.');
    expect(text('credit-oa-source')).toBe('from the default');
    document.documentElement.lang = 'id';
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    expect(text('credit-blocked')).toContain('Dokumen baru diblokir');
  });
});

describe('credit reasons in words', () => {
  it('uses the figures of the position, or a short text without one; unknown codes keep the API message', () => {
    document.documentElement.lang = 'id';
    const t = TestBed.inject(NIAGA_UI_TRANSLATE);
    const reason = OVER.reasons[0];
    expect(creditReasonText(reason, OVER, t)).toBe('Piutang Rp 1.500.000,50 melebihi limit Rp 1.000.000.');
    expect(creditReasonText(reason, null, t)).toBe('Jumlah piutang melebihi limit.');
    const unknown = { code: 'SOMETHING_NEW', message: 'Something new.' } as unknown as typeof reason;
    expect(creditReasonShort(unknown, t)).toBe('Something new.');
    expect(creditReasonText(unknown, OVER, t)).toBe('Something new.');
  });
});
