import Module from 'node:module';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';

// PostGraphile v4 needs graphql 15, while the service uses 16: npm nests 15 under postgraphile but
// hoists some graphile packages next to 16. Point every `graphql` import in this process at 15.
const GRAPHQL_15 = dirname(require.resolve('graphql/package.json', { paths: [dirname(require.resolve('postgraphile/package.json'))] }));
const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'graphql' || request.startsWith('graphql/')) return resolve.call(this, join(GRAPHQL_15, request.slice('graphql'.length)), ...rest);
  return resolve.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

/**
 * PostGraphile v4 pointed at the same tables: the schema-generating alternative a team might
 * reach for. Read-only (no mutations), used only by the benchmark.
 */
const middleware = postgraphile(process.env.DATABASE_URL as string, 'public', {
  disableDefaultMutations: true,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  bodySizeLimit: '100kB',
});
const server = createServer((req, res) => void middleware(req, res));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
