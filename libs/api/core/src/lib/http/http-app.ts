import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { type INestApplication, Logger, type LoggerService, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NotFoundFallback, ProblemDetailsFilter } from '../errors/problem-details.filter';

export const API_PREFIX = 'api';

export interface CreateHttpAppOptions {
  logger?: LoggerService | false;
  /** Directory of the built console to serve at `/`; undefined → API only. */
  consoleDir?: string;
  /** Log one line per request (off in tests). */
  requestLog?: boolean;
}

/** Serves the console's index.html for client-side routes (GET, not under /api, accepting HTML). */
class SpaFallback implements NotFoundFallback {
  handles(request: FastifyRequest): boolean {
    return (
      request.method === 'GET' &&
      !request.url.startsWith(`/${API_PREFIX}/`) &&
      request.url !== `/${API_PREFIX}` &&
      (request.headers.accept ?? '').includes('text/html')
    );
  }

  serve(reply: FastifyReply): unknown {
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  }
}

/**
 * Builds the HTTP application the same way for `main.ts` and for the tests: Fastify, `/api` prefix with
 * URI versioning (`/api/v1/...`, health version-neutral), problem+json everywhere, OpenAPI at /api/docs.
 */
export async function createHttpApp(module: Parameters<typeof NestFactory.create>[0], options: CreateHttpAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: true, bodyLimit: 5 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: options.logger ?? false,
    bufferLogs: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  const consoleDir = options.consoleDir && existsSync(join(options.consoleDir, 'index.html')) ? options.consoleDir : undefined;
  app.useGlobalFilters(new ProblemDetailsFilter(consoleDir ? new SpaFallback() : undefined));

  if (options.requestLog) {
    const logger = new Logger('Request');
    fastify.addHook('onResponse', (request, reply, done) => {
      logger.log({
        message: 'request',
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      });
      done();
    });
  }

  // Photo uploads (visits): sizes enforced while streaming; types checked by the handlers.
  await fastify.register(fastifyMultipart, { limits: { fileSize: 5 * 1024 * 1024, files: 5, fields: 10, fieldSize: 10_000 } });
  // CSV uploads (customer import) arrive as text.
  fastify.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  if (consoleDir) {
    await fastify.register(fastifyStatic, { root: consoleDir, prefix: '/', wildcard: false, index: ['index.html'] });
  }

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Niaga API')
      .setDescription(
        'Sales back office: customers, customer groups, sales documents and customer credit limits. ' +
          'Errors are application/problem+json with a stable `code`. Money is a decimal string.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'apiKey')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  try {
    await app.init();
    await fastify.ready();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

export type { INestApplication };
