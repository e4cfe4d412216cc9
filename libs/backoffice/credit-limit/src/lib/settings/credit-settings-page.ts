import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, TranslatePipe, isNetworkError, problemOf } from '@niaga/backoffice/core';
import { PageHeader, applyServerErrors, formatInstant, schemaErrors, zodValidator } from '@niaga/backoffice/ui';
import { type CreditSettings, creditDefaultsSchema, creditSettingsSchema, nonNegativeMoneySchema } from '@niaga/shared/contracts';
import { finalize, map, startWith } from 'rxjs';
import { CreditSettingsApi } from '../data-access/credit-settings.api';
import { amountText, controlNameFor, type SettingsFormValue, timeZoneSuggestions, toFormValue, toRequest, wholeNumber } from './settings-form';

const shape = creditSettingsSchema.shape;

/** Settings › Credit (settings:manage): default limits, enforcement, back-office bypass, threshold, grace days, recap. */
@Component({
  selector: 'niaga-credit-settings-page',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatCard,
    MatCardContent,
    MatCardHeader,
    MatCardTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSlideToggle,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './credit-settings-page.html',
  styleUrl: './credit-settings-page.scss',
})
export class CreditSettingsPage {
  private readonly api = inject(CreditSettingsApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    openDocuments: ['', zodValidator(creditDefaultsSchema, (v) => ({ openDocuments: { mode: 'value', value: wholeNumber(v) } }))],
    outstandingAmount: ['', zodValidator(nonNegativeMoneySchema, amountText)],
    overdue: ['inherit' as SettingsFormValue['overdue']],
    enforcementMode: ['warning' as SettingsFormValue['enforcementMode']],
    allowBackofficeBypass: [false],
    warningThresholdPercent: ['80' as string | number, [Validators.required, zodValidator(shape.warningThresholdPercent, wholeNumber)]],
    overdueGraceDays: ['0' as string | number, [Validators.required, zodValidator(shape.overdueGraceDays, wholeNumber)]],
    recapTime: ['07:00', [Validators.required, zodValidator(shape.recapTime)]],
    timeZone: ['Asia/Jakarta', [Validators.required, zodValidator(shape.timeZone, (v) => String(v).trim())]],
  });

  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saveError = signal<{ detail: string; fields: { field: string; message: string }[] } | null>(null);
  protected readonly saved = signal(false);
  protected readonly updatedAt = signal<string | null>(null);

  private readonly allZones = timeZoneSuggestions();
  private readonly zoneTyped = toSignal(
    this.form.controls.timeZone.valueChanges.pipe(
      startWith(this.form.controls.timeZone.value),
      map((v) => v.trim().toLowerCase()),
    ),
    { initialValue: '' },
  );
  protected readonly zones = computed(() => {
    const typed = this.zoneTyped();
    return this.allZones.filter((z) => z.toLowerCase().includes(typed)).slice(0, 20);
  });
  protected readonly updatedAtText = computed(() => {
    const at = this.updatedAt();
    return at ? this.i18n.t('creditSettings.updatedAt', { time: formatInstant(at, this.i18n.language() === 'en' ? 'en-GB' : 'id-ID') }) : '';
  });

  constructor() {
    this.load();
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.saved.set(false));
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (settings) => this.show(settings),
        error: (error: unknown) => this.loadError.set(this.describe(error, 'creditSettings.loadFailed')),
      });
  }

  save(): void {
    if (this.saving()) return;
    this.saveError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveError.set({ detail: this.i18n.t('creditSettings.invalid'), fields: [] });
      return;
    }
    const body = toRequest(this.form.getRawValue());
    const invalid = schemaErrors(creditSettingsSchema, body);
    if (invalid.length) {
      const rest = applyServerErrors(this.form, invalid, (f) => this.controlFor(f));
      this.saveError.set({ detail: this.i18n.t('creditSettings.invalid'), fields: rest });
      return;
    }
    this.saving.set(true);
    this.api
      .save(body)
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (settings) => {
          this.show(settings);
          this.saved.set(true);
          this.snackBar.open(this.i18n.t('creditSettings.saved'), undefined, { duration: 4000 });
        },
        error: (error: unknown) => {
          const problem = problemOf(error);
          const rest = problem?.status === 400 ? applyServerErrors(this.form, problem.errors, (f) => this.controlFor(f)) : [];
          this.saveError.set({ detail: this.describe(error, 'creditSettings.invalid'), fields: rest });
        },
      });
  }

  /** The text under a field: required, the server's message, or our own for a schema refusal. */
  protected errorText(control: AbstractControl, invalidKey: string): string {
    if (control.hasError('required')) return this.i18n.t('creditSettings.required');
    const server = control.getError('server') as string | null;
    if (server) return server;
    return control.hasError('schema') ? this.i18n.t(invalidKey) : '';
  }

  private controlFor(field: string): AbstractControl | null {
    const name = controlNameFor(field);
    return name ? this.form.controls[name] : null;
  }

  private show(settings: CreditSettings): void {
    this.form.reset(toFormValue(settings));
    this.updatedAt.set(settings.updatedAt);
  }

  private describe(error: unknown, fallbackKey: string): string {
    const problem = problemOf(error);
    if (problem) return problem.detail || problem.title;
    return this.i18n.t(isNetworkError(error) ? 'error.network' : fallbackKey);
  }
}
