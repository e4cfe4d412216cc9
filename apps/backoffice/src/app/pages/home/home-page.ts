import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { AuthService, TranslatePipe, type TranslationKey } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import { PERMISSIONS } from '@niaga/shared/contracts';

/** After log-in: who you are, your roles and what they allow, in words. No figures yet. */
@Component({
  selector: 'niaga-home-page',
  imports: [MatCard, MatCardContent, MatCardHeader, MatCardTitle, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  protected readonly user = inject(AuthService).user;

  protected readonly roleKeys = computed<TranslationKey[]>(() =>
    (this.user()?.roles ?? []).map((role) => `role.${role}` as const),
  );

  /** The user's permissions in the contract's order; unknown ones (newer API) are skipped. */
  protected readonly permissionKeys = computed<TranslationKey[]>(() => {
    const held = new Set<string>(this.user()?.permissions ?? []);
    return PERMISSIONS.filter((p) => held.has(p)).map((p) => `permission.${p}` as const);
  });
}
