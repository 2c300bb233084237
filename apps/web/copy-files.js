#!/usr/bin/env node
// `npm run build` compiles the web app's TypeScript; this copies what tsc does not: its templates
// and static files, so dist/apps/web/src has everything the web app reads at run time.
const { cpSync } = require('node:fs');
const { join } = require('node:path');

const from = join(__dirname, 'src');
const to = join(__dirname, '..', '..', 'dist', 'apps', 'web', 'src');
cpSync(from, to, {
  recursive: true,
  filter: (source) => !/\.(ts|graphql)$/.test(source),
});
