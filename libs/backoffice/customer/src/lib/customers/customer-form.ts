import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import {
  type CreateCustomerRequest,
  CUSTOMER_CODE_MAX,
  type CustomerView,
  createCustomerSchema,
  DEFAULT_PAYMENT_TERM_DAYS,
  type UpdateCustomerRequest,
} from '@niaga/shared/contracts';
import * as z from 'zod/mini';
import { trimmedText } from '../shared/validators';

export const NAME_MAX = 150;
export const PHONE_MAX = 40;
export const EMAIL_MAX = 254;
export const ADDRESS_MAX = 500;
export const PAYMENT_TERM_MAX = 365;

/** Whole days 0 … 365, typed as digits. */
const paymentTermValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return { required: true };
  if (!/^\d+$/.test(text)) return { integer: true };
  return Number(text) > PAYMENT_TERM_MAX ? { max: { max: PAYMENT_TERM_MAX } } : null;
};

/** The contract's e-mail rule (empty allowed). */
const emailValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return null;
  return z.safeParse(createCustomerSchema.shape.email, text).success ? null : { email: true };
};

export function createCustomerForm() {
  return new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: trimmedText({ max: CUSTOMER_CODE_MAX, required: true, code: true }) }),
    name: new FormControl('', { nonNullable: true, validators: trimmedText({ max: NAME_MAX, required: true }) }),
    groupId: new FormControl('', { nonNullable: true }),
    paymentTermDays: new FormControl(String(DEFAULT_PAYMENT_TERM_DAYS), { nonNullable: true, validators: paymentTermValidator }),
    phone: new FormControl('', { nonNullable: true, validators: trimmedText({ max: PHONE_MAX }) }),
    email: new FormControl('', { nonNullable: true, validators: [trimmedText({ max: EMAIL_MAX }), emailValidator] }),
    address: new FormControl('', { nonNullable: true, validators: trimmedText({ max: ADDRESS_MAX }) }),
  });
}

export type CustomerForm = ReturnType<typeof createCustomerForm>;
export type CustomerFormValue = ReturnType<CustomerForm['getRawValue']>;

export function customerFormValue(customer: CustomerView): CustomerFormValue {
  return {
    code: customer.code,
    name: customer.name,
    groupId: customer.groupId ?? '',
    paymentTermDays: String(customer.paymentTermDays),
    phone: customer.phone ?? '',
    email: customer.email ?? '',
    address: customer.address ?? '',
  };
}

/** `POST /customers`: optional texts left out when empty. */
export function createCustomerBody(value: CustomerFormValue): CreateCustomerRequest {
  const text = (v: string) => v.trim() || undefined;
  const body: CreateCustomerRequest = {
    code: value.code.trim(),
    name: value.name.trim(),
    groupId: value.groupId || null,
    paymentTermDays: Number(value.paymentTermDays.trim()),
  };
  const phone = text(value.phone);
  const email = text(value.email);
  const address = text(value.address);
  if (phone) body.phone = phone;
  if (email) body.email = email;
  if (address) body.address = address;
  return body;
}

/** `PATCH /customers/:id`: every field, an emptied text cleared (null). */
export function updateCustomerBody(value: CustomerFormValue): UpdateCustomerRequest {
  const text = (v: string) => v.trim() || null;
  return {
    code: value.code.trim(),
    name: value.name.trim(),
    groupId: value.groupId || null,
    paymentTermDays: Number(value.paymentTermDays.trim()),
    phone: text(value.phone),
    email: text(value.email),
    address: text(value.address),
  };
}
