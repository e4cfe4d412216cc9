import * as z from 'zod/mini';
import { PERMISSIONS, ROLES, type Permission, type Role } from './permissions';

export const emailSchema = z.string().check(z.trim(), z.toLowerCase(), z.email(), z.maxLength(254));

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  permissions: Permission[];
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  user: AuthUser;
}

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(200));

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  password: passwordSchema,
  roles: z.array(z.enum(ROLES)).check(z.minLength(1)),
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  password: z.optional(passwordSchema),
  roles: z.optional(z.array(z.enum(ROLES)).check(z.minLength(1))),
  active: z.optional(z.boolean()),
});
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export interface UserView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  permissions: Permission[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const createApiKeySchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  permissions: z.array(z.enum(PERMISSIONS)).check(z.minLength(1)),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeySchema>;

export interface ApiKeyCreated {
  id: string;
  name: string;
  /** The secret, shown once. */
  key: string;
  permissions: Permission[];
  createdAt: string;
}

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  permissions: Permission[];
  createdAt: string;
  lastUsedAt: string | null;
}
