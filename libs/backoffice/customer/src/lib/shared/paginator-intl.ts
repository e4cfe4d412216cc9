import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '@niaga/backoffice/core';

/** The paginator's texts in the console's language, following a language switch. */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.itemsPerPageLabel = this.i18n.t('customers.paging.perPage');
      this.nextPageLabel = this.i18n.t('customers.paging.next');
      this.previousPageLabel = this.i18n.t('customers.paging.previous');
      this.firstPageLabel = this.i18n.t('customers.paging.first');
      this.lastPageLabel = this.i18n.t('customers.paging.last');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.i18n.t('customers.paging.rangeEmpty', { length });
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t('customers.paging.range', { start, end, length });
  };
}
