import type { ParamMap, Params } from '@angular/router';
import { CREDIT_STATUSES, type CreditStatus } from '@niaga/shared/contracts';
import type { CustomerSearch } from '../data-access/customer.api';

export const CUSTOMER_PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_CUSTOMER_PAGE_SIZE = 20;

export type CustomerListSearch = CustomerSearch & { q: string; groupId: string | null; creditStatus: CreditStatus | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?q=toko&group=<uuid>&status=overlimit&page=2&size=50` ⇄ the list's search. */
export function customerSearchFromParams(params: ParamMap): CustomerListSearch {
  const groupId = params.get('group');
  const status = params.get('status');
  return {
    q: (params.get('q') ?? '').trim(),
    groupId: groupId && UUID.test(groupId) ? groupId : null,
    creditStatus: (CREDIT_STATUSES as readonly string[]).includes(status ?? '') ? (status as CreditStatus) : null,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('size'), DEFAULT_CUSTOMER_PAGE_SIZE, 200),
  };
}

export function paramsFromCustomerSearch(search: CustomerListSearch): Params {
  return {
    q: search.q.trim() || null,
    group: search.groupId || null,
    status: search.creditStatus || null,
    page: search.page > 1 ? search.page : null,
    size: search.pageSize !== DEFAULT_CUSTOMER_PAGE_SIZE ? search.pageSize : null,
  };
}

function positiveInt(text: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!text || !/^\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && n <= max ? n : fallback;
}
