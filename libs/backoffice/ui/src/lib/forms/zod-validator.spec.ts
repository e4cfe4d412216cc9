import { FormControl, FormGroup } from '@angular/forms';
import { nonNegativeMoneySchema, quantitySchema } from '@niaga/shared/contracts';
import * as z from 'zod/mini';
import { applyServerErrors, schemaErrors, zodValidator } from './zod-validator';

describe('zodValidator', () => {
  it('accepts what the schema accepts and leaves empty values to required', () => {
    const quantity = new FormControl('2.5', zodValidator(quantitySchema));
    expect(quantity.errors).toBeNull();
    quantity.setValue('2.5555');
    expect(quantity.errors?.['schema']).toContain('at most 3 decimals');
    quantity.setValue('0');
    expect(quantity.errors?.['schema']).toBe('Must be more than 0.');
    quantity.setValue('');
    expect(quantity.errors).toBeNull();
  });

  it('maps the value first', () => {
    const price = new FormControl(' 10.50 ', zodValidator(nonNegativeMoneySchema, (v) => String(v).trim()));
    expect(price.errors).toBeNull();
    const n = new FormControl('12', zodValidator(z.int().check(z.minimum(1), z.maximum(10)), Number));
    expect(n.errors?.['schema']).toBeTruthy();
  });
});

describe('schemaErrors / applyServerErrors', () => {
  it('names fields like the API and puts server errors on the controls', () => {
    const schema = z.strictObject({ a: z.object({ b: quantitySchema }) });
    expect(schemaErrors(schema, { a: { b: 'x' } })[0]).toEqual({ field: 'a.b', message: expect.stringContaining('quantity') });
    expect(schemaErrors(schema, { a: { b: '1' } })).toEqual([]);

    const form = new FormGroup({ a: new FormGroup({ b: new FormControl('1') }) });
    const rest = applyServerErrors(form, [
      { field: 'a.b', message: 'Too big.' },
      { field: 'nope', message: 'Unknown field.' },
    ]);
    expect(form.get('a.b')?.errors).toEqual({ server: 'Too big.' });
    expect(form.get('a.b')?.touched).toBe(true);
    expect(rest).toEqual([{ field: 'nope', message: 'Unknown field.' }]);
  });
});
