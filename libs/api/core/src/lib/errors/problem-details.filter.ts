import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@niaga/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Validation failed',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
};

/** Lets the SPA take over unknown non-API GETs (client-side routes of the console). */
export interface NotFoundFallback {
  handles(request: FastifyRequest): boolean;
  serve(reply: FastifyReply): unknown;
}

export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof DomainError) {
    return {
      type: `https://niaga.dev/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      code: error.code,
      ...(error.errors?.length ? { errors: error.errors } : {}),
      ...error.extensions,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message =
      typeof body === 'string' ? body : Array.isArray((body as { message?: unknown }).message)
        ? ((body as { message: string[] }).message).join('; ')
        : String((body as { message?: unknown }).message ?? error.message);
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    return {
      type: `https://niaga.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLE_BY_STATUS[status] ?? (status >= 500 ? 'Internal error' : 'Bad request'),
      status,
      detail: message,
      code,
      ...(status === 400 ? { errors: [{ field: '(body)', message }] } : {}),
    };
  }
  return {
    type: 'https://niaga.dev/problems/internal-error',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side; it has been logged.',
    code: 'INTERNAL_ERROR',
  };
}

/** Every error leaves the API as application/problem+json (RFC 9457), mapped here and nowhere else. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly fallback?: NotFoundFallback) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = toProblem(exception);
    if (problem.status === 404 && this.fallback?.handles(request)) return this.fallback.serve(reply);
    if (problem.status >= 500) {
      this.logger.error(
        { message: 'unhandled error', method: request.method, url: request.url, error: String(exception) },
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (typeof problem['retryAfterSeconds'] === 'number') reply.header('retry-after', String(problem['retryAfterSeconds']));
    return reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
