import { INHERIT_ALL, createLimitForm, defaultsBody, limitBody, limitFormValue } from './limit-form';

describe('limit form', () => {
  it('sends 0 as a value (zero credit), unlike unlimited and inherit', () => {
    expect(
      limitBody({ openDocuments: { mode: 'value', value: '0' }, outstandingAmount: { mode: 'value', value: '0' }, overdue: 'off' }),
    ).toEqual({
      openDocuments: { mode: 'value', value: 0 },
      outstandingAmount: { mode: 'value', value: '0' },
      overdue: { mode: 'value', value: false },
    });
    expect(limitBody({ openDocuments: { mode: 'unlimited', value: '5' }, outstandingAmount: { mode: 'inherit', value: '9' }, overdue: 'inherit' })).toEqual({
      openDocuments: { mode: 'unlimited' },
      outstandingAmount: { mode: 'inherit' },
      overdue: { mode: 'inherit' },
    });
  });

  it('keeps money a string, exactly as typed (trimmed)', () => {
    const body = limitBody({ ...INHERIT_ALL, outstandingAmount: { mode: 'value', value: ' 9007199254740993.01 ' }, overdue: 'on' });
    expect(body.outstandingAmount).toEqual({ mode: 'value', value: '9007199254740993.01' });
    expect(body.overdue).toEqual({ mode: 'value', value: true });
  });

  it('builds group defaults without unlimited', () => {
    expect(defaultsBody({ openDocuments: { mode: 'value', value: '10' }, outstandingAmount: { mode: 'inherit', value: '' }, overdue: 'on' })).toEqual({
      openDocuments: { mode: 'value', value: 10 },
      outstandingAmount: { mode: 'inherit' },
      overdue: { mode: 'value', value: true },
    });
  });

  it('reads a stored limit back into the form', () => {
    expect(
      limitFormValue({ openDocuments: { mode: 'value', value: 0 }, outstandingAmount: { mode: 'unlimited' }, overdue: { mode: 'value', value: false } }),
    ).toEqual({ openDocuments: { mode: 'value', value: '0' }, outstandingAmount: { mode: 'unlimited', value: '' }, overdue: 'off' });
    expect(limitFormValue(null)).toEqual(INHERIT_ALL);
  });

  it('validates the value only while "value" is chosen', () => {
    const form = createLimitForm();
    expect(form.valid).toBe(true);

    const od = form.controls.openDocuments.controls;
    od.mode.setValue('value');
    expect(od.value.errors).toEqual({ required: true });
    od.value.setValue('1.5');
    expect(od.value.errors).toEqual({ count: true });
    od.value.setValue('1000001');
    expect(od.value.hasError('max')).toBe(true);
    od.value.setValue('0');
    expect(od.value.valid).toBe(true);
    od.value.setValue('x');
    od.mode.setValue('unlimited');
    expect(od.value.valid).toBe(true);

    const oa = form.controls.outstandingAmount.controls;
    oa.mode.setValue('value');
    for (const bad of ['1.500.000', '1,5', '-1', '1.234', 'abc', '12345678901234567']) {
      oa.value.setValue(bad);
      expect({ bad, errors: oa.value.errors }).toEqual({ bad, errors: { money: true } });
    }
    for (const good of ['0', '1500000', '1500000.5', '1500000.50']) {
      oa.value.setValue(good);
      expect({ good, valid: oa.value.valid }).toEqual({ good, valid: true });
    }
  });
});
