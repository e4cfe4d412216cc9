import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router } from '@angular/router';
import { AuthService, I18nService, LOGIN_PATH, TranslatePipe } from '@niaga/backoffice/core';

/** The signed-in user (name, email, roles) and the log-out action. */
@Component({
  selector: 'niaga-user-menu',
  imports: [MatButton, MatDivider, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
})
export class UserMenu {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly roles = computed(() =>
    (this.user()?.roles ?? []).map((role) => this.i18n.t(`role.${role}`)).join(', '),
  );

  logout(): void {
    this.auth.logout();
    void this.router.navigateByUrl(LOGIN_PATH);
  }
}
