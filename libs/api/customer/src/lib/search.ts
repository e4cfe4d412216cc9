import type { SearchMatch } from '@niaga/shared/contracts';
import { escapeLike } from '@niaga/shared/util';


/**
 * A case-insensitive match of `lower(<column>)` against the search text, in a form the indexes serve:
 * contains → trigram GIN, startsWith → text_pattern_ops btree, exact → the same btree / unique index.
 */
export function matchCondition(column: string, match: SearchMatch, text: string, param: string): { sql: string; value: string } {
  const term = text.toLowerCase();
  switch (match) {
    case 'exact':
      return { sql: `lower(${column}) = ${param}`, value: term };
    case 'startsWith':
      return { sql: `lower(${column}) LIKE ${param}`, value: `${escapeLike(term)}%` };
    case 'contains':
      return { sql: `lower(${column}) LIKE ${param}`, value: `%${escapeLike(term)}%` };
  }
}
