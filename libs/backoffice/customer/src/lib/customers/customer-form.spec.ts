import type { CustomerView } from '@niaga/shared/contracts';
import { createCustomerBody, createCustomerForm, customerFormValue, updateCustomerBody } from './customer-form';

const GROUP = '5d1c7d38-0d7b-4d3b-9d39-1f7f3f9d0a01';

describe('customer form', () => {
  it('starts with the default payment terms and checks every field like the contract', () => {
    const form = createCustomerForm();
    expect(form.controls.paymentTermDays.value).toBe('30');
    form.setValue({ code: 'C 1', name: '', groupId: '', paymentTermDays: '366', phone: '', email: 'bukan-email', address: '' });
    expect(form.controls.code.errors).toEqual({ pattern: true });
    expect(form.controls.name.errors).toEqual({ required: true });
    expect(form.controls.paymentTermDays.errors).toEqual({ max: { max: 365 } });
    expect(form.controls.email.errors).toEqual({ email: true });
    form.controls.paymentTermDays.setValue('7.5');
    expect(form.controls.paymentTermDays.errors).toEqual({ integer: true });
    form.controls.email.setValue('toko@maju.co.id');
    expect(form.controls.email.valid).toBe(true);
  });

  it('creates without empty optional texts, and updates with them cleared', () => {
    const value = { code: ' C-1 ', name: ' Toko Maju ', groupId: '', paymentTermDays: '14', phone: ' ', email: '', address: 'Jl. Merdeka 1' };
    expect(createCustomerBody(value)).toEqual({ code: 'C-1', name: 'Toko Maju', groupId: null, paymentTermDays: 14, address: 'Jl. Merdeka 1' });
    expect(updateCustomerBody({ ...value, groupId: GROUP })).toEqual({
      code: 'C-1',
      name: 'Toko Maju',
      groupId: GROUP,
      paymentTermDays: 14,
      phone: null,
      email: null,
      address: 'Jl. Merdeka 1',
    });
  });

  it('reads a customer into the form', () => {
    const customer = { code: 'C-1', name: 'Toko', groupId: null, paymentTermDays: 0, phone: null, email: 'a@b.id', address: null } as CustomerView;
    expect(customerFormValue(customer)).toEqual({ code: 'C-1', name: 'Toko', groupId: '', paymentTermDays: '0', phone: '', email: 'a@b.id', address: '' });
  });
});
