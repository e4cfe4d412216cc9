import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import type { TopProductRow } from '@niaga/shared/contracts';
import { Subscription } from 'rxjs';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { ACTIVITY_TEXTS } from './activity-texts';
import { CustomerActivityApi, type TopProductsBy } from './customer-activity.api';
import { localDate } from './local-date';

const DEFAULT_DAYS = 90;

/** The products this customer buys most over a period, by quantity or by number of orders. */
@Component({
  selector: 'niaga-customer-top-products',
  imports: [MatCard, MatCardHeader, MatCardTitle, MatCardContent, MatFormField, MatLabel, MatInput, MatButtonToggleGroup, MatButtonToggle, MatProgressBar, TranslatePipe, FailureAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="top-products">
      <mat-card-header>
        <mat-card-title>{{ 'customerActivity.topProducts.title' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <div class="filters">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'customerActivity.topProducts.from' | t }}</mat-label>
            <input matInput type="date" [value]="from()" (change)="setFrom($event)" data-testid="top-products-from" />
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'customerActivity.topProducts.to' | t }}</mat-label>
            <input matInput type="date" [value]="to()" (change)="setTo($event)" data-testid="top-products-to" />
          </mat-form-field>
          <mat-button-toggle-group
            [value]="by()"
            (change)="setBy($event.value)"
            [attr.aria-label]="'customerActivity.topProducts.by' | t"
            hideSingleSelectionIndicator
            data-testid="top-products-by"
          >
            <mat-button-toggle value="quantity" data-testid="top-products-by-quantity">{{ 'customerActivity.topProducts.byQuantity' | t }}</mat-button-toggle>
            <mat-button-toggle value="orders" data-testid="top-products-by-orders">{{ 'customerActivity.topProducts.byOrders' | t }}</mat-button-toggle>
          </mat-button-toggle-group>
        </div>
        @if (badPeriod()) {
          <p class="warn" role="alert" data-testid="top-products-bad-period">{{ 'customerActivity.topProducts.badPeriod' | t }}</p>
        }
        <niaga-failure-alert [failure]="failure()" testId="top-products-error" />
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (rows().length) {
          <table class="table" data-testid="top-products-table">
            <thead>
              <tr>
                <th>{{ 'customerActivity.topProducts.colCode' | t }}</th>
                <th>{{ 'customerActivity.topProducts.colName' | t }}</th>
                <th class="num">{{ 'customerActivity.topProducts.colQuantity' | t }}</th>
                <th class="num">{{ 'customerActivity.topProducts.colOrders' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.productId) {
                <tr data-testid="top-product-row">
                  <td>{{ row.code }}</td>
                  <td>{{ row.name }}</td>
                  <td class="num">{{ quantity(row.quantity) }}</td>
                  <td class="num">{{ row.orders }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else if (!loading() && !failure() && !badPeriod()) {
          <p class="empty" data-testid="top-products-empty">{{ 'customerActivity.topProducts.empty' | t }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 16px;
      align-items: center;
      margin: 8px 0 16px;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 500;
    }
    .num {
      text-align: right;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .warn {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class CustomerTopProducts {
  readonly customerId = input.required<string>();

  private readonly api = inject(CustomerActivityApi);
  private readonly i18n = inject(I18nService);

  protected readonly from = signal(localDate(new Date(Date.now() - DEFAULT_DAYS * 24 * 60 * 60 * 1000)));
  protected readonly to = signal(localDate(new Date()));
  protected readonly by = signal<TopProductsBy>('quantity');

  protected readonly rows = signal<readonly TopProductRow[]>([]);
  protected readonly loading = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly badPeriod = signal(false);

  private request = new Subscription();

  constructor() {
    this.i18n.registerTranslations(ACTIVITY_TEXTS);
    inject(DestroyRef).onDestroy(() => this.request.unsubscribe());
    effect(() => {
      const [id, from, to, by] = [this.customerId(), this.from(), this.to(), this.by()];
      untracked(() => this.load(id, from, to, by));
    });
  }

  protected setFrom(event: Event): void {
    this.from.set((event.target as HTMLInputElement).value);
  }

  protected setTo(event: Event): void {
    this.to.set((event.target as HTMLInputElement).value);
  }

  protected setBy(value: TopProductsBy): void {
    this.by.set(value);
  }

  /** "12.500" → "12,5" (id) / "12.5" (en): the API's decimal string, shown in the active language. */
  protected quantity(value: string): string {
    const n = Number(value);
    if (!Number.isFinite(n)) return value;
    return new Intl.NumberFormat(this.i18n.language() === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 }).format(n);
  }

  private load(customerId: string, from: string, to: string, by: TopProductsBy): void {
    this.request.unsubscribe();
    this.failure.set(null);
    const bad = !from || !to || from > to;
    this.badPeriod.set(bad);
    if (bad) {
      this.rows.set([]);
      this.loading.set(false);
      return;
    }
    this.loading.set(true);
    this.request = this.api.topProducts(customerId, { from, to, by, limit: 10 }).subscribe({
      next: (rows) => {
        this.rows.set(rows);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.rows.set([]);
        this.failure.set(failureOf(error));
        this.loading.set(false);
      },
    });
  }
}
