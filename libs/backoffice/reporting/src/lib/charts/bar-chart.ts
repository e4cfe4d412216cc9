import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barPercents } from './bar-scale';

export type BarTone = 'primary' | 'safe' | 'warning' | 'error' | 'neutral';

/** One bar: its label, its length (display only) and the figure shown beside it, already formatted. */
export interface ChartBar {
  key: string;
  label: string;
  /** The bar's length in any unit; money is turned into a length with `chartLength`. */
  value: number;
  /** The figure next to the bar (e.g. `Rp 1.500.000`, `12`), formatted by the caller. */
  display: string;
  tone?: BarTone;
}

interface DrawnBar extends ChartBar {
  tone: BarTone;
  width: number;
}

/**
 * A horizontal bar chart in inline SVG: one row per bar with its label, the bar (its length proportional
 * to the value, the largest filling the track) and its formatted figure. Texts arrive translated.
 */
@Component({
  selector: 'niaga-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.aria-label]="caption() || null">
      @if (caption()) {
        <figcaption class="caption">{{ caption() }}</figcaption>
      }
      @if (drawn().length > 0) {
        <ul class="rows">
          @for (bar of drawn(); track bar.key) {
            <li class="row" [attr.data-testid]="'chart-bar-' + bar.key">
              <span class="label">{{ bar.label }}</span>
              <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="rail" x="0" y="0" width="100" height="10" />
                <rect [attr.class]="'fill tone-' + bar.tone" x="0" y="0" height="10" [attr.width]="bar.width" data-testid="chart-fill" />
              </svg>
              <span class="value" data-testid="chart-value">{{ bar.display }}</span>
            </li>
          }
        </ul>
      }
      @if (empty() && emptyText()) {
        <p class="empty" data-testid="chart-empty">{{ emptyText() }}</p>
      }
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      margin: 0;
    }
    .caption {
      margin-bottom: 12px;
      font: var(--mat-sys-title-small);
    }
    .rows {
      display: grid;
      grid-template-columns: minmax(96px, max-content) minmax(80px, 1fr) max-content;
      gap: 8px 12px;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: contents;
    }
    .label {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .track {
      display: block;
      width: 100%;
      height: 16px;
    }
    .rail {
      fill: var(--mat-sys-surface-container-highest);
    }
    .fill {
      fill: var(--mat-sys-primary);
    }
    .tone-safe {
      fill: #2e9d4a;
    }
    .tone-warning {
      fill: #e59b00;
    }
    .tone-error {
      fill: var(--mat-sys-error);
    }
    .tone-neutral {
      fill: var(--mat-sys-outline);
    }
    .value {
      font: var(--mat-sys-label-large);
      text-align: right;
      white-space: nowrap;
    }
    .empty {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BarChart {
  readonly bars = input.required<readonly ChartBar[]>();
  /** Heading of the chart (also its accessible name). */
  readonly caption = input('');
  /** Shown when there is nothing to draw (no bars, or all of them zero). */
  readonly emptyText = input('');

  protected readonly drawn = computed<DrawnBar[]>(() => {
    const bars = this.bars();
    const widths = barPercents(bars.map((b) => b.value));
    return bars.map((bar, i) => ({ ...bar, tone: bar.tone ?? 'primary', width: widths[i] }));
  });
  protected readonly empty = computed(() => this.drawn().every((bar) => bar.width === 0));
}
