import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Hands a Blob to the browser as a download, through a temporary object URL. */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, filename: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.document.body.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      // Revoke after the click has been handled, so the download has started.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
  }
}
