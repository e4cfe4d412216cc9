import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe } from '@niaga/backoffice/ui';
import { map, startWith, switchMap } from 'rxjs';
import { type KindForm, type LimitForm, MAX_OPEN_DOCUMENTS } from './limit-form';

/**
 * The three limit kinds as radio choices: Inherit / Unlimited / Value (customers), Inherit / Value (group
 * defaults), and the overdue rule Inherit / Check / Ignore. The value input appears for "Value" only.
 * Renders a LimitForm owned by the caller (credit limit editor, bulk edit, group form).
 */
@Component({
  selector: 'niaga-limit-fields',
  imports: [ReactiveFormsModule, MatError, MatFormField, MatHint, MatInput, MatLabel, MatRadioButton, MatRadioGroup, MatSuffix, TranslatePipe, IdrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './limit-fields.html',
  styleUrl: './limit-fields.scss',
})
export class LimitFields {
  readonly form = input.required<LimitForm>();
  /** Customers may switch a kind off ("unlimited") even when a default exists; groups may not. */
  readonly allowUnlimited = input(true);
  /** What "inherit" means here: the group → default (customer) or the global default (group). */
  readonly inheritFrom = input<'customer' | 'group'>('customer');
  /** Prefix of data-testid attributes, to tell two editors on a page apart. */
  readonly testIdPrefix = input('limit');

  protected readonly maxDocuments = MAX_OPEN_DOCUMENTS;

  /**
   * Changes every time the form changes (value, validity, touched — also when the caller resets it), so this
   * OnPush view follows a form it does not own.
   */
  private readonly formEvents = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) => form.events.pipe(startWith(null))),
      map((_, index) => index),
    ),
    { initialValue: 0 },
  );

  protected isValue(kind: KindForm): boolean {
    this.formEvents();
    return kind.controls.mode.value === 'value';
  }

  /** A valid amount (shown as `Rp 1.500.000` under the input, so the user sees what they typed in Rupiah). */
  protected preview(kind: KindForm): string | null {
    this.formEvents();
    const control = kind.controls.value;
    return this.isValue(kind) && control.valid && control.value.trim() !== '' ? control.value.trim() : null;
  }
}
