import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';

/** `/reports`: the title, one tab per report (each its own URL), the chosen report below. */
@Component({
  selector: 'niaga-reports-layout',
  imports: [MatTabLink, MatTabNav, MatTabNavPanel, PageHeader, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <niaga-page-header [title]="'reports.title' | t" [subtitle]="'reports.subtitle' | t" />
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs" [attr.aria-label]="'reports.tabs' | t">
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #link="routerLinkActive"
          [active]="link.isActive"
          [attr.data-testid]="'reports-tab-' + tab.path"
        >
          {{ tab.labelKey | t }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      margin-bottom: 24px;
    }
  `,
})
export class ReportsLayout {
  protected readonly tabs = [
    { path: 'sales', labelKey: 'reports.tab.sales' },
    { path: 'receivables-aging', labelKey: 'reports.tab.aging' },
    { path: 'credit-utilization', labelKey: 'reports.tab.credit' },
  ] as const;
}
