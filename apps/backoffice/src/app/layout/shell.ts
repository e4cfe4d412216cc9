import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { AuthService, TranslatePipe } from '@niaga/backoffice/core';
import { map } from 'rxjs';
import { LanguageSwitch } from './language-switch';
import { NavList } from './nav-list';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';

/** The signed-in layout: toolbar, side navigation and the routed page. */
@Component({
  selector: 'niaga-shell',
  imports: [
    MatToolbar,
    MatIconButton,
    MatIcon,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    RouterLink,
    RouterOutlet,
    TranslatePipe,
    LanguageSwitch,
    NavList,
    NotificationBell,
    UserMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    // The stored user may be stale (roles changed, user disabled): ask the API once.
    // A 401 is handled by the interceptor (log out, back to /login); other errors keep the stored user.
    inject(AuthService)
      .refreshUser()
      .pipe(takeUntilDestroyed())
      .subscribe({ error: () => undefined });
  }
}
