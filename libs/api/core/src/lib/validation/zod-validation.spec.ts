import * as z from 'zod/mini';
import { ValidationFailedError } from '../errors/domain-error';
import { openApiSchema, parseOrThrow } from './zod-validation';

describe('zod validation', () => {
  const schema = z.strictObject({ name: z.string().check(z.minLength(1)), age: z.optional(z.number()) });

  it('names unknown fields and invalid ones', () => {
    try {
      parseOrThrow(schema, { name: '', colour: 'red' });
      fail('expected a ValidationFailedError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailedError);
      const fields = (error as ValidationFailedError).errors?.map((e) => e.field).sort();
      expect(fields).toEqual(['colour', 'name']);
    }
  });

  it('documents the schema as OpenAPI', () => {
    const json = openApiSchema(schema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(json.properties)).toEqual(['name', 'age']);
    expect(json.required).toEqual(['name']);
  });
});
