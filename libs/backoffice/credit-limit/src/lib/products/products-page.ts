import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { I18nService, TranslatePipe, isNetworkError, problemOf } from '@niaga/backoffice/core';
import { IdrPipe, PageHeader, applyServerErrors, zodValidator } from '@niaga/backoffice/ui';
import { createProductSchema, type ProductView } from '@niaga/shared/contracts';
import { Subject, debounceTime, distinctUntilChanged, finalize, switchMap, tap, catchError, of } from 'rxjs';
import { ProductsApi } from '../data-access/products.api';
import { amountText } from '../settings/settings-form';

const PAGE_SIZE = 20;

/** Settings › Products: the list (search, paging) and a small form to add one. */
@Component({
  selector: 'niaga-products-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatCardHeader,
    MatCardTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    IdrPipe,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './products-page.html',
  styleUrl: './products-page.scss',
})
export class ProductsPage {
  private readonly api = inject(ProductsApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['code', 'name', 'unitPrice', 'active'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly items = signal<ProductView[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);

  private readonly reload$ = new Subject<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, zodValidator(createProductSchema.shape.code)]],
    name: ['', [Validators.required, zodValidator(createProductSchema.shape.name)]],
    unitPrice: ['', [Validators.required, zodValidator(createProductSchema.shape.unitPrice, amountText)]],
  });

  constructor() {
    this.reload$
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() =>
          this.api.list({ q: this.search.value, page: this.page(), pageSize: PAGE_SIZE }).pipe(
            catchError((error: unknown) => {
              this.error.set(this.describe(error, 'products.loadFailed'));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (!page) return;
        this.items.set(page.items);
        this.total.set(page.total);
      });
    this.search.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe(() => {
      this.page.set(1);
      this.reload$.next();
    });
    this.reload$.next();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.reload$.next();
  }

  create(): void {
    if (this.creating()) return;
    this.createError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { code, name, unitPrice } = this.form.getRawValue();
    this.creating.set(true);
    this.api
      .create({ code: code.trim(), name: name.trim(), unitPrice: amountText(unitPrice) })
      .pipe(
        finalize(() => this.creating.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (product) => {
          this.snackBar.open(this.i18n.t('products.created', { code: product.code }), undefined, { duration: 4000 });
          this.form.reset();
          this.reload$.next();
        },
        error: (error: unknown) => {
          const problem = problemOf(error);
          const rest = applyServerErrors(this.form, problem?.errors);
          if (!problem?.errors?.length || rest.length) this.createError.set(this.describe(error, 'error.unexpected'));
        },
      });
  }

  protected errorText(control: AbstractControl, invalidKey: string): string {
    if (control.hasError('required')) return this.i18n.t('products.required');
    const server = control.getError('server') as string | null;
    if (server) return server;
    return control.hasError('schema') ? this.i18n.t(invalidKey) : '';
  }

  private describe(error: unknown, fallbackKey: string): string {
    const problem = problemOf(error);
    if (problem) return problem.detail || problem.title;
    return this.i18n.t(isNetworkError(error) ? 'error.network' : fallbackKey);
  }
}
