import * as z from 'zod/mini';
import { dateSchema } from './sales';
import { pageQuerySchema } from './pagination';

/** One customer in the daily credit recap (SPEC §5). Money as decimal strings; utilisation as a fraction. */
export interface CreditRecapRow {
  customerId: string;
  code: string;
  name: string;
  groupId: string | null;
  groupCode: string | null;
  status: 'warning' | 'overlimit';
  openDocuments: { limit: number | null; used: number; utilization: number | null };
  outstandingAmount: { limit: string | null; used: string; utilization: number | null };
  overdueInvoices: number;
  maxUtilization: number | null;
}

export type RecapTrigger = 'scheduled' | 'manual';

export interface CreditRecap {
  id: string;
  date: string;
  trigger: RecapTrigger;
  generatedAt: string;
  warningThresholdPercent: number;
  warning: CreditRecapRow[];
  overlimit: CreditRecapRow[];
}

export const creditRecapQuerySchema = z.strictObject({ date: z.optional(dateSchema) });
export type CreditRecapQuery = z.infer<typeof creditRecapQuerySchema>;

export const NOTIFICATION_TYPES = ['credit_recap'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface CreditRecapNotificationData {
  recapId: string;
  date: string;
  trigger: RecapTrigger;
  warningCount: number;
  overlimitCount: number;
}

export interface NotificationView {
  id: string;
  type: NotificationType;
  title: string;
  createdAt: string;
  readAt: string | null;
  data: CreditRecapNotificationData;
}

export const notificationQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  unread: z.optional(z.stringbool()),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;
