import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '@niaga/backoffice/core';

/** The paginator's texts in the active language; follows a language switch. */
@Injectable()
export class ReportPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.itemsPerPageLabel = this.i18n.t('reports.paginator.itemsPerPage');
      this.nextPageLabel = this.i18n.t('reports.paginator.nextPage');
      this.previousPageLabel = this.i18n.t('reports.paginator.previousPage');
      this.firstPageLabel = this.i18n.t('reports.paginator.firstPage');
      this.lastPageLabel = this.i18n.t('reports.paginator.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.i18n.t('reports.paginator.rangeEmpty', { total: length });
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t('reports.paginator.range', { start, end, total: length });
  };
}
