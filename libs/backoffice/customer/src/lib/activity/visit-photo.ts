import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent } from '@angular/material/dialog';
import { TranslatePipe } from '@niaga/backoffice/core';
import { Subscription } from 'rxjs';
import { CustomerActivityApi } from './customer-activity.api';

/** A visit photo as a small thumbnail (fetched with the Authorization header); a click opens it larger. */
@Component({
  selector: 'niaga-visit-photo',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (src(); as s) {
      <button type="button" class="thumb" (click)="open(s)" [attr.aria-label]="alt()" data-testid="visit-photo">
        <img [src]="s" [alt]="alt()" />
      </button>
    } @else if (failed()) {
      <span class="thumb failed" [title]="'customerActivity.visits.photoFailed' | t" data-testid="visit-photo-failed">✕</span>
    } @else {
      <span class="thumb loading" data-testid="visit-photo-loading"></span>
    }
  `,
  styles: `
    .thumb {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 96px;
      height: 96px;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      overflow: hidden;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
    }
    button.thumb {
      cursor: zoom-in;
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
  `,
})
export class VisitPhoto {
  readonly url = input.required<string>();
  readonly alt = input('');

  private readonly api = inject(CustomerActivityApi);
  private readonly dialog = inject(MatDialog);

  protected readonly src = signal<string | null>(null);
  protected readonly failed = signal(false);

  private request = new Subscription();
  private objectUrl: string | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.request.unsubscribe();
      this.revoke();
    });
    effect(() => {
      const url = this.url();
      untracked(() => this.load(url));
    });
  }

  protected open(src: string): void {
    this.dialog.open(VisitPhotoDialog, { data: { src, alt: this.alt() }, maxWidth: '90vw', maxHeight: '90vh' });
  }

  private load(url: string): void {
    this.request.unsubscribe();
    this.revoke();
    this.src.set(null);
    this.failed.set(false);
    this.request = this.api.photo(url).subscribe({
      next: (blob) => {
        this.objectUrl = URL.createObjectURL(blob);
        this.src.set(this.objectUrl);
      },
      error: () => this.failed.set(true),
    });
  }

  private revoke(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }
}

/** The photo, larger. The object URL belongs to the thumbnail (which outlives the dialog). */
@Component({
  selector: 'niaga-visit-photo-dialog',
  imports: [MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-dialog-content>
      <img [src]="data.src" [alt]="data.alt" data-testid="visit-photo-large" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button">{{ 'customerActivity.visits.close' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    img {
      display: block;
      max-width: 80vw;
      max-height: 75vh;
      object-fit: contain;
    }
  `,
})
export class VisitPhotoDialog {
  protected readonly data = inject<{ src: string; alt: string }>(MAT_DIALOG_DATA);
}
