import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AuthService,
  I18nService,
  TranslatePipe,
  isNetworkError,
  problemOf,
  safeReturnUrl,
  type TranslationKey,
} from '@niaga/backoffice/core';
import type { ProblemFieldError } from '@niaga/shared/contracts';
import { finalize } from 'rxjs';
import { LanguageSwitch } from '../../layout/language-switch';

/** A failed log-in: the API's problem detail, or one of our own messages when there is none. */
type LoginFailure =
  | { detail: string; fields: readonly ProblemFieldError[] }
  | { key: TranslationKey; fields: readonly ProblemFieldError[] };

@Component({
  selector: 'niaga-login-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });
  protected readonly submitting = signal(false);
  private readonly failure = signal<LoginFailure | null>(null);

  protected readonly errorText = computed(() => {
    const failure = this.failure();
    if (!failure) return null;
    return 'detail' in failure ? failure.detail : this.i18n.t(failure.key);
  });
  protected readonly fieldErrors = computed(() => this.failure()?.fields ?? []);

  submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.failure.set(null);
    this.form.disable();
    this.auth
      .login({ email: email.trim(), password })
      .pipe(
        finalize(() => {
          this.submitting.set(false);
          this.form.enable();
        }),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'))),
        error: (error: unknown) => this.failure.set(describeFailure(error)),
      });
  }
}

function describeFailure(error: unknown): LoginFailure {
  const problem = problemOf(error);
  if (problem) {
    const detail = problem.detail || problem.title;
    const fields = problem.errors ?? [];
    return detail ? { detail, fields } : { key: 'login.failed', fields };
  }
  return { key: isNetworkError(error) ? 'error.network' : 'error.unexpected', fields: [] };
}
