import nx from '@nx/eslint-plugin';

/**
 * Module boundaries (see ../shared/ARCHITECTURE.md):
 *  - scope: api and backoffice import shared, never each other;
 *  - type: contracts and utils import nothing else; ui only ui/util/contract; features go down, never up;
 *  - domain: a domain imports only the domains listed below, and only through their index.ts
 *    (Nx refuses deep imports into another project). No "*" → "*" catch-all.
 */
export const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:backoffice', onlyDependOnLibsWithTags: ['scope:backoffice', 'scope:shared'] },

  { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contract'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contract'] },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contract'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contract'],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:util'] },
  // Workspace scripts (migration generator, seed, benchmark) may use the API's libraries.
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:data-access', 'type:feature', 'type:util', 'type:contract'] },

  { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
  {
    sourceTag: 'domain:all',
    onlyDependOnLibsWithTags: ['domain:shared', 'domain:customer', 'domain:credit-limit', 'domain:transaction', 'domain:notification', 'domain:reporting'],
  },
  { sourceTag: 'domain:customer', onlyDependOnLibsWithTags: ['domain:customer', 'domain:shared'] },
  { sourceTag: 'domain:credit-limit', onlyDependOnLibsWithTags: ['domain:credit-limit', 'domain:customer', 'domain:shared'] },
  {
    sourceTag: 'domain:transaction',
    onlyDependOnLibsWithTags: ['domain:transaction', 'domain:credit-limit', 'domain:customer', 'domain:shared'],
  },
  { sourceTag: 'domain:notification', onlyDependOnLibsWithTags: ['domain:notification', 'domain:credit-limit', 'domain:shared'] },
  {
    sourceTag: 'domain:reporting',
    onlyDependOnLibsWithTags: ['domain:reporting', 'domain:credit-limit', 'domain:customer', 'domain:transaction', 'domain:shared'],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/.angular', '**/test-results', '**/playwright-report', 'data/**', 'tmp/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
