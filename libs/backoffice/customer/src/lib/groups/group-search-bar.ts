import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@niaga/backoffice/core';
import type { SearchField, SearchMatch } from '@niaga/shared/contracts';
import { DEFAULT_TERMS, type GroupSearchTerms } from './group-search';

/**
 * The group list's search bar, as in the module guide: a field choice (Group Code | Group Name), a match
 * choice (Any Part of Field | Start of Field | Whole Field), the text, **Search** and **Show All**.
 */
@Component({
  selector: 'niaga-group-search-bar',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatInput, MatLabel, MatOption, MatSelect, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="bar" [formGroup]="form" (ngSubmit)="submit()" role="search" data-testid="group-search">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.groups.searchField' | t }}</mat-label>
        <mat-select formControlName="field" data-testid="group-search-field">
          @for (option of fields; track option.value) {
            <mat-option [value]="option.value">{{ option.key | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="match" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.groups.searchMatch' | t }}</mat-label>
        <mat-select formControlName="match" data-testid="group-search-match">
          @for (option of matches; track option.value) {
            <mat-option [value]="option.value">{{ option.key | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="text" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.groups.searchText' | t }}</mat-label>
        <input matInput formControlName="q" maxlength="100" autocomplete="off" data-testid="group-search-q" />
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit" data-testid="group-search-submit">{{ 'customers.action.search' | t }}</button>
        <button mat-stroked-button type="button" (click)="all()" data-testid="group-search-all">{{ 'customers.action.showAll' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 16px;
    }
    .field {
      width: 200px;
    }
    .match {
      width: 220px;
    }
    .text {
      flex: 1 1 220px;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
})
export class GroupSearchBar {
  /** The terms in force (from the URL); the bar shows them. */
  readonly terms = input<GroupSearchTerms>(DEFAULT_TERMS);
  readonly searched = output<GroupSearchTerms>();
  readonly showAll = output<void>();

  protected readonly fields: readonly { value: SearchField; key: string }[] = [
    { value: 'code', key: 'customers.groups.fieldCode' },
    { value: 'name', key: 'customers.groups.fieldName' },
  ];
  protected readonly matches: readonly { value: SearchMatch; key: string }[] = [
    { value: 'contains', key: 'customers.groups.matchContains' },
    { value: 'startsWith', key: 'customers.groups.matchStartsWith' },
    { value: 'exact', key: 'customers.groups.matchExact' },
  ];

  protected readonly form = inject(NonNullableFormBuilder).group({
    field: this.fields[0].value,
    match: this.matches[0].value,
    q: '',
  });

  constructor() {
    effect(() => this.form.setValue({ ...this.terms() }));
  }

  protected submit(): void {
    const { field, match, q } = this.form.getRawValue();
    this.searched.emit({ field, match, q: q.trim() });
  }

  protected all(): void {
    this.form.controls.q.setValue('');
    this.showAll.emit();
  }
}
