import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Where uploaded files live. The disk implementation is the default; an object store can implement this later. */
export abstract class FileStorage {
  /** Stores the bytes under a new key (with the folder as prefix) and answers the key. */
  abstract put(folder: string, bytes: Buffer, extension: string): Promise<string>;
  abstract read(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}

/** Files under DATA_DIR/uploads; keys are relative paths made here (never from user input). */
@Injectable()
export class DiskFileStorage extends FileStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = resolve(config.dataDir, 'uploads');
  }

  async put(folder: string, bytes: Buffer, extension: string): Promise<string> {
    const key = `${folder.replace(/[^a-z0-9/-]/gi, '')}/${randomUUID()}.${extension.replace(/[^a-z0-9]/gi, '')}`;
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
    return key;
  }

  async read(key: string): Promise<Readable> {
    const path = this.path(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + '/')) throw new Error('Invalid storage key');
    return join(path);
  }
}
