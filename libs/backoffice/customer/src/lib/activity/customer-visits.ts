import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardSubtitle, MatCardTitle } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { VISIT_PHOTOS_MAX, VISIT_PHOTO_MAX_BYTES, type VisitView } from '@niaga/shared/contracts';
import { Subscription, finalize } from 'rxjs';
import { CustomerApi } from '../data-access/customer.api';
import { type Failure, failureOf } from '../shared/failure';
import { FailureAlert } from '../shared/failure-alert';
import { formatInstant } from '../shared/format-instant';
import { ACTIVITY_TEXTS } from './activity-texts';
import { CustomerActivityApi } from './customer-activity.api';
import { localDateTime } from './local-date';
import { VISIT_PHOTO_ACCEPT, checkVisitPhotos } from './visit-photo-checks';
import { VisitPhoto } from './visit-photo';

/**
 * The customer's sales visits, latest first (when, notes, who recorded it, photos), the last visit in the
 * header, and — with customers:write — a form to record one (date-time, notes, up to 5 photos).
 */
@Component({
  selector: 'niaga-customer-visits',
  imports: [
    ReactiveFormsModule,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardSubtitle,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    FailureAlert,
    VisitPhoto,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="visits">
      <mat-card-header>
        <mat-card-title>{{ 'customerActivity.visits.title' | t }}</mat-card-title>
        <mat-card-subtitle data-testid="visits-last">{{ lastVisitText() }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (canWrite()) {
          @if (formOpen()) {
            <form class="visit-form" [formGroup]="form" (ngSubmit)="save()" data-testid="visit-form" novalidate>
              <mat-form-field>
                <mat-label>{{ 'customerActivity.visits.visitedAt' | t }}</mat-label>
                <input matInput type="datetime-local" formControlName="visitedAt" data-testid="visit-visitedAt" />
                @if (form.controls.visitedAt.hasError('required')) {
                  <mat-error>{{ 'customerActivity.visits.visitedAtRequired' | t }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'customerActivity.visits.notes' | t }}</mat-label>
                <textarea matInput rows="3" formControlName="notes" data-testid="visit-notes"></textarea>
              </mat-form-field>
              <div class="photos-picker">
                <input #picker type="file" hidden multiple [accept]="accept" (change)="pick(picker)" data-testid="visit-photos-input" />
                <button mat-stroked-button type="button" (click)="picker.click()" data-testid="visit-photos-choose">{{ 'customerActivity.visits.choosePhotos' | t }}</button>
                <span class="hint">{{ 'customerActivity.visits.photoHint' | t: { size: maxMb, max: maxPhotos } }}</span>
              </div>
              @if (photos().length) {
                <ul class="chosen" data-testid="visit-photos-chosen">
                  @for (photo of photos(); track $index) {
                    <li>
                      {{ photo.name }}
                      <button
                        mat-button
                        type="button"
                        (click)="remove($index)"
                        [attr.aria-label]="'customerActivity.visits.removePhoto' | t: { name: photo.name }"
                        data-testid="visit-photo-remove"
                      >
                        ✕
                      </button>
                    </li>
                  }
                </ul>
              }
              @if (photoProblems().length) {
                <ul class="problems" role="alert" data-testid="visit-photo-problems">
                  @for (problem of photoProblems(); track $index) {
                    <li>{{ problem.key | t: problem.params }}</li>
                  }
                </ul>
              }
              <niaga-failure-alert [failure]="saveFailure()" testId="visit-save-error" />
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="saving()" data-testid="visit-save">
                  {{ (saving() ? 'customerActivity.visits.saving' : 'customerActivity.visits.save') | t }}
                </button>
                <button mat-button type="button" (click)="closeForm()" [disabled]="saving()" data-testid="visit-cancel">{{ 'customerActivity.visits.cancel' | t }}</button>
              </div>
            </form>
          } @else {
            <button mat-stroked-button type="button" class="record" (click)="openForm()" data-testid="visit-record">{{ 'customerActivity.visits.record' | t }}</button>
          }
        }
        <niaga-failure-alert [failure]="loadFailure()" testId="visits-error" />
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (visits().length) {
          <ol class="visits" data-testid="visit-list">
            @for (visit of visits(); track visit.id) {
              <li class="visit" data-testid="visit">
                <div class="meta">
                  <span class="when">{{ when(visit.visitedAt) }}</span>
                  <span class="who">{{ 'customerActivity.visits.recordedBy' | t: { name: visit.recordedBy } }}</span>
                </div>
                <p class="notes" [class.none]="!visit.notes">{{ visit.notes || ('customerActivity.visits.noNotes' | t) }}</p>
                @if (visit.photos.length) {
                  <div class="thumbs">
                    @for (photo of visit.photos; track photo.id) {
                      <niaga-visit-photo [url]="photo.url" [alt]="'customerActivity.visits.photoAlt' | t: { n: $index + 1 }" />
                    }
                  </div>
                }
              </li>
            }
          </ol>
        } @else if (!loading() && !loadFailure()) {
          <p class="empty" data-testid="visits-empty">{{ 'customerActivity.visits.empty' | t }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    mat-card-content {
      padding-top: 8px;
    }
    .record {
      margin-bottom: 12px;
    }
    .visit-form {
      display: grid;
      gap: 4px;
      margin-bottom: 16px;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .photos-picker {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: center;
    }
    .hint,
    .empty,
    .who,
    .notes.none {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .chosen,
    .problems {
      margin: 4px 0;
      padding-left: 20px;
      font: var(--mat-sys-body-medium);
    }
    .problems {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
    .visits {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .visit {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
      font: var(--mat-sys-body-medium);
    }
    .when {
      font-weight: 500;
    }
    .notes {
      margin: 4px 0 8px;
      white-space: pre-line;
      font: var(--mat-sys-body-medium);
    }
    .thumbs {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CustomerVisits {
  readonly customerId = input.required<string>();
  /** The customer's lastVisitAt as the page loaded it; refreshed here after a save. */
  readonly lastVisitAt = input<string | null>(null);

  private readonly api = inject(CustomerActivityApi);
  private readonly customers = inject(CustomerApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  protected readonly accept = VISIT_PHOTO_ACCEPT;
  protected readonly maxMb = VISIT_PHOTO_MAX_BYTES / (1024 * 1024);
  protected readonly maxPhotos = VISIT_PHOTOS_MAX;

  protected readonly canWrite = computed(() => this.auth.can('customers:write'));

  protected readonly visits = signal<readonly VisitView[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadFailure = signal<Failure | null>(null);

  /** Set after a save (from the customer read back); until then the page's value. */
  private readonly refreshedLastVisitAt = signal<{ value: string | null } | null>(null);
  protected readonly lastVisit = computed(() => {
    const refreshed = this.refreshedLastVisitAt();
    return refreshed ? refreshed.value : this.lastVisitAt();
  });
  protected readonly lastVisitText = computed(() => {
    const at = this.lastVisit();
    return at ? this.i18n.t('customerActivity.visits.lastVisit', { time: formatInstant(at, this.i18n.language()) }) : this.i18n.t('customerActivity.visits.never');
  });

  protected readonly formOpen = signal(false);
  protected readonly form = new FormGroup({
    visitedAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    notes: new FormControl('', { nonNullable: true }),
  });
  protected readonly photos = signal<readonly File[]>([]);
  protected readonly photoProblems = computed(() => checkVisitPhotos(this.photos()));
  protected readonly saving = signal(false);
  protected readonly saveFailure = signal<Failure | null>(null);

  private readonly pending = new Subscription();
  private listRequest = new Subscription();

  constructor() {
    this.i18n.registerTranslations(ACTIVITY_TEXTS);
    inject(DestroyRef).onDestroy(() => {
      this.pending.unsubscribe();
      this.listRequest.unsubscribe();
    });
    effect(() => {
      const id = this.customerId();
      untracked(() => {
        this.refreshedLastVisitAt.set(null);
        this.closeForm();
        this.loadVisits(id);
      });
    });
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.i18n.language());
  }

  protected openForm(): void {
    this.form.reset({ visitedAt: localDateTime(new Date()), notes: '' });
    this.photos.set([]);
    this.saveFailure.set(null);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.photos.set([]);
    this.saveFailure.set(null);
  }

  /** Adds the chosen files to those already picked (the picker is cleared so the same file can be re-chosen). */
  protected pick(picker: HTMLInputElement): void {
    const chosen = Array.from(picker.files ?? []);
    picker.value = '';
    if (chosen.length) this.photos.update((current) => [...current, ...chosen]);
  }

  protected remove(index: number): void {
    this.photos.update((current) => current.filter((_, i) => i !== index));
  }

  protected save(): void {
    const id = this.customerId();
    this.form.markAllAsTouched();
    if (this.saving() || this.form.invalid || this.photoProblems().length) return;
    const visitedAt = new Date(this.form.controls.visitedAt.value);
    if (Number.isNaN(visitedAt.getTime())) {
      this.form.controls.visitedAt.setErrors({ required: true });
      return;
    }
    this.saving.set(true);
    this.saveFailure.set(null);
    this.pending.add(
      this.api
        .recordVisit(id, { visitedAt: visitedAt.toISOString(), notes: this.form.controls.notes.value.trim(), photos: this.photos() })
        .pipe(finalize(() => this.saving.set(false)))
        .subscribe({
          next: () => {
            this.snackBar.open(this.i18n.t('customerActivity.visits.saved'), undefined, { duration: 4000 });
            this.closeForm();
            this.loadVisits(id);
            this.refreshLastVisit(id);
          },
          error: (error: unknown) => this.saveFailure.set(failureOf(error)),
        }),
    );
  }

  private loadVisits(id: string): void {
    this.listRequest.unsubscribe();
    this.loading.set(true);
    this.loadFailure.set(null);
    this.listRequest = this.api
      .visits(id)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (visits) => this.visits.set(visits),
        error: (error: unknown) => {
          this.visits.set([]);
          this.loadFailure.set(failureOf(error));
        },
      });
  }

  private refreshLastVisit(id: string): void {
    this.pending.add(
      this.customers.get(id).subscribe({
        next: (customer) => this.customerId() === id && this.refreshedLastVisitAt.set({ value: customer.lastVisitAt }),
        error: () => undefined,
      }),
    );
  }
}
