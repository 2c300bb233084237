// @ts-check
/**
 * One lint for the whole repository: typescript-eslint's type-checked rules, and the import
 * boundaries of the layout (apps → libs → core; no GraphQL or HTTP in libs; only the test kit may
 * start an app). `npm run lint` fails on any finding.
 */
import eslint from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** Packages that belong to the API's transport, never to the rules and data in libs/. */
const TRANSPORT_PACKAGES = [
  '@nestjs/graphql',
  '@nestjs/apollo',
  'graphql',
  'express',
  'express-session',
  '@nestjs/platform-express',
  '@apollo/*',
  '@as-integrations/*',
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.data/**', 'apps/web/src/api/generated/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Static factories (`Model.from`) never use `this`, so `rows.map(Model.from)` is safe.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      // An underscore name or a rest sibling is how a field is dropped on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Async functions often satisfy a Promise-returning contract (Apollo plugin hooks, throttler, job handlers) without awaiting.
      '@typescript-eslint/require-await': 'off',
      // Job names, environment values and JSON arrive as strings and are compared with our string enums on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Node and Express callbacks and catch clauses type their error as any or unknown; passing it on unchanged is right.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // Playwright fixtures that need no other fixture are written `async ({}, use) => …`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Input validation matches control characters on purpose, to refuse them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['libs/core/src/queue/queue-backend.ts'],
    // BullMQ's Queue and Worker are invariant in their backend type: one factory for Redis and PostgreSQL needs `any` there.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['migrations/**/*.ts'],
    // A merged migration is never edited, and the rows it reads are untyped.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'libs/testing/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Specs, the test kit and benchmarks read GraphQL and HTTP bodies and raw rows, which are untyped JSON: expectations check their shape.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `expect(service.method).toHaveBeenCalled()` passes a method without calling it.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        { type: 'app', pattern: 'apps/*', capture: ['app'] },
        { type: 'testing', pattern: 'libs/testing' },
        { type: 'lib', pattern: 'libs/*', capture: ['lib'] },
        { type: 'tests', pattern: 'test' },
        { type: 'bench', pattern: 'bench' },
        { type: 'migrations', pattern: 'migrations' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          policies: [
            {
              from: { element: { types: { anyOf: ['lib', 'migrations'] } } },
              disallow: { to: { element: { types: { anyOf: ['app', 'testing', 'tests', 'bench'] } } } },
              message: 'libs/ hold the rules and data: they never import an app, the test kit or the tests.',
            },
            {
              from: { element: { type: 'app' } },
              disallow: { to: { element: { types: { anyOf: ['testing', 'tests', 'bench'] } } } },
              message: 'An app never imports the test kit, the tests or the benchmarks.',
            },
            {
              from: { element: { type: 'lib' } },
              disallow: { to: { module: { origin: 'external', source: TRANSPORT_PACKAGES } } },
              message: 'GraphQL and HTTP belong to apps/api: a lib throws its own error and apps/api maps it.',
            },
          ],
        },
      ],
    },
  },
);
