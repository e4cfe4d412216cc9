import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreditSettings, CreditSettingsInput } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

/** `GET/PUT /settings/credit` (settings:manage). PUT replaces everything and must not send `updatedAt`. */
@Injectable({ providedIn: 'root' })
export class CreditSettingsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/settings/credit`;

  get(): Observable<CreditSettings> {
    return this.http.get<CreditSettings>(this.url);
  }

  save(settings: CreditSettingsInput): Observable<CreditSettings> {
    return this.http.put<CreditSettings>(this.url, settings);
  }
}
