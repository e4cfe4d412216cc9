import type { ValidatorFn } from '@angular/forms';
import { CODE_PATTERN } from '@niaga/shared/contracts';

/**
 * The contract's rules for a text the API trims first: required, at most `max` characters and, for codes,
 * only `A-Z a-z 0-9 - _ .` — all on the trimmed value. Errors: `required`, `maxlength`, `pattern`.
 */
export function trimmedText(options: { max: number; required?: boolean; code?: boolean }): ValidatorFn {
  return (control) => {
    const text = String(control.value ?? '').trim();
    if (text === '') return options.required ? { required: true } : null;
    if (text.length > options.max) return { maxlength: { requiredLength: options.max, actualLength: text.length } };
    if (options.code && !CODE_PATTERN.test(text)) return { pattern: true };
    return null;
  };
}
