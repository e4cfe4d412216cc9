import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, type LoginRequest, loginRequestSchema, type LoginResponse } from '@niaga/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { TransactionService } from '../database/transaction.service';
import { UnauthenticatedError } from '../errors/domain-error';
import { ZodBody } from '../validation/zod-validation';
import { CurrentPrincipal, Public, RequireAuthentication } from './auth.decorators';
import { AuthService, toAuthUser } from './auth.service';
import type { Principal } from './principal';
import { UserEntity } from './user.entity';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tx: TransactionService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in a console user (channel backoffice); answers a JWT access token.' })
  @ApiOkResponse({ description: '{ accessToken, expiresIn, user: { id, email, name, roles, permissions } }' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (problem+json, UNAUTHENTICATED).' })
  @ApiTooManyRequestsResponse({
    description:
      'TOO_MANY_LOGIN_ATTEMPTS: 5 failures for this e-mail from this address (or 20 from anywhere) within 15 minutes; Retry-After says when to try again.',
  })
  login(@ZodBody(loginRequestSchema) body: LoginRequest, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Get('me')
  @RequireAuthentication()
  @ApiOperation({ summary: 'The logged-in user (console tokens only).' })
  async me(@CurrentPrincipal() principal: Principal): Promise<AuthUser> {
    if (principal.kind !== 'user') throw new UnauthenticatedError('API keys have no user; log in as a person.');
    return toAuthUser(await this.tx.repo(UserEntity).findOneByOrFail({ id: principal.id }));
  }
}
