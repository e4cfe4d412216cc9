import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@niaga/backoffice/core';
import type { Failure } from './failure';

/**
 * A failed request, in a red box: a message of ours when the caller has a better one (`message`), else the
 * API's detail (or ours when there is none), and the offending fields that no form field shows.
 */
@Component({
  selector: 'niaga-failure-alert',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failure(); as f) {
      <div class="alert" role="alert" [attr.data-testid]="testId()">
        <div class="message">{{ message() ?? f.detail ?? (f.key | t) }}</div>
        @if (fields().length) {
          <ul>
            @for (field of fields(); track $index) {
              <li>{{ field.field }}: {{ field.message }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .alert {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
})
export class FailureAlert {
  readonly failure = input<Failure | null>(null);
  /** Overrides the API's detail (e.g. a translated explanation of a known code). */
  readonly message = input<string | null>(null);
  /** The field errors to list; by default all of them. Pass those not shown on a form field. */
  readonly fieldErrors = input<Failure['fields'] | null>(null);
  readonly testId = input('failure');

  protected fields(): Failure['fields'] {
    return this.fieldErrors() ?? this.failure()?.fields ?? [];
  }
}
