import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './support/run-ts';

/**
 * The build `npm start` runs (scripts/build.js), on a small project laid out like this one, so
 * each compile takes a moment: it compiles when a source was added, changed or deleted, and
 * otherwise leaves dist/ as it is.
 */
describe('npm start builds only when the sources changed', () => {
  // Each build starts the TypeScript compiler, which takes a while on a busy machine.
  jest.setTimeout(300_000);
  let project: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  };
  const build = () => {
    const result = spawnSync(process.execPath, ['scripts/build.js'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'compact-build-'));
    mkdirSync(join(project, 'scripts'));
    writeFileSync(join(project, 'scripts', 'build.js'), readFileSync(join(ROOT, 'scripts', 'build.js')));
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    write('package-lock.json', '{}\n');
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', outDir: './dist', rootDir: '.', strict: true, types: [] } }));
    write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', include: ['apps/**/*.ts', 'libs/**/*.ts', 'migrations/**/*.ts'], exclude: ['**/*.spec.ts'] }));
    write('apps/launcher/src/main.ts', `export const started = 'yes';\n`);
    write('apps/web/src/main.ts', `export const web = true;\n`);
    write('apps/web/src/layout.njk', '<main>{{ content }}</main>\n');
    write('apps/web/src/home.graphql', 'query Home { __typename }\n');
    write('libs/reference/src/index.ts', `export const reference = 33;\n`);
    write('libs/reference/data/london-authorities.csv', 'gss_code\nE09000001\n');
    write('migrations/1-First.ts', `export const first = 1;\n`);
    write('migrations/2-Second.ts', `export const second = 2;\n`);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('compiles the first time, then leaves dist/ alone until a source changes, and drops the output of a deleted source', () => {
    expect(build()).toContain('compiling to dist/');
    expect(existsSync(join(project, 'dist', 'migrations', '2-Second.js'))).toBe(true);
    expect(readFileSync(join(project, 'dist', 'libs', 'reference', 'data', 'london-authorities.csv'), 'utf8')).toContain('E09000001');
    // The web app's templates go beside its compiled code; its TypeScript and GraphQL sources do not.
    expect(readFileSync(join(project, 'dist', 'apps', 'web', 'src', 'layout.njk'), 'utf8')).toContain('<main>');
    expect(existsSync(join(project, 'dist', 'apps', 'web', 'src', 'main.ts'))).toBe(false);
    expect(existsSync(join(project, 'dist', 'apps', 'web', 'src', 'home.graphql'))).toBe(false);
    const builtAt = statSync(join(project, 'dist', 'apps', 'launcher', 'src', 'main.js')).mtimeMs;

    // Nothing changed: nothing compiled.
    expect(build()).toContain('dist/ is up to date');
    expect(statSync(join(project, 'dist', 'apps', 'launcher', 'src', 'main.js')).mtimeMs).toBe(builtAt);

    // A changed source is compiled.
    write('apps/launcher/src/main.ts', `export const started = 'again';\n`);
    expect(build()).toContain('the sources changed');
    expect(readFileSync(join(project, 'dist', 'apps', 'launcher', 'src', 'main.js'), 'utf8')).toContain('again');

    // A deleted migration leaves no JavaScript behind for the migration runner to find.
    rmSync(join(project, 'migrations', '2-Second.ts'));
    expect(build()).toContain('the sources changed');
    expect(existsSync(join(project, 'dist', 'migrations', '2-Second.js'))).toBe(false);
    expect(existsSync(join(project, 'dist', 'migrations', '1-First.js'))).toBe(true);
    expect(build()).toContain('dist/ is up to date');
  });
});
