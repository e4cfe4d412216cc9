import type { CreditRecap, CreditRecapRow } from '@niaga/shared/contracts';
import type { CustomerGroupName } from '../../data-access/customer-group-lookup.api';

/** The select's value for "customers without a group"; '' is "all groups". */
export const NO_GROUP = '__none__';

export interface GroupOption {
  value: string;
  code: string | null;
  name: string | null;
  customers: number;
}

/**
 * The groups that occur in the recap (both lists), by code, named from the group list when known,
 * and "no group" last when some customer has none.
 */
export function groupOptions(recap: CreditRecap, names: readonly CustomerGroupName[]): GroupOption[] {
  const byId = new Map(names.map((g) => [g.id, g]));
  const counts = new Map<string, GroupOption>();
  for (const row of [...recap.overlimit, ...recap.warning]) {
    const value = row.groupId ?? NO_GROUP;
    const known = row.groupId ? byId.get(row.groupId) : undefined;
    const option = counts.get(value) ?? {
      value,
      code: row.groupId ? (known?.code ?? row.groupCode) : null,
      name: known?.name ?? null,
      customers: 0,
    };
    option.customers += 1;
    counts.set(value, option);
  }
  return [...counts.values()].sort((a, b) => {
    if (a.value === NO_GROUP || b.value === NO_GROUP) return a.value === NO_GROUP ? 1 : -1;
    return (a.code ?? '').localeCompare(b.code ?? '', 'id', { sensitivity: 'base', numeric: true });
  });
}

/** The rows of the selected group ('' = all, NO_GROUP = without a group). */
export function filterByGroup(rows: readonly CreditRecapRow[], group: string): readonly CreditRecapRow[] {
  if (!group) return rows;
  return rows.filter((row) => (group === NO_GROUP ? row.groupId === null : row.groupId === group));
}
