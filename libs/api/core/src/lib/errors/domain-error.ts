import type { ProblemFieldError } from '@niaga/shared/contracts';

/**
 * A refusal the product explains to its caller. Thrown anywhere, mapped once to problem+json by
 * ProblemDetailsFilter. `extensions` become extra members of the problem (e.g. `reasons`, `credit`).
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: ProblemFieldError[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: ProblemFieldError[], detail = 'The request has invalid fields.') {
    super(400, 'VALIDATION_FAILED', 'Validation failed', detail, errors);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(detail = 'Log in or send a valid API key.') {
    super(401, 'UNAUTHENTICATED', 'Unauthenticated', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'You do not have the permission this needs.', code = 'FORBIDDEN') {
    super(403, code, 'Forbidden', detail);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(404, 'NOT_FOUND', 'Not found', id ? `${what} ${id} does not exist.` : `${what} does not exist.`);
  }
}

/** 409 family: the request conflicts with what is stored (duplicates, in-use, key reuse…). */
export class ConflictError extends DomainError {
  constructor(code: string, detail: string, errors?: ProblemFieldError[], extensions?: Record<string, unknown>) {
    super(409, code, 'Conflict', detail, errors, extensions);
  }
}

/** 422: well-formed, but a business rule refuses it (credit limit, invoice over order…). */
export class BusinessRuleError extends DomainError {
  constructor(code: string, detail: string, extensions?: Record<string, unknown>, errors?: ProblemFieldError[]) {
    super(422, code, 'Unprocessable request', detail, errors, extensions);
  }
}
