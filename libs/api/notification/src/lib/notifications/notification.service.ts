import { Injectable } from '@nestjs/common';
import { NotFoundError, TransactionService } from '@niaga/api/core';
import type { NotificationQuery, NotificationView, Page } from '@niaga/shared/contracts';
import { IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity';

const toView = (n: NotificationEntity): NotificationView => ({
  id: n.id,
  type: n.type,
  title: n.title,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
  data: n.data as unknown as NotificationView['data'],
});

/** A console user's notification center: only their own notifications. */
@Injectable()
export class NotificationService {
  constructor(private readonly tx: TransactionService) {}

  async list(userId: string, query: NotificationQuery): Promise<Page<NotificationView>> {
    const [rows, total] = await this.tx.repo(NotificationEntity).findAndCount({
      where: { userId, ...(query.unread === true ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  async unreadCount(userId: string): Promise<{ count: number }> {
    return { count: await this.tx.repo(NotificationEntity).countBy({ userId, readAt: IsNull() }) };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    const repo = this.tx.repo(NotificationEntity);
    const notification = await repo.findOneBy({ id, userId });
    if (!notification) throw new NotFoundError('Notification', id);
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repo.update({ id, userId }, { readAt: notification.readAt });
    }
    return toView(notification);
  }

  async markAllRead(userId: string): Promise<{ updated: number }> {
    const result = await this.tx.repo(NotificationEntity).update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0 };
  }
}
