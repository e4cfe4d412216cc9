import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AuthUser, type LoginResponse, permissionsOfRoles } from '@niaga/shared/contracts';
import { createHash } from 'node:crypto';
import { IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type PreparedStatement, TransactionService } from '../database/transaction.service';
import { UnauthenticatedError } from '../errors/domain-error';
import { ApiKeyEntity } from './api-key.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import type { Principal } from './principal';
import { UserEntity } from './user.entity';

interface TokenClaims {
  sub: string;
}

/** Read on every request of a console user (so deactivation and role changes apply at once). */
const PRINCIPAL_USER: PreparedStatement = { key: 'auth_user', text: 'SELECT id, name, roles, active FROM app_user WHERE id = $1' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A hash to compare against when the e-mail is unknown, so both failures take the same time. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    permissions: permissionsOfRoles(user.roles),
  };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tx: TransactionService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `ip`: the client's address, for throttling guesses (LoginThrottle). */
  async login(email: string, password: string, ip = 'unknown'): Promise<LoginResponse> {
    const key = email.toLowerCase();
    const address = ip.slice(0, 64);
    await this.throttle.assertAllowed(key, address);
    const user = await this.tx.repo(UserEntity).findOneBy({ email: key });
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      await this.throttle.failed(key, address);
      throw new UnauthenticatedError('E-mail or password is wrong.');
    }
    await this.throttle.succeeded(key, address);
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies TokenClaims, {
      expiresIn: this.config.jwtExpiresIn,
    });
    return { accessToken, expiresIn: this.config.jwtExpiresIn, user: toAuthUser(user) };
  }

  /** A console user from a Bearer token; the user is read again so deactivation and role changes apply at once. */
  async fromBearer(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthenticatedError('The access token is invalid or has expired; log in again.');
    }
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) throw new UnauthenticatedError('The access token names no user.');
    const [user] = await this.tx.prepared<Pick<UserEntity, 'id' | 'name' | 'roles' | 'active'>>(PRINCIPAL_USER, [claims.sub]);
    if (!user || !user.active) throw new UnauthenticatedError('This account no longer exists or is deactivated.');
    return {
      kind: 'user',
      id: user.id,
      name: user.name,
      channel: 'backoffice',
      permissions: new Set(permissionsOfRoles(user.roles)),
    };
  }

  /** An integration from its X-API-Key. */
  async fromApiKey(key: string): Promise<Principal> {
    const repo = this.tx.repo(ApiKeyEntity);
    const apiKey = await repo.findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    if (!apiKey) throw new UnauthenticatedError('The API key is invalid or has been revoked.');
    const now = new Date();
    if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > 60_000) {
      await repo.update({ id: apiKey.id }, { lastUsedAt: now });
    }
    return {
      kind: 'api_key',
      id: apiKey.id,
      name: apiKey.name,
      channel: 'api',
      permissions: new Set(apiKey.permissions),
    };
  }
}
