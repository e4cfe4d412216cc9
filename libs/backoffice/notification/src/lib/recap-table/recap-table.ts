import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { formatIdr } from '@niaga/backoffice/ui';
import type { CreditRecapRow } from '@niaga/shared/contracts';
import { formatCountOfLimit, formatUtilization } from '../format/format';
import { DEFAULT_RECAP_SORT, RECAP_COLUMNS, type RecapColumn, type RecapSort, sortRecapRows } from './recap-sort';

/** One table row, formatted for the active language. */
interface RecapLine {
  customerId: string;
  link: readonly string[];
  code: string;
  name: string;
  group: string;
  groupTitle: string | null;
  limit: string;
  used: string;
  openDocuments: string;
  overdue: number;
  utilization: string;
  over: boolean;
}

/**
 * One list of the recap (Overlimit or Warning): code (links to the customer), name, group, amount limit
 * and used (IDR), open documents, overdue invoices and the highest utilisation. Sorted on the client
 * with MatSort; the rows arrive already filtered.
 */
@Component({
  selector: 'niaga-recap-table',
  imports: [MatTableModule, MatSort, MatSortHeader, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recap-table.html',
  styleUrl: './recap-table.scss',
})
export class RecapTable {
  private readonly i18n = inject(I18nService);

  readonly rows = input.required<readonly CreditRecapRow[]>();
  /** Used in test ids: `recap-table-overlimit`. */
  readonly kind = input.required<'overlimit' | 'warning'>();
  readonly emptyText = input('');
  /** Group id → name, for the group cell's tooltip. */
  readonly groupNames = input<ReadonlyMap<string, string>>(new Map());

  protected readonly columns = RECAP_COLUMNS;
  protected readonly sort = signal<RecapSort>(DEFAULT_RECAP_SORT);

  protected readonly lines = computed<RecapLine[]>(() => {
    const language = this.i18n.language();
    const noLimit = this.i18n.t('notifications.recap.noLimit');
    const names = this.groupNames();
    return sortRecapRows(this.rows(), this.sort()).map((row) => ({
      customerId: row.customerId,
      link: ['/sales/customers', row.customerId],
      code: row.code,
      name: row.name,
      group: row.groupCode ?? '—',
      groupTitle: row.groupId ? (names.get(row.groupId) ?? null) : null,
      limit: row.outstandingAmount.limit === null ? noLimit : formatIdr(row.outstandingAmount.limit),
      used: formatIdr(row.outstandingAmount.used),
      openDocuments: formatCountOfLimit(row.openDocuments.used, row.openDocuments.limit),
      overdue: row.overdueInvoices,
      utilization: formatUtilization(row.maxUtilization, language),
      over: row.maxUtilization !== null && row.maxUtilization > 1,
    }));
  });

  protected onSort(sort: Sort): void {
    const column = (RECAP_COLUMNS as readonly string[]).includes(sort.active) ? (sort.active as RecapColumn) : DEFAULT_RECAP_SORT.column;
    this.sort.set({ column, direction: sort.direction });
  }

  protected trackLine(_index: number, line: RecapLine): string {
    return line.customerId;
  }
}
