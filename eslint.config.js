// @ts-check
/**
 * ESLint (issue 12; docs/architecture.md): typescript-eslint's recommended rules with the few that
 * flood on the existing style turned off, and the rule that keeps SQL in repositories. The import
 * boundaries (cycles, core/programme, web/server, domain/apps) are checked by dependency-cruiser
 * (.dependency-cruiser.cjs); `npm run lint` runs both.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * SQL only in `*.repository.ts`: other files may import the `Tx`/`Database` types and schema types,
 * never drizzle-orm's query builders or the schema's tables. Also allowed: the database layer
 * (apps/server/src/db), the audit chain's sealer and verifier (they lock and read the audit table
 * as one database operation) and the tests, the test world, the demo data and the benchmarks, which
 * set up and inspect data directly (bench/ is outside apps/server and not matched at all).
 */
const sqlOnlyInRepositories = {
  files: ['apps/server/src/**/*.ts'],
  ignores: [
    'apps/server/src/**/*.repository.ts',
    'apps/server/src/db/**',
    'apps/server/src/modules/audit/audit-sealer.ts',
    'apps/server/src/modules/audit/audit-verify.ts',
    'apps/server/src/**/*.test.ts',
    'apps/server/src/**/*.test-support.ts',
    'apps/server/src/test/**',
    'apps/server/src/modules/demo/**',
  ],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      paths: [
        { name: 'drizzle-orm', allowTypeImports: true, message: 'SQL lives in *.repository.ts (docs/architecture.md).' },
        { name: 'drizzle-orm/pg-core', allowTypeImports: true, message: 'SQL lives in *.repository.ts (docs/architecture.md).' },
      ],
      patterns: [
        { regex: '(^|/)db/schema$', allowTypeImports: true, message: 'Tables are read and written in *.repository.ts (docs/architecture.md).' },
      ],
    }],
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'apps/web/dist/**', 'e2e/screenshots/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // TypeScript checks these (undefined names, redeclarations) with more knowledge than ESLint.
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Drizzle's generic helpers over any table (the case-history import and export) need `any`.
    files: ['apps/server/src/**/*.repository.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  sqlOnlyInRepositories,
);
