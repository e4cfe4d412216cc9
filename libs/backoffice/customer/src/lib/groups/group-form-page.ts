import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import {
  type CreateCustomerGroupRequest,
  type CustomerGroupView,
  GROUP_CODE_MAX,
  GROUP_NAME_MAX,
  type ProblemFieldError,
} from '@niaga/shared/contracts';
import { type Observable, finalize, map, of } from 'rxjs';
import { LimitFields } from '../credit-limit/limit-fields';
import { createLimitForm, defaultsBody, limitFormValue } from '../credit-limit/limit-form';
import { CustomerGroupApi } from '../data-access/customer-group.api';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { loadEach } from '../shared/load-state';
import { applyServerErrors } from '../shared/server-errors';
import { trimmedText } from '../shared/validators';

/**
 * Add Customer Group (New) and its edit twin: Group Code, Group Name, optional credit defaults, Save.
 * A duplicate code (409) is shown on the Group Code field.
 */
@Component({
  selector: 'niaga-group-form-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    RouterLink,
    PageHeader,
    TranslatePipe,
    FailureAlert,
    LimitFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-form-page.html',
  styleUrl: './group-form-page.scss',
})
export class GroupFormPage {
  private readonly api = inject(CustomerGroupApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** The group to edit (route `:id/edit`); none for New. */
  private readonly id$ = this.route.paramMap.pipe(map((params) => params.get('id')));
  protected readonly groupId = toSignal(this.id$, { initialValue: null });
  protected readonly editing = computed(() => !!this.groupId());
  /** The feature's root route: the list. */
  protected readonly listRoute = this.route.parent;

  protected readonly codeMax = GROUP_CODE_MAX;
  protected readonly nameMax = GROUP_NAME_MAX;
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: trimmedText({ max: GROUP_CODE_MAX, required: true, code: true }) }),
    name: new FormControl('', { nonNullable: true, validators: trimmedText({ max: GROUP_NAME_MAX, required: true }) }),
    creditDefaults: createLimitForm(),
  });

  /** The group being edited, loaded once; New has nothing to load. */
  protected readonly loaded = loadEach(this.id$, (id): Observable<CustomerGroupView | null> => (id ? this.api.get(id) : of(null)));
  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  /** Field errors of a refused save that no input shows. */
  protected readonly otherFieldErrors = signal<readonly ProblemFieldError[]>([]);
  private original: CustomerGroupView | null = null;

  constructor() {
    effect(() => {
      const state = this.loaded();
      const group = state.status === 'ok' ? state.value : null;
      if (!group || group === this.original) return;
      this.original = group;
      this.form.reset({ code: group.code, name: group.name, creditDefaults: limitFormValue(group.creditDefaults) });
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    const body: CreateCustomerGroupRequest = { code: raw.code.trim(), name: raw.name.trim(), creditDefaults: defaultsBody(raw.creditDefaults) };
    const id = this.groupId();
    this.saving.set(true);
    this.failure.set(null);
    this.otherFieldErrors.set([]);
    (id ? this.api.update(id, body) : this.api.create(body)).pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (group) => {
        this.snackBar.open(this.i18n.t('customers.groups.saved', { code: group.code }), undefined, { duration: 4000 });
        void this.router.navigate(['.'], {
          relativeTo: this.listRoute,
          queryParamsHandling: 'preserve',
          state: { savedId: group.id },
        });
      },
      error: (error: unknown) => this.showFailure(failureOf(error), body.code),
    });
  }

  /** A duplicate code goes on the Group Code field, in the user's language; other field errors on theirs. */
  private showFailure(failure: Failure, code: string): void {
    const unmatched = applyServerErrors(this.form, failure.fields, (error) =>
      failure.code === 'CUSTOMER_GROUP_CODE_TAKEN' && error.field === 'code' ? this.i18n.t('customers.groups.codeTaken', { code }) : null,
    );
    const shownOnFields = failure.fields.length > 0 && unmatched.length === 0;
    this.otherFieldErrors.set(unmatched);
    this.failure.set(shownOnFields ? null : failure);
  }
}
