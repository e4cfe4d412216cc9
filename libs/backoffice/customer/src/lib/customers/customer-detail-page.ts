import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardSubtitle, MatCardTitle } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { CreditPanelComponent, PageHeader } from '@niaga/backoffice/ui';
import type { CustomerCredit, CustomerCreditLimitInput, CustomerView, ProblemFieldError } from '@niaga/shared/contracts';
import { type Observable, Subscription, finalize, map } from 'rxjs';
import { CreditLimitEditor } from '../credit-limit/credit-limit-editor';
import type { AuditEntry } from '../data-access/audit-entry';
import { CustomerAuditApi } from '../data-access/customer-audit.api';
import { CustomerCreditLimitApi } from '../data-access/customer-credit-limit.api';
import { CustomerCreditApi } from '../data-access/customer-credit.api';
import { CustomerApi } from '../data-access/customer.api';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { formatInstant } from '../shared/format-instant';
import { CustomerTopProducts } from '../activity/customer-top-products';
import { CustomerVisits } from '../activity/customer-visits';
import { CustomerAuditTrail } from './customer-audit-trail';

/**
 * A customer: master data, the credit panel (limit in force and its source, used, remaining, blocked and why,
 * Refresh), the customer-specific credit limit (Inherit / Unlimited / Value per kind) and its change history.
 */
@Component({
  selector: 'niaga-customer-detail-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatCardHeader,
    MatCardSubtitle,
    MatCardTitle,
    MatProgressBar,
    RouterLink,
    PageHeader,
    CreditPanelComponent,
    TranslatePipe,
    FailureAlert,
    CreditLimitEditor,
    CustomerAuditTrail,
    CustomerTopProducts,
    CustomerVisits,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-detail-page.html',
  styleUrl: './customer-detail-page.scss',
})
export class CustomerDetailPage {
  private readonly customers = inject(CustomerApi);
  private readonly creditApi = inject(CustomerCreditApi);
  private readonly limits = inject(CustomerCreditLimitApi);
  private readonly audit = inject(CustomerAuditApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);
  protected readonly featureRoute = inject(ActivatedRoute).parent;

  protected readonly canWrite = computed(() => this.auth.can('customers:write'));

  protected readonly customer = signal<CustomerView | null>(null);
  protected readonly loadFailure = signal<Failure | null>(null);

  protected readonly credit = signal<CustomerCredit | null>(null);
  protected readonly creditLoading = signal(false);
  protected readonly creditFailure = signal<Failure | null>(null);

  protected readonly trail = signal<readonly AuditEntry[]>([]);
  protected readonly trailFailure = signal<Failure | null>(null);

  protected readonly savingLimit = signal(false);
  protected readonly limitFailure = signal<Failure | null>(null);
  protected readonly limitFieldErrors = signal<readonly ProblemFieldError[]>([]);
  protected readonly limitSavedAt = signal<string | null>(null);

  protected readonly title = computed(() => {
    const c = this.customer();
    return c ? `${c.code} – ${c.name}` : this.i18n.t('customers.detail.title');
  });
  protected readonly savedText = computed(() => {
    const at = this.limitSavedAt();
    return at ? this.i18n.t('customers.detail.limitSaved', { time: formatInstant(at, this.i18n.language()) }) : null;
  });

  private readonly pending = new Subscription();
  private id: string | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => this.pending.unsubscribe());
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id')),
        takeUntilDestroyed(),
      )
      .subscribe((id) => id && this.open(id));
  }

  protected refreshCredit(): void {
    if (this.id) this.loadCredit(this.id, this.creditApi.refresh(this.id));
  }

  protected saveLimit(limit: CustomerCreditLimitInput): void {
    const id = this.id;
    if (!id || this.savingLimit()) return;
    this.savingLimit.set(true);
    this.limitFailure.set(null);
    this.limitFieldErrors.set([]);
    this.limitSavedAt.set(null);
    this.pending.add(
      this.limits
        .set(id, limit)
        .pipe(finalize(() => this.savingLimit.set(false)))
        .subscribe({
          next: (customer) => {
            this.customer.set(customer);
            this.limitSavedAt.set(customer.updatedAt);
            this.snackBar.open(this.i18n.t('customers.detail.limitSavedToast'), undefined, { duration: 4000 });
            // The limit in force and the history changed: show them.
            this.loadCredit(id, this.creditApi.get(id));
            this.loadTrail(id);
          },
          error: (error: unknown) => {
            const failure = failureOf(error);
            this.limitFailure.set(failure);
            this.limitFieldErrors.set(failure.fields);
          },
        }),
    );
  }

  private open(id: string): void {
    this.id = id;
    this.customer.set(null);
    this.credit.set(null);
    this.trail.set([]);
    this.loadFailure.set(null);
    this.limitSavedAt.set(null);
    this.pending.add(
      this.customers.get(id).subscribe({
        next: (customer) => this.customer.set(customer),
        error: (error: unknown) => this.loadFailure.set(failureOf(error)),
      }),
    );
    this.loadCredit(id, this.creditApi.get(id));
    this.loadTrail(id);
  }

  private loadCredit(id: string, request: Observable<CustomerCredit>): void {
    this.creditLoading.set(true);
    this.creditFailure.set(null);
    this.pending.add(
      request.pipe(finalize(() => this.creditLoading.set(false))).subscribe({
        next: (credit) => this.id === id && this.credit.set(credit),
        error: (error: unknown) => this.creditFailure.set(failureOf(error)),
      }),
    );
  }

  private loadTrail(id: string): void {
    this.trailFailure.set(null);
    this.pending.add(
      this.audit.history(id).subscribe({
        next: (entries) => this.id === id && this.trail.set(entries),
        error: (error: unknown) => this.trailFailure.set(failureOf(error)),
      }),
    );
  }
}
