import { type Signal, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService } from '@niaga/backoffice/core';
import { type Observable, finalize } from 'rxjs';
import type { DownloadedFile } from '../data-access/download';
import { FileSaver } from '@niaga/backoffice/ui';
import { errorText } from './error-text';

export interface CsvExport {
  readonly running: Signal<boolean>;
  /** Downloads the file and hands it to the browser; a failure shows a snack bar. */
  run(): void;
}

/** A CSV download button's behaviour. Call in an injection context. */
export function csvExport(download: () => Observable<DownloadedFile>): CsvExport {
  const files = inject(FileSaver);
  const i18n = inject(I18nService);
  const snackBar = inject(MatSnackBar);
  const running = signal(false);
  return {
    running: running.asReadonly(),
    run: () => {
      if (running()) return;
      running.set(true);
      download()
        .pipe(finalize(() => running.set(false)))
        .subscribe({
          next: (file) => files.save(file.blob, file.filename),
          error: (error: unknown) => snackBar.open(errorText(error, i18n, 'reports.exportFailed'), undefined, { duration: 5000 }),
        });
    },
  };
}
