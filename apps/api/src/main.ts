import 'reflect-metadata';
import { ConfigError, createHttpApp, createLogger, loadConfig } from '@niaga/api/core';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { AppModule } from './app/app.module';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Niaga cannot start. ${error.message}\nSee README.md › Configuration.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const app = await createHttpApp(AppModule.forRoot(config), {
    logger,
    requestLog: true,
    consoleDir: config.staticDir ?? join(__dirname, '..', 'backoffice', 'browser'),
  });
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  Logger.log(`Niaga is listening on ${url} — console at /, API at /api/v1, docs at /api/docs`, 'Bootstrap');
}

bootstrap().catch((error) => {
  process.stderr.write(`Niaga failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
