import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app: every `.graphql` file beside its route, checked against the
 * API's contract (schema.graphql). `npm run web:codegen` writes them; a test fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
