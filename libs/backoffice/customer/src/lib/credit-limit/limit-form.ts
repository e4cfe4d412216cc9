import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import {
  type CreditDefaults,
  type CreditDefaultsInput,
  type CustomerCreditLimit,
  type CustomerCreditLimitInput,
  nonNegativeMoneySchema,
} from '@niaga/shared/contracts';
import * as z from 'zod/mini';

/** Per kind: inherit (group → default), unlimited (customers only) or a value; 0 is a value (zero credit). */
export type KindMode = 'inherit' | 'unlimited' | 'value';
/** Overdue rule: inherit, or a value — check (on) or ignore (off) overdue invoices. */
export type OverdueChoice = 'inherit' | 'on' | 'off';

export const MAX_OPEN_DOCUMENTS = 1_000_000;

export type KindForm = FormGroup<{ mode: FormControl<KindMode>; value: FormControl<string> }>;
/** The same shape as the API body (`openDocuments.value` …), so its field errors land on the right input. */
export type LimitForm = FormGroup<{ openDocuments: KindForm; outstandingAmount: KindForm; overdue: FormControl<OverdueChoice> }>;

export interface LimitFormValue {
  openDocuments: { mode: KindMode; value: string };
  outstandingAmount: { mode: KindMode; value: string };
  overdue: OverdueChoice;
}

export const INHERIT_ALL: LimitFormValue = {
  openDocuments: { mode: 'inherit', value: '' },
  outstandingAmount: { mode: 'inherit', value: '' },
  overdue: 'inherit',
};

/** A whole number of documents, 0 … 1,000,000 — counts are integers, typed as digits only. */
const countValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return { required: true };
  if (!/^\d+$/.test(text)) return { count: true };
  return Number(text) > MAX_OPEN_DOCUMENTS ? { max: { max: MAX_OPEN_DOCUMENTS } } : null;
};

/** An amount as the contract's non-negative money string: `1500000` or `1500000.50` (never a JS number). */
const moneyValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return { required: true };
  return z.safeParse(nonNegativeMoneySchema, text).success ? null : { money: true };
};

/** Validates the value only while its kind is set to "value". */
function whenValue(check: ValidatorFn): ValidatorFn {
  return (control) => (control.parent?.get('mode')?.value === 'value' ? check(control) : null);
}

function kindForm(check: ValidatorFn): KindForm {
  const mode = new FormControl<KindMode>('inherit', { nonNullable: true });
  const value = new FormControl('', { nonNullable: true, validators: whenValue(check) });
  // The value's validity depends on the mode: re-check it when the mode changes.
  mode.valueChanges.subscribe(() => value.updateValueAndValidity());
  return new FormGroup({ mode, value });
}

export function createLimitForm(initial: LimitFormValue = INHERIT_ALL): LimitForm {
  const form: LimitForm = new FormGroup({
    openDocuments: kindForm(countValidator),
    outstandingAmount: kindForm(moneyValidator),
    overdue: new FormControl<OverdueChoice>('inherit', { nonNullable: true }),
  });
  form.setValue(initial);
  return form;
}

/** The form value of a stored customer limit or group defaults. */
export function limitFormValue(limit: CustomerCreditLimit | CreditDefaults | null | undefined): LimitFormValue {
  if (!limit) return INHERIT_ALL;
  const od = limit.openDocuments;
  const oa = limit.outstandingAmount;
  const ov = limit.overdue;
  return {
    openDocuments: od.mode === 'value' ? { mode: 'value', value: String(od.value) } : { mode: od.mode, value: '' },
    outstandingAmount: oa.mode === 'value' ? { mode: 'value', value: oa.value } : { mode: oa.mode, value: '' },
    overdue: ov.mode === 'value' ? (ov.value ? 'on' : 'off') : 'inherit',
  };
}

/**
 * The `PUT /customers/:id/credit-limit` body: every kind spelled out, so what is sent is what the user sees.
 * `0` stays a value (zero credit), unlike unlimited (no limit) and inherit (the group's or the default).
 */
export function limitBody(value: LimitFormValue): CustomerCreditLimitInput {
  const od = value.openDocuments;
  const oa = value.outstandingAmount;
  return {
    openDocuments: od.mode === 'value' ? { mode: 'value', value: Number(od.value.trim()) } : { mode: od.mode },
    outstandingAmount: oa.mode === 'value' ? { mode: 'value', value: oa.value.trim() } : { mode: oa.mode },
    overdue: overdueBody(value.overdue),
  };
}

/** A group's `creditDefaults`: inherit (the global default) or a value; there is no "unlimited" on a group. */
export function defaultsBody(value: LimitFormValue): CreditDefaultsInput {
  const od = value.openDocuments;
  const oa = value.outstandingAmount;
  return {
    openDocuments: od.mode === 'value' ? { mode: 'value', value: Number(od.value.trim()) } : { mode: 'inherit' },
    outstandingAmount: oa.mode === 'value' ? { mode: 'value', value: oa.value.trim() } : { mode: 'inherit' },
    overdue: overdueBody(value.overdue),
  };
}

function overdueBody(choice: OverdueChoice): CustomerCreditLimitInput['overdue'] {
  return choice === 'inherit' ? { mode: 'inherit' } : { mode: 'value', value: choice === 'on' };
}
