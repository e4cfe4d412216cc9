import { type I18nService, isNetworkError, problemOf } from '@niaga/backoffice/core';
import type { NotificationView } from '@niaga/shared/contracts';
import { formatDate, formatDateTime } from './format';

/** A notification as shown in the bell and the list, in the active language. */
export interface NotificationLine {
  notification: NotificationView;
  unread: boolean;
  title: string;
  summary: string;
  receivedAt: string;
  /** Where clicking it leads (router commands), or null when it has no detail. */
  link: readonly string[] | null;
}

export function describeNotification(notification: NotificationView, i18n: I18nService): NotificationLine {
  const language = i18n.language();
  const base = {
    notification,
    unread: notification.readAt === null,
    receivedAt: formatDateTime(notification.createdAt, language),
  };
  if (notification.type === 'credit_recap' && notification.data?.recapId) {
    const { data } = notification;
    const trigger = i18n.t(`notifications.trigger.${data.trigger}`);
    return {
      ...base,
      title: `${i18n.t('notifications.type.credit_recap', { date: formatDate(data.date, language) })}${data.trigger === 'manual' ? ` (${trigger})` : ''}`,
      summary: i18n.t('notifications.recapSummary', { overlimit: data.overlimitCount, warning: data.warningCount }),
      link: ['/notifications/recaps', data.recapId],
    };
  }
  // A type this console does not know yet (newer API): show the server's title, no detail.
  return { ...base, title: notification.title, summary: '', link: null };
}

/** The API's problem detail, our network message, or `fallbackKey`. */
export function errorText(error: unknown, i18n: I18nService, fallbackKey: string): string {
  const problem = problemOf(error);
  if (problem?.detail) return problem.detail;
  if (isNetworkError(error)) return i18n.t('error.network');
  return i18n.t(fallbackKey);
}
