import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import * as z from 'zod/mini';

/**
 * A form validator from a contract schema (the same zod/mini schema the API validates with), so the console
 * refuses exactly what the API would. The error is `{ schema: <first issue message> }`; templates usually
 * show their own translated text for it. `map` turns the control's value into what is sent (e.g. trimmed
 * text, a number from an input); an empty value is left to `Validators.required`.
 */
export function zodValidator<S extends z.ZodMiniType>(schema: S, map: (value: unknown) => unknown = (v) => v): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value;
    if (value === null || value === undefined || value === '') return null;
    const result = z.safeParse(schema, map(value));
    return result.success ? null : { schema: result.error.issues[0]?.message ?? 'invalid' };
  };
}

/** Field errors of a whole request checked against its schema, named like the API names them (`a.b.0.c`). */
export function schemaErrors<S extends z.ZodMiniType>(schema: S, value: unknown): { field: string; message: string }[] {
  const result = z.safeParse(schema, value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

/**
 * Puts a 400's field errors (`errors: [{ field, message }]`) on the matching controls as `{ server: message }`
 * and marks them touched, so they show at once. `controlFor` maps an API field name to a control
 * (default: `form.get(field)`, which understands dotted paths). Returns the errors no control took.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: readonly { field: string; message: string }[] | undefined,
  controlFor: (field: string) => AbstractControl | null = (field) => form.get(field),
): { field: string; message: string }[] {
  const rest: { field: string; message: string }[] = [];
  for (const error of errors ?? []) {
    const control = controlFor(error.field);
    if (!control) {
      rest.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: error.message });
    control.markAsTouched();
  }
  return rest;
}
