import { Body, Param, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { ProblemFieldError } from '@niaga/shared/contracts';
import * as z from 'zod/mini';
import { ValidationFailedError } from '../errors/domain-error';

type Schema = z.ZodMiniType;

/** Zod issues → the `errors` of a 400 problem: one entry per offending field, unknown fields named. */
export function fieldErrors(error: z.core.$ZodError): ProblemFieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: 'Unknown field.' }));
    }
    return [{ field: base || '(body)', message: issue.message }];
  });
}

export function parseOrThrow<S extends Schema>(schema: S, value: unknown, detail?: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationFailedError(fieldErrors(result.error), detail);
  return result.data;
}

export class ZodValidationPipe<S extends Schema> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value ?? {});
  }
}

/** JSON Schema for OpenAPI, generated from the same zod schema that validates. */
export function openApiSchema(schema: Schema, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  delete json['$schema'];
  return json;
}

function describeParameter(target: object, key: string | symbol | undefined, apply: MethodDecorator): void {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) apply(target, key, descriptor);
}

/** `@ZodBody(schema)`: validates the body (unknown fields refused) and documents it in OpenAPI. */
export function ZodBody(schema: Schema): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema))(target, key, index);
    describeParameter(target, key, ApiBody({ schema: openApiSchema(schema) }));
  };
}

/** `@ZodQuery(schema)`: validates and coerces the query string; each property documented in OpenAPI. */
export function ZodQuery(schema: Schema): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema))(target, key, index);
    const json = openApiSchema(schema) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      describeParameter(
        target,
        key,
        ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property as never }),
      );
    }
  };
}

const uuidSchema = z.uuid();

/** A path parameter that must be a UUID (400 naming the parameter otherwise). */
export function UuidParam(name = 'id'): ParameterDecorator {
  return Param(name, {
    transform: (value: unknown) => {
      if (!z.safeParse(uuidSchema, value).success) {
        throw new ValidationFailedError([{ field: name, message: 'Must be a UUID.' }], `The path parameter ${name} is not a valid id.`);
      }
      return value as string;
    },
  });
}
