import type { ParamMap, Params } from '@angular/router';
import { SEARCH_FIELDS, SEARCH_MATCHES, type SearchField, type SearchMatch } from '@niaga/shared/contracts';
import type { CustomerGroupSearch } from '../data-access/customer-group.api';

export const GROUP_PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_GROUP_PAGE_SIZE = 20;

/** The search bar's choice: which field, how it must match, and the text. */
export interface GroupSearchTerms {
  field: SearchField;
  match: SearchMatch;
  q: string;
}

export const DEFAULT_TERMS: GroupSearchTerms = { field: 'code', match: 'contains', q: '' };

/** The list's state lives in the URL (`?field=name&match=startsWith&q=Lok&page=2&size=20`), so Back and links keep it. */
export function searchFromParams(params: ParamMap): CustomerGroupSearch & { q: string } {
  const field = params.get('field');
  const match = params.get('match');
  return {
    field: (SEARCH_FIELDS as readonly string[]).includes(field ?? '') ? (field as SearchField) : DEFAULT_TERMS.field,
    match: (SEARCH_MATCHES as readonly string[]).includes(match ?? '') ? (match as SearchMatch) : DEFAULT_TERMS.match,
    q: (params.get('q') ?? '').trim(),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('size'), DEFAULT_GROUP_PAGE_SIZE, 200),
  };
}

export function paramsFromSearch(search: CustomerGroupSearch): Params {
  const q = search.q?.trim() ?? '';
  return {
    field: q ? search.field : null,
    match: q ? search.match : null,
    q: q || null,
    page: search.page > 1 ? search.page : null,
    size: search.pageSize !== DEFAULT_GROUP_PAGE_SIZE ? search.pageSize : null,
  };
}

function positiveInt(text: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!text || !/^\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && n <= max ? n : fallback;
}
