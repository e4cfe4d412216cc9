import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { CreditPanelComponent, NIAGA_UI_TRANSLATE, creditReasonText } from '@niaga/backoffice/ui';
import type { CreditCheckResponse, CreditDocumentType } from '@niaga/shared/contracts';
import { Subject, catchError, combineLatest, debounce, distinctUntilChanged, map, merge, of, startWith, switchMap, tap, timer } from 'rxjs';
import { CreditApi } from '../../data-access/credit.api';
import { problemText } from '../problem-text';

interface CheckKey {
  customerId: string | null;
  amount: string;
  documentType: CreditDocumentType;
}

/**
 * The live credit panel of a document being typed: after the customer or the total changes (debounced), asks
 * `POST /credit/check` with the current total and shows the outcome (pass / warn / block, with reasons) and
 * the projected figures. Emits every answer so the form knows whether a block can be overridden.
 */
@Component({
  selector: 'niaga-live-credit',
  imports: [CreditPanelComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-credit.html',
  styleUrl: './live-credit.scss',
})
export class LiveCreditComponent {
  private readonly api = inject(CreditApi);
  private readonly i18n = inject(I18nService);
  private readonly uiT = inject(NIAGA_UI_TRANSLATE);

  readonly customerId = input<string | null>(null);
  /** The document's total so far (decimal string). */
  readonly amount = input('0.00');
  readonly documentType = input<CreditDocumentType>('sales_order');
  readonly debounceMs = input(400);
  readonly checked = output<CreditCheckResponse | null>();

  protected readonly result = signal<CreditCheckResponse | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly reasons = computed(() => {
    const r = this.result();
    return r ? r.reasons.map((reason) => creditReasonText(reason, r.projected, this.uiT)) : [];
  });

  private readonly again$ = new Subject<void>();

  constructor() {
    const key$ = combineLatest([toObservable(this.customerId), toObservable(this.amount), toObservable(this.documentType)]).pipe(
      map(([customerId, amount, documentType]): CheckKey => ({ customerId, amount, documentType })),
      distinctUntilChanged((a, b) => a.customerId === b.customerId && a.amount === b.amount && a.documentType === b.documentType),
    );
    let latest: CheckKey | null = null;
    merge(
      key$.pipe(
        tap((key) => (latest = key)),
        // A new customer is checked at once; a changing total waits until typing pauses.
        debounce((key) => timer(key.customerId === this.result()?.projected.customerId ? this.debounceMs() : 0)),
      ),
      this.again$.pipe(map(() => latest)),
    )
      .pipe(
        startWith(null),
        switchMap((key) => {
          if (!key?.customerId) return of(null);
          this.loading.set(true);
          return this.api.check({ customerId: key.customerId, documentType: key.documentType, amount: key.amount }).pipe(
            tap(() => this.error.set(null)),
            catchError((error: unknown) => {
              this.error.set(problemText(this.i18n, error));
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.result.set(result);
        this.checked.emit(result);
      });
  }

  /** Checks again now (e.g. after a refused save, or after a refresh of the customer's exposure). */
  recheck(): void {
    this.again$.next();
  }

  protected refresh(): void {
    const customerId = this.customerId();
    if (!customerId) return;
    this.loading.set(true);
    this.api.refresh(customerId).subscribe({
      next: () => this.recheck(),
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(problemText(this.i18n, error));
      },
    });
  }
}
