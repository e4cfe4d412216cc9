import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { I18nService, LANGUAGES, TranslatePipe, type Language, type TranslationKey } from '@niaga/backoffice/core';

/** Bahasa Indonesia / English, kept in localStorage by I18nService. */
@Component({
  selector: 'niaga-language-switch',
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'lang.switch' | t"
      data-testid="language-switch"
    >
      <mat-icon svgIcon="translate" aria-hidden="true" />
      <span class="code">{{ i18n.language().toUpperCase() }}</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      @for (language of languages; track language) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="language === i18n.language()"
          [attr.data-testid]="'language-' + language"
          (click)="i18n.setLanguage(language)"
        >
          <mat-icon svgIcon="check" [class.hidden]="language !== i18n.language()" aria-hidden="true" />
          <span [attr.lang]="language">{{ labels[language] | t }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .code {
      font-weight: 600;
      letter-spacing: 0.04em;
    }
    .hidden {
      visibility: hidden;
    }
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;
  protected readonly labels: Readonly<Record<Language, TranslationKey>> = { id: 'lang.id', en: 'lang.en' };
}
