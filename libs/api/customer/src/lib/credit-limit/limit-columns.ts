import type {
  CreditDefaults,
  CreditDefaultsInput,
  CustomerCreditLimit,
  CustomerCreditLimitInput,
} from '@niaga/shared/contracts';
import type { CustomerGroupEntity } from '../groups/customer-group.entity';
import type { CustomerEntity } from '../customers/customer.entity';
import { toMoney2 } from '@niaga/shared/util';

type CustomerLimitColumns = Pick<
  CustomerEntity,
  'openDocumentsMode' | 'openDocumentsLimit' | 'outstandingAmountMode' | 'outstandingAmountLimit' | 'overdueMode' | 'overdueCheck'
>;
type GroupLimitColumns = Pick<CustomerGroupEntity, 'openDocumentsLimit' | 'outstandingAmountLimit' | 'overdueCheck'>;

/** The stored customer limit in the contract's shape. */
export function customerCreditLimit(c: CustomerLimitColumns): CustomerCreditLimit {
  return {
    openDocuments:
      c.openDocumentsMode === 'value' ? { mode: 'value', value: c.openDocumentsLimit ?? 0 } : { mode: c.openDocumentsMode },
    outstandingAmount:
      c.outstandingAmountMode === 'value'
        ? { mode: 'value', value: toMoney2(c.outstandingAmountLimit ?? '0') }
        : { mode: c.outstandingAmountMode },
    overdue: c.overdueMode === 'value' ? { mode: 'value', value: c.overdueCheck ?? false } : { mode: 'inherit' },
  };
}

/** PUT semantics: every kind is set; an absent kind becomes inherit. */
export function customerLimitColumns(input: CustomerCreditLimitInput): CustomerLimitColumns {
  const od = input.openDocuments ?? { mode: 'inherit' };
  const oa = input.outstandingAmount ?? { mode: 'inherit' };
  const ov = input.overdue ?? { mode: 'inherit' };
  return {
    openDocumentsMode: od.mode,
    openDocumentsLimit: od.mode === 'value' ? od.value : null,
    outstandingAmountMode: oa.mode,
    outstandingAmountLimit: oa.mode === 'value' ? toMoney2(oa.value) : null,
    overdueMode: ov.mode,
    overdueCheck: ov.mode === 'value' ? ov.value : null,
  };
}

export function groupCreditDefaults(g: GroupLimitColumns): CreditDefaults {
  return {
    openDocuments: g.openDocumentsLimit === null ? { mode: 'inherit' } : { mode: 'value', value: g.openDocumentsLimit },
    outstandingAmount:
      g.outstandingAmountLimit === null ? { mode: 'inherit' } : { mode: 'value', value: toMoney2(g.outstandingAmountLimit) },
    overdue: g.overdueCheck === null ? { mode: 'inherit' } : { mode: 'value', value: g.overdueCheck },
  };
}

export function groupLimitColumns(input: CreditDefaultsInput): GroupLimitColumns {
  return {
    openDocumentsLimit: input.openDocuments?.mode === 'value' ? input.openDocuments.value : null,
    outstandingAmountLimit: input.outstandingAmount?.mode === 'value' ? toMoney2(input.outstandingAmount.value) : null,
    overdueCheck: input.overdue?.mode === 'value' ? input.overdue.value : null,
  };
}
