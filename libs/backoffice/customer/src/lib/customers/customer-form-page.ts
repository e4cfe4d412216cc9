import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import { CUSTOMER_CODE_MAX, type CustomerGroupView, type CustomerView, type ProblemFieldError } from '@niaga/shared/contracts';
import { type Observable, catchError, finalize, map, of } from 'rxjs';
import { CustomerGroupApi } from '../data-access/customer-group.api';
import { CustomerApi } from '../data-access/customer.api';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { loadEach } from '../shared/load-state';
import { applyServerErrors } from '../shared/server-errors';
import { ADDRESS_MAX, NAME_MAX, PAYMENT_TERM_MAX, createCustomerBody, createCustomerForm, customerFormValue, updateCustomerBody } from './customer-form';

/** New customer and its edit twin: code, name, group, payment terms, phone, e-mail, address. */
@Component({
  selector: 'niaga-customer-form-page',
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
    MatOption,
    MatProgressBar,
    MatSelect,
    MatSuffix,
    RouterLink,
    PageHeader,
    TranslatePipe,
    FailureAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-form-page.html',
  styleUrl: './customer-form-page.scss',
})
export class CustomerFormPage {
  private readonly api = inject(CustomerApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  private readonly id$ = this.route.paramMap.pipe(map((params) => params.get('id')));
  protected readonly customerId = toSignal(this.id$, { initialValue: null });
  protected readonly editing = computed(() => !!this.customerId());
  /** The feature's root route (the list); the detail page is `<id>` below it. */
  protected readonly featureRoute = this.route.parent;
  protected readonly cancelLink = computed(() => (this.customerId() ? [this.customerId()] : ['.']));

  protected readonly max = { code: CUSTOMER_CODE_MAX, name: NAME_MAX, address: ADDRESS_MAX, paymentTerm: PAYMENT_TERM_MAX };
  protected readonly form = createCustomerForm();
  protected readonly groups = toSignal(inject(CustomerGroupApi).options().pipe(catchError(() => of<CustomerGroupView[]>([]))), {
    initialValue: [] as CustomerGroupView[],
  });

  protected readonly loaded = loadEach(this.id$, (id): Observable<CustomerView | null> => (id ? this.api.get(id) : of(null)));
  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly otherFieldErrors = signal<readonly ProblemFieldError[]>([]);
  private original: CustomerView | null = null;

  constructor() {
    effect(() => {
      const state = this.loaded();
      const customer = state.status === 'ok' ? state.value : null;
      if (!customer || customer === this.original) return;
      this.original = customer;
      this.form.reset(customerFormValue(customer));
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const id = this.customerId();
    this.saving.set(true);
    this.failure.set(null);
    this.otherFieldErrors.set([]);
    (id ? this.api.update(id, updateCustomerBody(value)) : this.api.create(createCustomerBody(value)))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (customer) => {
          this.snackBar.open(this.i18n.t('customers.form.saved', { code: customer.code }), undefined, { duration: 4000 });
          void this.router.navigate([customer.id], { relativeTo: this.route.parent });
        },
        error: (error: unknown) => this.showFailure(failureOf(error), value.code.trim()),
      });
  }

  private showFailure(failure: Failure, code: string): void {
    const unmatched = applyServerErrors(this.form, failure.fields, (error) => {
      if (failure.code === 'CUSTOMER_CODE_TAKEN' && error.field === 'code') return this.i18n.t('customers.form.codeTaken', { code });
      if (failure.code === 'CUSTOMER_GROUP_NOT_FOUND' && error.field === 'groupId') return this.i18n.t('customers.form.groupNotFound');
      return null;
    });
    this.otherFieldErrors.set(unmatched);
    this.failure.set(failure.fields.length > 0 && unmatched.length === 0 ? null : failure);
  }
}
