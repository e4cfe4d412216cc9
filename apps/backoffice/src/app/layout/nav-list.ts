import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService, TranslatePipe } from '@niaga/backoffice/core';
import { NAV_ITEMS } from '../navigation/nav.config';
import { visibleNavEntries } from '../navigation/nav.model';

/** The side navigation, from NAV_ITEMS, filtered by the user's permissions. */
@Component({
  selector: 'niaga-nav-list',
  imports: [MatListModule, MatIcon, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nav-list.html',
  styleUrl: './nav-list.scss',
})
export class NavList {
  private readonly auth = inject(AuthService);

  protected readonly entries = computed(() => {
    const user = this.auth.user(); // re-filter when the user (permissions) changes
    return user ? visibleNavEntries(NAV_ITEMS, (anyOf) => this.auth.canAny(anyOf)) : [];
  });
}
