// Lints source texts as if they were files of the named projects, with the workspace's ESLint config.
// stdin: [{ "file": "libs/...", "source": "..." }] → stdout: [["message", ...], ...] (module-boundary errors).
import { ESLint } from 'eslint';
import { createProjectGraphAsync } from '@nx/devkit';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
process.env.NX_DAEMON = 'false';
await createProjectGraphAsync({ exitOnError: false });
const cases = JSON.parse(await new Response(process.stdin).text());
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { file, source } of cases) {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  out.push(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
