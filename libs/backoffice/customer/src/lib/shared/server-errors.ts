import type { AbstractControl } from '@angular/forms';
import type { ProblemFieldError } from '@niaga/shared/contracts';

/**
 * Puts the API's field errors on the form controls of the same path (`code`, `openDocuments.value`) as a
 * `server` error, shown by the field's mat-error until the user changes the value (the next validation run
 * drops it). Answers the errors that match no control, for a general alert.
 *
 * `messageFor` may replace a message, e.g. with a translated one for a known problem code.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: readonly ProblemFieldError[],
  messageFor: (error: ProblemFieldError) => string | null = () => null,
): ProblemFieldError[] {
  const unmatched: ProblemFieldError[] = [];
  for (const error of errors) {
    const control = error.field ? form.get(error.field) : null;
    if (!control || control === form) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: messageFor(error) ?? error.message });
    control.markAsTouched();
  }
  return unmatched;
}
