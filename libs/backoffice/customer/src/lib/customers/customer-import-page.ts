import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@niaga/backoffice/core';
import { PageHeader } from '@niaga/backoffice/ui';
import { CUSTOMER_CSV_COLUMNS, type CustomerImportResult } from '@niaga/shared/contracts';
import { finalize } from 'rxjs';
import { CustomerCsvApi } from '../data-access/customer-csv.api';
import { saveFile } from '../shared/download';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';

type Step = 'pick' | 'checking' | 'checked' | 'importing' | 'done';

/**
 * CSV import of customers: pick a file → a dry run shows the per-row error report (line, code, field,
 * message) → "Import all" (only when there are no errors) or "Import good rows only" (when some are bad).
 */
@Component({
  selector: 'niaga-customer-import-page',
  imports: [MatButton, MatCard, MatCardContent, MatProgressBar, MatTableModule, RouterLink, PageHeader, TranslatePipe, FailureAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-import-page.html',
  styleUrl: './customer-import-page.scss',
})
export class CustomerImportPage {
  private readonly csv = inject(CustomerCsvApi);
  protected readonly featureRoute = inject(ActivatedRoute).parent;

  protected readonly columns = CUSTOMER_CSV_COLUMNS;
  protected readonly errorColumns = ['line', 'code', 'field', 'message'];

  protected readonly step = signal<Step>('pick');
  protected readonly fileName = signal<string | null>(null);
  private readonly text = signal<string | null>(null);
  /** The dry run's report. */
  protected readonly check = signal<CustomerImportResult | null>(null);
  /** The real import's report. */
  protected readonly outcome = signal<CustomerImportResult | null>(null);
  protected readonly failure = signal<Failure | null>(null);

  protected readonly busy = computed(() => this.step() === 'checking' || this.step() === 'importing');
  protected readonly report = computed(() => this.outcome() ?? this.check());
  protected readonly goodRows = computed(() => {
    const r = this.check();
    return r ? r.rows - r.skipped : 0;
  });
  protected readonly hasErrors = computed(() => (this.check()?.errors.length ?? 0) > 0);
  protected readonly canImportAll = computed(() => this.step() === 'checked' && !this.hasErrors() && this.goodRows() > 0);
  protected readonly canImportGood = computed(() => this.step() === 'checked' && this.hasErrors() && this.goodRows() > 0);

  protected async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again reloads it
    if (!file) return;
    this.fileName.set(file.name);
    this.check.set(null);
    this.outcome.set(null);
    this.failure.set(null);
    this.step.set('checking');
    try {
      const text = await readText(file);
      this.text.set(text);
      this.run({ dryRun: true, skipInvalid: false });
    } catch (error) {
      this.failure.set(failureOf(error));
      this.step.set('pick');
    }
  }

  protected importAll(): void {
    if (this.canImportAll()) this.run({ dryRun: false, skipInvalid: false });
  }

  protected importGood(): void {
    if (this.canImportGood()) this.run({ dryRun: false, skipInvalid: true });
  }

  protected downloadTemplate(): void {
    saveFile(new Blob([`${CUSTOMER_CSV_COLUMNS.join(',')}\n`], { type: 'text/csv;charset=utf-8' }), 'customers-template.csv');
  }

  protected startOver(): void {
    this.step.set('pick');
    this.fileName.set(null);
    this.text.set(null);
    this.check.set(null);
    this.outcome.set(null);
    this.failure.set(null);
  }

  private run(options: { dryRun: boolean; skipInvalid: boolean }): void {
    const text = this.text();
    if (text === null) return;
    const before = options.dryRun ? 'pick' : 'checked';
    this.step.set(options.dryRun ? 'checking' : 'importing');
    this.failure.set(null);
    this.csv
      .import(text, options)
      .pipe(finalize(() => this.busy() && this.step.set(before)))
      .subscribe({
        next: (result) => {
          if (options.dryRun) {
            this.check.set(result);
            this.step.set('checked');
          } else if (result.imported === 0 && result.errors.length > 0) {
            // Refused meanwhile (e.g. a code taken since the check): show the new report, nothing was imported.
            this.check.set(result);
            this.step.set('checked');
          } else {
            this.outcome.set(result);
            this.step.set('done');
          }
        },
        error: (error: unknown) => this.failure.set(failureOf(error)),
      });
  }
}

/** The file's text (UTF-8, a byte-order mark removed). */
function readText(file: Blob): Promise<string> {
  const read =
    typeof file.text === 'function'
      ? file.text()
      : new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result ?? ''));
          reader.onerror = () => reject(reader.error);
          reader.readAsText(file);
        });
  return read.then((text) => text.replace(/^\uFEFF/, ''));
}
