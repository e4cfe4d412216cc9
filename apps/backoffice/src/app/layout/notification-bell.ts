import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslatePipe } from '@niaga/backoffice/core';

/**
 * Placeholder for the notification center (a later issue): a disabled bell that says so,
 * with no count. `disabledInteractive` keeps it focusable so the tooltip can be read.
 */
@Component({
  selector: 'niaga-notification-bell',
  imports: [MatIconButton, MatIcon, MatTooltip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      disabled
      disabledInteractive
      [matTooltip]="'shell.notificationsUnavailable' | t"
      [attr.aria-label]="'shell.notificationsUnavailable' | t"
      data-testid="notification-bell"
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
    </button>
  `,
})
export class NotificationBell {}
