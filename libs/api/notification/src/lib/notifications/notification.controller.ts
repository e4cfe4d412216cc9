import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ForbiddenError, type Principal, RequirePermissions, UuidParam, ZodQuery } from '@niaga/api/core';
import { type NotificationQuery, notificationQuerySchema, type NotificationView, type Page } from '@niaga/shared/contracts';
import { NotificationService } from './notification.service';

/** Notifications belong to people: API keys have none. */
function userOf(principal: Principal): string {
  if (principal.kind !== 'user') throw new ForbiddenError('Notifications are for console users; API keys have none.');
  return principal.id;
}

@ApiTags('notifications')
@Controller('notifications')
@RequirePermissions('notifications:read')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (unread=true for the unread ones).' })
  list(@CurrentPrincipal() principal: Principal, @ZodQuery(notificationQuerySchema) query: NotificationQuery): Promise<Page<NotificationView>> {
    return this.notifications.list(userOf(principal), query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (for the bell).' })
  unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ count: number }> {
    return this.notifications.unreadCount(userOf(principal));
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications as read.' })
  readAll(@CurrentPrincipal() principal: Principal): Promise<{ updated: number }> {
    return this.notifications.markAllRead(userOf(principal));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications as read.' })
  read(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<NotificationView> {
    return this.notifications.markRead(userOf(principal), id);
  }
}
