import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CreateUserRequest,
  createUserSchema,
  type Page,
  type PageQuery,
  pageQuerySchema,
  type UpdateUserRequest,
  updateUserSchema,
  type UserView,
} from '@niaga/shared/contracts';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { UuidParam, ZodBody, ZodQuery } from '../validation/zod-validation';
import { CurrentPrincipal, RequirePermissions } from './auth.decorators';
import type { Principal } from './principal';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequirePermissions('users:manage')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List console users.' })
  list(@ZodQuery(pageQuerySchema) query: PageQuery): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a console user with roles (409 USER_EMAIL_TAKEN for a used e-mail).' })
  create(@CurrentPrincipal() actor: Principal, @ZodBody(createUserSchema) body: CreateUserRequest): Promise<UserView> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a user: name, roles, password, active.' })
  update(
    @CurrentPrincipal() actor: Principal,
    @UuidParam() id: string,
    @ZodBody(updateUserSchema) body: UpdateUserRequest,
  ): Promise<UserView> {
    return this.users.update(actor, id, body);
  }
}
