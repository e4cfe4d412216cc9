import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@niaga/backoffice/core';

/** A document status (or credit outcome) as a coloured chip: `<niaga-status-chip kind="order" [status]="o.status" />`. */
@Component({
  selector: 'niaga-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip ' + tone()" [attr.data-status]="status()">{{ 'tx.' + kind() + '.status.' + status() | t }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .good {
      background: #d7f5dd;
      color: #0f5223;
    }
    .warn {
      background: #ffe9c2;
      color: #6b4100;
    }
    .bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .info {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .muted {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusChip {
  readonly kind = input.required<'order' | 'invoice' | 'outcome'>();
  readonly status = input.required<string>();

  protected readonly tone = computed(() => {
    switch (this.status()) {
      case 'paid':
      case 'invoiced':
      case 'pass':
        return 'good';
      case 'partially_paid':
      case 'partially_invoiced':
      case 'warn':
        return 'warn';
      case 'override':
      case 'overdue':
        return 'bad';
      case 'open':
      case 'unpaid':
        return 'info';
      default:
        return 'muted';
    }
  });
}
