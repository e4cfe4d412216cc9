// `npm start`: builds the API and the console when their sources changed (Nx's local cache makes an
// unchanged build instant), then runs the API, which serves the console on the same port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false', NX_TUI: 'false' };
const nx = join(root, 'node_modules', '.bin', 'nx');

if (process.env.NIAGA_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/apps/api/main.js'))) {
  const build = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'backoffice', '--outputStyle=static'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, env: { ...env, NODE_ENV: env.NODE_ENV ?? 'production' }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
