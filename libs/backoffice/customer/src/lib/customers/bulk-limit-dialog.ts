import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe } from '@niaga/backoffice/core';
import { MAX_BULK_CUSTOMERS, type ProblemFieldError } from '@niaga/shared/contracts';
import { finalize } from 'rxjs';
import { LimitFields } from '../credit-limit/limit-fields';
import { createLimitForm, limitBody } from '../credit-limit/limit-form';
import { CustomerCreditLimitApi } from '../data-access/customer-credit-limit.api';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { applyServerErrors } from '../shared/server-errors';

export interface BulkLimitDialogData {
  customers: readonly { id: string; code: string; name: string }[];
}

/**
 * Bulk edit: the same customer-specific limit (Inherit / Unlimited / Value per kind) for every selected
 * customer, all or nothing. Closes with the number updated.
 */
@Component({
  selector: 'niaga-bulk-limit-dialog',
  imports: [ReactiveFormsModule, MatButton, MatDialogActions, MatDialogContent, MatDialogTitle, LimitFields, TranslatePipe, FailureAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'customers.bulk.title' | t: { count: data.customers.length } }}</h2>
    <form [formGroup]="form" (ngSubmit)="apply()" novalidate data-testid="bulk-limit-form">
      <mat-dialog-content>
        <p class="who" data-testid="bulk-customers">{{ who }}</p>
        <p class="help">{{ 'customers.bulk.help' | t }}</p>
        @if (tooMany) {
          <p class="too-many" role="alert">{{ 'customers.bulk.tooMany' | t: { max: max } }}</p>
        }
        <niaga-failure-alert [failure]="failure()" [fieldErrors]="otherErrors()" testId="bulk-error" />
        <niaga-limit-fields [form]="form" [allowUnlimited]="true" inheritFrom="customer" testIdPrefix="bulk" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()" [disabled]="saving()" data-testid="bulk-cancel">{{ 'customers.action.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving() || tooMany" data-testid="bulk-apply">
          {{ (saving() ? 'customers.action.saving' : 'customers.bulk.apply') | t: { count: data.customers.length } }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .who {
      margin: 0 0 4px;
      font: var(--mat-sys-body-medium);
      font-weight: 500;
    }
    .help {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .too-many {
      color: var(--mat-sys-error);
    }
  `,
})
export class BulkLimitDialog {
  protected readonly data = inject<BulkLimitDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<BulkLimitDialog, number>>(MatDialogRef);
  private readonly api = inject(CustomerCreditLimitApi);

  protected readonly max = MAX_BULK_CUSTOMERS;
  protected readonly tooMany = this.data.customers.length > MAX_BULK_CUSTOMERS;
  /** The first few codes, so the user sees whom they are changing. */
  protected readonly who = summarize(this.data.customers.map((c) => c.code));
  protected readonly form = createLimitForm();
  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly otherErrors = signal<readonly ProblemFieldError[]>([]);

  protected apply(): void {
    if (this.saving() || this.tooMany) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.api
      .bulkSet(
        this.data.customers.map((c) => c.id),
        limitBody(this.form.getRawValue()),
      )
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (result) => this.ref.close(result.updated),
        error: (error: unknown) => {
          const failure = failureOf(error);
          // Field paths of the bulk body are `limit.openDocuments.value`: map them onto this form.
          const fields = failure.fields.map((f) => ({ ...f, field: f.field.replace(/^limit\./, '') }));
          this.otherErrors.set(applyServerErrors(this.form, fields));
          this.failure.set(failure);
        },
      });
  }
}

function summarize(codes: readonly string[], shown = 5): string {
  return codes.length <= shown ? codes.join(', ') : `${codes.slice(0, shown).join(', ')} … (+${codes.length - shown})`;
}
