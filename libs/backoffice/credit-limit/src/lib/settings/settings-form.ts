import type { CreditSettings, CreditSettingsInput } from '@niaga/shared/contracts';

export type OverdueChoice = 'inherit' | 'on' | 'off';

/** The settings as the form holds them: limits as text ('' = no limit), overdue as a choice. */
export interface SettingsFormValue {
  openDocuments: string;
  outstandingAmount: string;
  overdue: OverdueChoice;
  enforcementMode: 'warning' | 'blocking';
  allowBackofficeBypass: boolean;
  warningThresholdPercent: number | string;
  overdueGraceDays: number | string;
  recapTime: string;
  timeZone: string;
}

/** Text typed as a whole number, else NaN (so the schema refuses it rather than guessing). */
export function wholeNumber(value: unknown): number {
  const text = String(value ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A typed amount as the API wants it: trimmed, a decimal comma accepted ("1500,50" → "1500.50"). */
export function amountText(value: unknown): string {
  const text = String(value ?? '').trim();
  return text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text;
}

export function toFormValue(settings: CreditSettings): SettingsFormValue {
  const d = settings.defaults;
  return {
    openDocuments: d.openDocuments.mode === 'value' ? String(d.openDocuments.value) : '',
    outstandingAmount: d.outstandingAmount.mode === 'value' ? d.outstandingAmount.value : '',
    overdue: d.overdue.mode === 'inherit' ? 'inherit' : d.overdue.value ? 'on' : 'off',
    enforcementMode: settings.enforcementMode,
    allowBackofficeBypass: settings.allowBackofficeBypass,
    warningThresholdPercent: settings.warningThresholdPercent,
    overdueGraceDays: settings.overdueGraceDays,
    recapTime: settings.recapTime,
    timeZone: settings.timeZone,
  };
}

/** The PUT body (everything, no `updatedAt`): an empty limit is "inherit" (= none at the global level). */
export function toRequest(form: SettingsFormValue): CreditSettingsInput {
  const openDocuments = String(form.openDocuments ?? '').trim();
  const outstandingAmount = amountText(form.outstandingAmount);
  return {
    defaults: {
      openDocuments: openDocuments === '' ? { mode: 'inherit' } : { mode: 'value', value: wholeNumber(openDocuments) },
      outstandingAmount: outstandingAmount === '' ? { mode: 'inherit' } : { mode: 'value', value: outstandingAmount },
      overdue: form.overdue === 'inherit' ? { mode: 'inherit' } : { mode: 'value', value: form.overdue === 'on' },
    },
    enforcementMode: form.enforcementMode,
    allowBackofficeBypass: form.allowBackofficeBypass,
    warningThresholdPercent: wholeNumber(form.warningThresholdPercent),
    overdueGraceDays: wholeNumber(form.overdueGraceDays),
    recapTime: String(form.recapTime ?? '').trim(),
    timeZone: String(form.timeZone ?? '').trim(),
  };
}

/** The form control an API field error belongs to (`defaults.outstandingAmount.value` → outstandingAmount). */
export function controlNameFor(field: string): keyof SettingsFormValue | null {
  const [head, kind] = field.split('.');
  if (head === 'defaults') {
    return kind === 'openDocuments' || kind === 'outstandingAmount' || kind === 'overdue' ? kind : null;
  }
  const names: readonly (keyof SettingsFormValue)[] = [
    'enforcementMode',
    'allowBackofficeBypass',
    'warningThresholdPercent',
    'overdueGraceDays',
    'recapTime',
    'timeZone',
  ];
  return (names as readonly string[]).includes(head) ? (head as keyof SettingsFormValue) : null;
}

/** IANA time zones the browser knows (for suggestions), Asia/Jakarta and the other Indonesian zones first. */
export function timeZoneSuggestions(): string[] {
  const first = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const all = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...first, ...all.filter((z) => !first.includes(z))];
}
