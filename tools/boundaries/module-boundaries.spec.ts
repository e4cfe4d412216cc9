/**
 * Proves the module-boundary rules bite: each fixture is linted as if it were a file of the named project,
 * with the workspace's real ESLint configuration and Nx project graph.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface Fixture {
  what: string;
  file: string;
  imports: string;
  uses: string;
}

const forbidden: Fixture[] = [
  { what: 'the core reaching into a domain', file: 'libs/api/core/src/lib/fixture.ts', imports: `import { CustomerModule } from '@niaga/api/customer';`, uses: 'CustomerModule' },
  { what: 'customers depending on the credit engine (only the reverse is allowed)', file: 'libs/api/customer/src/lib/fixture.ts', imports: `import { CreditLimitModule } from '@niaga/api/credit-limit';`, uses: 'CreditLimitModule' },
  { what: 'shared contracts importing the API', file: 'libs/shared/contracts/src/lib/fixture.ts', imports: `import { CoreModule } from '@niaga/api/core';`, uses: 'CoreModule' },
  { what: 'the back office importing the API', file: 'libs/backoffice/ui/src/lib/fixture.ts', imports: `import { CoreModule } from '@niaga/api/core';`, uses: 'CoreModule' },
  { what: 'a domain importing another domain past its index.ts', file: 'libs/api/transaction/src/lib/fixture.ts', imports: `import { CreditLimitModule } from '@niaga/api/credit-limit/src/lib/credit-limit.module';`, uses: 'CreditLimitModule' },
  { what: 'a UI library importing a data-access library', file: 'libs/backoffice/ui/src/lib/fixture.ts', imports: `import * as core from '@niaga/backoffice/core';`, uses: 'core' },
];

const allowed: Fixture[] = [
  { what: 'transactions using the credit engine through its index', file: 'libs/api/transaction/src/lib/fixture.ts', imports: `import { CreditLimitModule } from '@niaga/api/credit-limit';`, uses: 'CreditLimitModule' },
  { what: 'a domain using the core and the contracts', file: 'libs/api/customer/src/lib/fixture.ts', imports: `import { CoreModule } from '@niaga/api/core';\nimport { PERMISSIONS } from '@niaga/shared/contracts';`, uses: 'CoreModule, PERMISSIONS' },
  { what: 'the app wiring every domain', file: 'apps/api/src/app/fixture.ts', imports: `import { ReportingModule } from '@niaga/api/reporting';`, uses: 'ReportingModule' },
];

describe('module boundaries (@nx/enforce-module-boundaries)', () => {
  const errors = new Map<Fixture, string[]>();

  beforeAll(() => {
    const fixtures = [...forbidden, ...allowed];
    // ESLint's flat config is ESM: the linting runs in a child Node process (lint-as.mjs), all fixtures at once.
    const output = execFileSync(process.execPath, [join(__dirname, 'lint-as.mjs')], {
      cwd: root,
      input: JSON.stringify(fixtures.map((f) => ({ file: f.file, source: `${f.imports}\nexport const used = [${f.uses}];\n` }))),
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    (JSON.parse(output.toString()) as string[][]).forEach((messages, i) => errors.set(fixtures[i], messages));
  });

  it.each(forbidden.map((f) => [f.what, f] as const))('refuses %s', (_what, fixture) => {
    expect(errors.get(fixture)).not.toEqual([]);
  });

  it.each(allowed.map((f) => [f.what, f] as const))('allows %s', (_what, fixture) => {
    expect(errors.get(fixture)).toEqual([]);
  });
});
