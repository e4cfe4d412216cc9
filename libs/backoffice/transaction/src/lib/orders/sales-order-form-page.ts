import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe, problemOf } from '@niaga/backoffice/core';
import { IdrPipe, NIAGA_UI_TRANSLATE, PageHeader, applyServerErrors, schemaErrors } from '@niaga/backoffice/ui';
import { type CreateSalesOrderRequest, createSalesOrderSchema, type CreditCheckResponse } from '@niaga/shared/contracts';
import { finalize, map, startWith } from 'rxjs';
import { SalesOrdersApi } from '../data-access/sales-orders.api';
import { CreditEntry } from '../shared/credit-entry';
import { type CreditRefusal, creditRefusalOf } from '../shared/credit-refusal';
import { CustomerPickerComponent, type CustomerOption } from '../shared/customer-picker/customer-picker';
import { today } from '../shared/dates';
import { DocumentLinesComponent } from '../shared/document-lines/document-lines';
import { type LineValue, createLines, linesAmounts, requestLines } from '../shared/document-lines/line-form';
import { IdempotencyKeys } from '../shared/idempotency';
import { LiveCreditComponent } from '../shared/live-credit/live-credit';
import { problemText } from '../shared/problem-text';

/**
 * New sales order: customer picker (blocked customers disabled unless overridable), lines, and the live credit
 * panel with the projected figures of the order being typed. Submit → the order's page; a credit refusal
 * (422) is shown with its reasons next to the panel; an override needs a reason.
 */
@Component({
  selector: 'niaga-sales-order-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    CustomerPickerComponent,
    DocumentLinesComponent,
    LiveCreditComponent,
    IdrPipe,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sales-order-form-page.html',
  styleUrl: '../shared/document-form.scss',
})
export class SalesOrderFormPage {
  private readonly api = inject(SalesOrdersApi);
  private readonly i18n = inject(I18nService);
  private readonly uiT = inject(NIAGA_UI_TRANSLATE);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly keys = new IdempotencyKeys();

  private readonly picker = viewChild.required(CustomerPickerComponent);
  private readonly live = viewChild(LiveCreditComponent);

  protected readonly credit = new CreditEntry();
  protected readonly lines = createLines();
  protected readonly orderDate = new FormControl(today(), { nonNullable: true, validators: Validators.required });
  protected readonly notes = new FormControl('', { nonNullable: true, validators: Validators.maxLength(1000) });
  protected readonly form = new FormGroup({ orderDate: this.orderDate, notes: this.notes, lines: this.lines, reason: this.credit.reason });

  private readonly lineValues = toSignal(this.lines.valueChanges.pipe(startWith(null), map(() => this.lines.getRawValue() as LineValue[])), {
    initialValue: [] as LineValue[],
  });
  protected readonly total = computed(() => linesAmounts(this.lineValues()).total);

  protected readonly submitting = signal(false);
  protected readonly refusal = signal<CreditRefusal | null>(null);
  protected readonly error = signal<{ detail: string; fields: { field: string; message: string }[] } | null>(null);

  protected onPicked(option: CustomerOption | null): void {
    this.credit.customer.set(option);
    this.refusal.set(null);
  }

  protected onChecked(check: CreditCheckResponse | null): void {
    this.credit.check.set(check);
  }

  submit(): void {
    if (this.submitting()) return;
    this.error.set(null);
    this.refusal.set(null);
    const customer = this.credit.customer();
    this.picker().markTouched();
    this.lines.markAllAsTouched();
    this.orderDate.markAsTouched();
    this.credit.reason.markAsTouched();
    if (!customer || this.lines.invalid || this.orderDate.invalid || this.notes.invalid || this.credit.reason.invalid) {
      this.error.set({ detail: this.i18n.t('tx.form.invalid'), fields: [] });
      return;
    }
    const notes = this.notes.value.trim();
    const body: CreateSalesOrderRequest = {
      customerId: customer.customer.id,
      orderDate: this.orderDate.value,
      lines: requestLines(this.lines.getRawValue()),
      ...(notes ? { notes } : {}),
      ...(this.credit.creditOverride() ? { creditOverride: this.credit.creditOverride() } : {}),
    };
    const invalid = schemaErrors(createSalesOrderSchema, body);
    if (invalid.length) {
      this.error.set({ detail: this.i18n.t('tx.form.invalid'), fields: this.applyErrors(invalid) });
      return;
    }
    this.submitting.set(true);
    this.api
      .create(body, this.keys.keyFor(body))
      .pipe(
        finalize(() => this.submitting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (order) => void this.router.navigate(['..', order.id], { relativeTo: this.route }),
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown): void {
    const refusal = creditRefusalOf(error, this.uiT);
    if (refusal) {
      this.refusal.set(refusal);
      this.live()?.recheck();
      return;
    }
    const problem = problemOf(error);
    if (problem?.code === 'CREDIT_OVERRIDE_NOT_ALLOWED') {
      this.error.set({ detail: `${this.i18n.t('tx.form.overrideNotAllowed')} ${problem.detail}`, fields: [] });
      this.live()?.recheck();
      return;
    }
    this.error.set({ detail: problemText(this.i18n, error), fields: this.applyErrors(problem?.errors ?? []) });
  }

  /** Puts field errors (`lines.0.quantity`, `orderDate`, `creditOverride.reason`…) on the controls; returns the rest. */
  private applyErrors(errors: readonly { field: string; message: string }[]): { field: string; message: string }[] {
    return applyServerErrors(this.lines, errors, (field) => {
      const [head, index, name] = field.split('.');
      if (head === 'lines' && index !== undefined) {
        const line = this.lines.at(Number(index));
        if (!line) return null;
        return name === 'productId' ? line.controls.product : name === 'quantity' || name === 'unitPrice' ? line.controls[name] : null;
      }
      if (head === 'orderDate') return this.orderDate;
      if (head === 'notes') return this.notes;
      if (head === 'creditOverride') return this.credit.reason;
      return null;
    });
  }
}
