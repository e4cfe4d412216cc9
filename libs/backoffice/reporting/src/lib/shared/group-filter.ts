import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@niaga/backoffice/core';
import { CustomerGroupLookupApi, type CustomerGroupName } from '../data-access/customer-group-lookup.api';

/** The customer-group select of a report: '' is every group. Loads the group names itself. */
@Component({
  selector: 'niaga-report-group-filter',
  imports: [MatFormField, MatHint, MatLabel, MatOption, MatSelect, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ 'reports.filter.group' | t }}</mat-label>
      <mat-select [value]="value()" (valueChange)="valueChange.emit($event)" data-testid="report-group-filter">
        <mat-option value="" data-testid="group-option-all">{{ 'reports.filter.allGroups' | t }}</mat-option>
        @for (group of groups(); track group.id) {
          <mat-option [value]="group.id" [attr.data-testid]="'group-option-' + group.code">{{ group.code }} — {{ group.name }}</mat-option>
        }
      </mat-select>
      @if (failed()) {
        <mat-hint data-testid="groups-failed">{{ 'reports.filter.groupsFailed' | t }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
})
export class ReportGroupFilter {
  /** The selected group id, '' for all. */
  readonly value = input('');
  readonly valueChange = output<string>();

  protected readonly groups = signal<readonly CustomerGroupName[]>([]);
  protected readonly failed = signal(false);

  constructor() {
    inject(CustomerGroupLookupApi)
      .names()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (groups) => this.groups.set(groups),
        error: () => this.failed.set(true),
      });
  }
}
