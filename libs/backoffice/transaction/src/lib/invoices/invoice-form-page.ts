import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe, problemOf } from '@niaga/backoffice/core';
import { IdrPipe, NIAGA_UI_TRANSLATE, PageHeader, applyServerErrors, formatDate, schemaErrors } from '@niaga/backoffice/ui';
import {
  type CreateSalesInvoiceRequest,
  type CreditCheckResponse,
  type CustomerView,
  type SalesOrderView,
  createSalesInvoiceSchema,
} from '@niaga/shared/contracts';
import { addDays } from '@niaga/shared/util';
import { type Observable, finalize, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { CustomersLookupApi } from '../data-access/customers-lookup.api';
import { SalesInvoicesApi } from '../data-access/sales-invoices.api';
import { SalesOrdersApi } from '../data-access/sales-orders.api';
import { CreditEntry } from '../shared/credit-entry';
import { type CreditRefusal, creditRefusalOf } from '../shared/credit-refusal';
import { CustomerPickerComponent, type CustomerOption } from '../shared/customer-picker/customer-picker';
import { today } from '../shared/dates';
import { DocumentLinesComponent } from '../shared/document-lines/document-lines';
import { type LineValue, createLines, linesAmounts, requestLines } from '../shared/document-lines/line-form';
import { IdempotencyKeys } from '../shared/idempotency';
import { LiveCreditComponent } from '../shared/live-credit/live-credit';
import { localeOf, problemText } from '../shared/problem-text';
import { type OrderInvoiceLine, orderInvoiceLines, orderInvoiceRequestLines, orderInvoiceTotal } from './order-invoice-lines';

type Mode = 'order' | 'direct';

/**
 * New invoice. From a sales order: pick an open order, invoice everything left or a part (never credit-checked).
 * Direct: customer, lines and the live credit panel, checked like an order. Due date defaults to the invoice
 * date + the customer's payment terms.
 */
@Component({
  selector: 'niaga-invoice-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    CustomerPickerComponent,
    DocumentLinesComponent,
    LiveCreditComponent,
    IdrPipe,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoice-form-page.html',
  styleUrl: '../shared/document-form.scss',
})
export class InvoiceFormPage {
  private readonly invoices = inject(SalesInvoicesApi);
  private readonly orders = inject(SalesOrdersApi);
  private readonly customers = inject(CustomersLookupApi);
  private readonly i18n = inject(I18nService);
  private readonly uiT = inject(NIAGA_UI_TRANSLATE);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly keys = new IdempotencyKeys();

  /** `?salesOrderId=` (component input binding): open the form on that order. */
  readonly salesOrderId = input<string | undefined>();

  private readonly orderPicker = viewChild<CustomerPickerComponent>('orderCustomer');
  private readonly directPicker = viewChild<CustomerPickerComponent>('directCustomer');
  private readonly live = viewChild(LiveCreditComponent);

  protected readonly mode = new FormControl<Mode>('order', { nonNullable: true });
  private readonly modeValue = toSignal(this.mode.valueChanges.pipe(startWith(this.mode.value)), { initialValue: 'order' as Mode });
  protected readonly invoiceDate = new FormControl(today(), { nonNullable: true, validators: Validators.required });
  protected readonly dueDate = new FormControl(today(), { nonNullable: true, validators: Validators.required });
  private dueDateEdited = false;

  // From an order
  protected readonly customer = signal<CustomerView | null>(null);
  protected readonly openOrders = signal<SalesOrderView[]>([]);
  protected readonly order = signal<SalesOrderView | null>(null);
  protected readonly orderLines = signal<OrderInvoiceLine[]>([]);
  protected readonly orderQuantities = signal<string[]>([]);
  protected readonly orderTotal = computed(() => orderInvoiceTotal(this.orderLines(), this.orderQuantities()));

  // Direct
  protected readonly credit = new CreditEntry();
  protected readonly lines = createLines();
  private readonly lineValues = toSignal(this.lines.valueChanges.pipe(startWith(null), map(() => this.lines.getRawValue() as LineValue[])), {
    initialValue: [] as LineValue[],
  });
  protected readonly form = new FormGroup({ invoiceDate: this.invoiceDate, dueDate: this.dueDate, lines: this.lines, reason: this.credit.reason });
  protected readonly directTotal = computed(() => linesAmounts(this.lineValues()).total);

  protected readonly isOrder = computed(() => this.modeValue() === 'order');
  protected readonly total = computed(() => (this.isOrder() ? this.orderTotal() : this.directTotal()));
  protected readonly paymentTermDays = computed(() => (this.isOrder() ? this.customer() : this.credit.customer()?.customer)?.paymentTermDays ?? null);

  protected readonly submitting = signal(false);
  protected readonly refusal = signal<CreditRefusal | null>(null);
  protected readonly error = signal<{ detail: string; fields: { field: string; message: string }[] } | null>(null);

  constructor() {
    // Due date = invoice date + payment terms, until the user sets it.
    effect(() => {
      const terms = this.paymentTermDays();
      untracked(() => this.defaultDueDate(terms));
    });
    this.invoiceDate.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.defaultDueDate(this.paymentTermDays()));
    // Switching mode starts that side afresh (its customer picker is a new one).
    this.mode.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.error.set(null);
      this.refusal.set(null);
      this.credit.customer.set(null);
      this.customer.set(null);
      this.openOrders.set([]);
      this.selectOrder(null);
    });
    // Opened from an order's page.
    effect(() => {
      const id = this.salesOrderId();
      if (id) untracked(() => this.openOrder(id));
    });
  }

  protected onDueDateInput(): void {
    this.dueDateEdited = true;
  }

  protected date(value: string): string {
    return formatDate(value, localeOf(this.i18n));
  }

  protected onOrderCustomer(option: CustomerOption | null): void {
    this.customer.set(option?.customer ?? null);
    this.selectOrder(null);
    this.openOrders.set([]);
    if (option) this.loadOpenOrders(option.customer.id).subscribe((orders) => this.openOrders.set(orders));
  }

  protected selectOrder(order: SalesOrderView | null): void {
    this.order.set(order);
    const lines = order ? orderInvoiceLines(order) : [];
    this.orderLines.set(lines);
    this.orderQuantities.set(lines.map((l) => l.quantity.value));
  }

  protected onQuantity(): void {
    this.orderQuantities.set(this.orderLines().map((l) => l.quantity.value));
  }

  protected orderLineError(l: OrderInvoiceLine): string {
    const server = l.quantity.getError('server') as string | null;
    if (server) return server;
    if (l.quantity.hasError('overRemaining')) return this.i18n.t('tx.invoices.overRemaining', { left: l.remaining });
    return this.i18n.t('tx.lines.quantityInvalid');
  }

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
    this.invoiceDate.markAsTouched();
    this.dueDate.markAsTouched();
    const built = this.isOrder() ? this.orderRequest() : this.directRequest();
    if (!built) {
      this.error.set({ detail: this.i18n.t('tx.form.invalid'), fields: [] });
      return;
    }
    const { body, fieldControl } = built;
    const invalid = schemaErrors(createSalesInvoiceSchema, body);
    if (invalid.length) {
      this.error.set({ detail: this.i18n.t('tx.form.invalid'), fields: applyServerErrors(this.dueDate, invalid, fieldControl) });
      return;
    }
    this.submitting.set(true);
    this.invoices
      .create(body, this.keys.keyFor(body))
      .pipe(
        finalize(() => this.submitting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (invoice) => void this.router.navigate(['..', invoice.id], { relativeTo: this.route }),
        error: (error: unknown) => {
          const refusal = creditRefusalOf(error, this.uiT);
          if (refusal) {
            this.refusal.set(refusal);
            this.live()?.recheck();
            return;
          }
          const problem = problemOf(error);
          const detail =
            problem?.code === 'CREDIT_OVERRIDE_NOT_ALLOWED' ? `${this.i18n.t('tx.form.overrideNotAllowed')} ${problem.detail}` : problemText(this.i18n, error);
          this.error.set({ detail, fields: applyServerErrors(this.dueDate, problem?.errors ?? [], fieldControl) });
        },
      });
  }

  private orderRequest(): { body: CreateSalesInvoiceRequest; fieldControl: (field: string) => FormControl | null } | null {
    const order = this.order();
    const lines = this.orderLines();
    this.orderPicker()?.markTouched();
    lines.forEach((l) => l.quantity.markAsTouched());
    if (!order || this.invoiceDate.invalid || this.dueDate.invalid || lines.some((l) => l.quantity.invalid)) return null;
    const request = orderInvoiceRequestLines(lines);
    if (!request.index.length) return null;
    return {
      body: {
        salesOrderId: order.id,
        invoiceDate: this.invoiceDate.value,
        dueDate: this.dueDate.value,
        ...(request.lines ? { lines: request.lines } : {}),
      },
      fieldControl: (field) => {
        const [head, i] = field.split('.');
        if (head === 'lines' && i !== undefined) return lines[request.index[Number(i)]]?.quantity ?? null;
        return this.dateControl(head);
      },
    };
  }

  private directRequest(): { body: CreateSalesInvoiceRequest; fieldControl: (field: string) => FormControl | null } | null {
    const customer = this.credit.customer();
    this.directPicker()?.markTouched();
    this.lines.markAllAsTouched();
    this.credit.reason.markAsTouched();
    if (!customer || this.lines.invalid || this.invoiceDate.invalid || this.dueDate.invalid || this.credit.reason.invalid) return null;
    const override = this.credit.creditOverride();
    return {
      body: {
        customerId: customer.customer.id,
        invoiceDate: this.invoiceDate.value,
        dueDate: this.dueDate.value,
        lines: requestLines(this.lines.getRawValue()),
        ...(override ? { creditOverride: override } : {}),
      },
      fieldControl: (field) => {
        const [head, i, name] = field.split('.');
        if (head === 'lines' && i !== undefined) {
          const line = this.lines.at(Number(i));
          if (!line) return null;
          if (name === 'productId') return line.controls.product as FormControl;
          return name === 'quantity' || name === 'unitPrice' ? line.controls[name] : null;
        }
        if (head === 'creditOverride') return this.credit.reason;
        return this.dateControl(head);
      },
    };
  }

  private dateControl(field: string): FormControl | null {
    return field === 'invoiceDate' ? this.invoiceDate : field === 'dueDate' ? this.dueDate : null;
  }

  private defaultDueDate(terms: number | null): void {
    if (this.dueDateEdited || terms === null || !this.invoiceDate.value) return;
    this.dueDate.setValue(addDays(this.invoiceDate.value, terms));
  }

  private openOrder(id: string): void {
    this.mode.setValue('order');
    this.orders
      .get(id)
      .pipe(
        switchMap((order) => forkJoin([of(order), this.customers.get(order.customerId)])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ([order, customer]) => {
          this.customer.set(customer);
          this.orderPicker()?.setCustomer({ customer, credit: null, blocked: false, overridable: false, reason: '' });
          this.loadOpenOrders(customer.id).subscribe((orders) => this.openOrders.set(orders.some((o) => o.id === order.id) ? orders : [order, ...orders]));
          this.selectOrder(order);
        },
        error: (error: unknown) => this.error.set({ detail: problemText(this.i18n, error), fields: [] }),
      });
  }

  private loadOpenOrders(customerId: string): Observable<SalesOrderView[]> {
    return forkJoin([
      this.orders.list({ customerId, status: 'open', pageSize: 100 }),
      this.orders.list({ customerId, status: 'partially_invoiced', pageSize: 100 }),
    ]).pipe(
      map(([a, b]) => [...a.items, ...b.items].sort((x, y) => x.number.localeCompare(y.number))),
      takeUntilDestroyed(this.destroyRef),
    );
  }

  protected orderLabel(order: SalesOrderView): string {
    return `${order.number} · ${this.date(order.orderDate)}`;
  }

  protected compareOrders = (a: SalesOrderView | null, b: SalesOrderView | null) => a?.id === b?.id;
}
