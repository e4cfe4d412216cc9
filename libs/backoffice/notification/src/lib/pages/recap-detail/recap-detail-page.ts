import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { HttpErrorResponse } from '@angular/common/http';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { FileSaver, PageHeader } from '@niaga/backoffice/ui';
import type { CreditRecap } from '@niaga/shared/contracts';
import { type Subscription, catchError, finalize, forkJoin, of } from 'rxjs';
import { CreditRecapApi } from '../../data-access/credit-recap.api';
import { CustomerGroupLookupApi, type CustomerGroupName } from '../../data-access/customer-group-lookup.api';
import { formatDate, formatDateTime } from '../../format/format';
import { errorText } from '../../format/notification-text';
import { RecapTable } from '../../recap-table/recap-table';
import { NO_GROUP, filterByGroup, groupOptions } from './recap-group-filter';

/**
 * `/notifications/recaps/:id`: when and how the recap was made, then its two lists (Overlimit, Warning),
 * each sortable, both filtered by one customer-group select, and the CSV export of both lists.
 */
@Component({
  selector: 'niaga-recap-detail-page',
  imports: [
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    PageHeader,
    RecapTable,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recap-detail-page.html',
  styleUrl: './recap-detail-page.scss',
})
export class RecapDetailPage {
  private readonly recaps = inject(CreditRecapApi);
  private readonly groups = inject(CustomerGroupLookupApi);
  private readonly files = inject(FileSaver);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** The recap id, from the route (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly recap = signal<CreditRecap | null>(null);
  private readonly groupNames = signal<readonly CustomerGroupName[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly exporting = signal(false);
  protected readonly group = signal('');
  protected readonly noGroup = NO_GROUP;
  private request: Subscription | null = null;

  protected readonly title = computed(() => {
    const recap = this.recap();
    return recap
      ? this.i18n.t('notifications.recap.title', { date: formatDate(recap.date, this.i18n.language()) })
      : this.i18n.t('notifications.page.title');
  });
  protected readonly generatedAt = computed(() => formatDateTime(this.recap()?.generatedAt, this.i18n.language(), undefined, true));
  protected readonly options = computed(() => {
    const recap = this.recap();
    return recap ? groupOptions(recap, this.groupNames()) : [];
  });
  protected readonly nameById = computed(() => new Map(this.groupNames().map((g) => [g.id, g.name] as const)));
  protected readonly overlimit = computed(() => filterByGroup(this.recap()?.overlimit ?? [], this.group()));
  protected readonly warning = computed(() => filterByGroup(this.recap()?.warning ?? [], this.group()));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected reload(): void {
    this.load(this.id());
  }

  protected exportCsv(): void {
    const recap = this.recap();
    if (!recap || this.exporting()) return;
    this.exporting.set(true);
    this.recaps
      .exportCsv(recap.id, `rekap-kredit-${recap.date}.csv`)
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (file) => this.files.save(file.blob, file.filename),
        error: (error: unknown) =>
          this.snackBar.open(errorText(error, this.i18n, 'notifications.recap.exportFailed'), undefined, { duration: 5000 }),
      });
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.loadError.set(null);
    this.recap.set(null);
    this.group.set('');
    this.request = forkJoin({
      recap: this.recaps.get(id),
      // Only names for the filter: without them (e.g. no customers:read) the group codes still work.
      groups: this.groups.names().pipe(catchError(() => of([] as CustomerGroupName[]))),
    })
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: ({ recap, groups }) => {
          this.recap.set(recap);
          this.groupNames.set(groups);
        },
        error: (error: unknown) =>
          this.loadError.set(
            error instanceof HttpErrorResponse && error.status === 404
              ? this.i18n.t('notifications.recap.notFound')
              : errorText(error, this.i18n, 'notifications.recap.loadFailed'),
          ),
      });
  }
}
