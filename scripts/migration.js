#!/usr/bin/env node
// TypeORM CLI on the project's one DataSource, straight from TypeScript sources.
//   npm run migration:generate -- migrations/AddThing   (then read and tidy the file)
//   npm run migration:run
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const [command, ...rest] = process.argv.slice(2);
const dataSource = path.join('libs', 'core', 'src', 'database', 'data-source.ts');
const cliArgs = {
  generate: ['migration:generate', '-d', dataSource, '--pretty', ...rest],
  run: ['migration:run', '-d', dataSource],
  revert: ['migration:revert', '-d', dataSource],
  show: ['migration:show', '-d', dataSource],
}[command];
if (!cliArgs) {
  console.error('usage: node scripts/migration.js generate <migrations/Name> | run | revert | show');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', require.resolve('typeorm/cli.js'), ...cliArgs],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' } },
);
process.exit(result.status ?? 1);
