import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@niaga/backoffice/core';

/** Settings: tabs for credit settings and products, the chosen page below. */
@Component({
  selector: 'niaga-settings-layout',
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs">
      <a mat-tab-link routerLink="." routerLinkActive #credit="routerLinkActive" [routerLinkActiveOptions]="{ exact: true }" [active]="credit.isActive" data-testid="settings-tab-credit">
        {{ 'creditSettings.nav.credit' | t }}
      </a>
      <a mat-tab-link routerLink="products" routerLinkActive #products="routerLinkActive" [active]="products.isActive" data-testid="settings-tab-products">
        {{ 'creditSettings.nav.products' | t }}
      </a>
    </nav>
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: `
    .tabs {
      margin-bottom: 16px;
    }
  `,
})
export class SettingsLayout {}
