#!/usr/bin/env node
// Compiles the service to dist/, only when its sources changed since the last build.
//   node scripts/build.js            build if anything changed (npm start and npm run build call this)
//   node scripts/build.js --force    build whatever
//   node scripts/build.js --quiet    say nothing when dist/ is up to date
// "Changed" means any file the build reads was added, edited or deleted: the stamp in dist/ is a
// hash of every such file's path and content. A build always starts from an empty dist/, so a
// deleted source (a migration, say) never leaves its old JavaScript behind.
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.sources-hash');
/** What tsconfig.build.json compiles (and the reference data copied beside it). */
const SOURCE_DIRS = ['apps', 'libs', 'migrations'];
const LEFT_OUT = [/^libs\/testing\//, /\.spec\.ts$/];
/** Files that change what the compiler makes of the sources. */
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/build.js'];

function* filesUnder(dir) {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* filesUnder(relative);
    else if (entry.isFile() && !LEFT_OUT.some((pattern) => pattern.test(relative))) yield relative;
  }
}

function sourcesHash() {
  const files = [...SOURCE_DIRS.flatMap((dir) => [...filesUnder(dir)]), ...CONFIG_FILES].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

function run(script, args) {
  const result = spawnSync(process.execPath, [require.resolve(script, { paths: [ROOT] }), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');
const hash = sourcesHash();
const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : null;
if (!force && built === hash) {
  if (!quiet) console.log('Build: dist/ is up to date with the sources.');
  process.exit(0);
}
console.log(built ? 'Build: the sources changed; compiling to dist/…' : 'Build: compiling to dist/…');
fs.rmSync(DIST, { recursive: true, force: true });
run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
run('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json']);
fs.cpSync(path.join(ROOT, 'libs', 'reference', 'data'), path.join(DIST, 'libs', 'reference', 'data'), { recursive: true });
// The web app's templates and static files, which tsc does not copy.
fs.cpSync(path.join(ROOT, 'apps', 'web', 'src'), path.join(DIST, 'apps', 'web', 'src'), {
  recursive: true,
  filter: (source) => !/\.(ts|graphql)$/.test(source),
});
fs.writeFileSync(STAMP, `${hash}\n`);
