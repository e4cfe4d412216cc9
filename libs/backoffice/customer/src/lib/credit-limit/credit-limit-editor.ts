import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@niaga/backoffice/core';
import type { CustomerCreditLimit, CustomerCreditLimitInput, ProblemFieldError } from '@niaga/shared/contracts';
import { applyServerErrors } from '../shared/server-errors';
import { LimitFields } from './limit-fields';
import { createLimitForm, limitBody, limitFormValue } from './limit-form';

/**
 * The customer-specific credit limit: per kind Inherit / Unlimited / Value, and Save. Emits the
 * `PUT /customers/:id/credit-limit` body; the caller sends it and passes back `saving` and any field errors.
 */
@Component({
  selector: 'niaga-credit-limit-editor',
  imports: [ReactiveFormsModule, MatButton, LimitFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="credit-limit-form">
      <niaga-limit-fields [form]="form" [allowUnlimited]="true" inheritFrom="customer" [testIdPrefix]="testIdPrefix()" />
      @if (canEdit()) {
        <div class="actions">
          <button mat-button type="button" (click)="reset()" [disabled]="saving() || form.pristine" data-testid="credit-limit-reset">
            {{ 'customers.action.reset' | t }}
          </button>
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="credit-limit-save">
            {{ (saving() ? 'customers.action.saving' : submitLabel()) | t }}
          </button>
        </div>
      }
    </form>
  `,
  styles: `
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class CreditLimitEditor {
  /** The stored limit; the form starts from it and is reset to it whenever it changes (e.g. after Save). */
  readonly limit = input<CustomerCreditLimit | null>(null);
  readonly canEdit = input(true);
  readonly saving = input(false);
  /** Field errors of a refused save (`openDocuments.value` …), shown on the inputs. */
  readonly serverErrors = input<readonly ProblemFieldError[]>([]);
  readonly submitLabel = input('customers.limit.save');
  readonly testIdPrefix = input('limit');

  readonly save = output<CustomerCreditLimitInput>();

  protected readonly form = createLimitForm();

  constructor() {
    effect(() => this.reset());
    effect(() => {
      const errors = this.serverErrors();
      if (errors.length) applyServerErrors(this.form, errors);
    });
    effect(() => {
      if (this.canEdit()) this.form.enable({ emitEvent: false });
      else this.form.disable({ emitEvent: false });
    });
  }

  reset(): void {
    this.form.reset(limitFormValue(this.limit()));
  }

  protected submit(): void {
    if (!this.canEdit() || this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(limitBody(this.form.getRawValue()));
  }
}
