import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): PgDriverError | undefined {
  if (error instanceof QueryFailedError) return error.driverError as PgDriverError;
  return undefined;
}

/** True when the database refused a duplicate on the named unique index/constraint (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = driverError(error);
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

/** True when a foreign key refused the change (SQLSTATE 23503, or 23001 for ON DELETE RESTRICT), e.g. deleting a row still referenced. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const e = driverError(error);
  return (e?.code === '23503' || e?.code === '23001') && (constraint === undefined || e.constraint === constraint);
}
