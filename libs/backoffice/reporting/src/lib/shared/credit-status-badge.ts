import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@niaga/backoffice/core';
import type { CreditUtilizationRow } from '@niaga/shared/contracts';

export type CreditStatus = CreditUtilizationRow['status'];
export const CREDIT_STATUSES: readonly CreditStatus[] = ['safe', 'warning', 'overlimit', 'no_limit'];

/** A customer's credit status as a coloured badge. */
@Component({
  selector: 'niaga-credit-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'badge status-' + status()" data-testid="credit-status">{{ 'reports.credit.status.' + status() | t }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .status-safe {
      background: #d7f5dd;
      color: #0f5223;
    }
    .status-warning {
      background: #ffe9c2;
      color: #6b4100;
    }
    .status-overlimit {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .status-no_limit {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CreditStatusBadge {
  readonly status = input.required<CreditStatus>();
}
