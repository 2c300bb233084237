import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DishonestColumnsExample, HonestColumnsExample } from './fixtures/column-types.fixture';
import { declaredProperties, dishonestColumnTypes, registeredColumns } from './nullable-columns';

const ROOT = join(__dirname, '..', '..', '..');
/** Every `*.entity.ts` under libs/<lib>/src, relative to the repository. */
const ENTITY_FILES = readdirSync(join(ROOT, 'libs'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /^[^/]+\/src\/.*\.entity\.ts$/.test(file))
  .map((file) => join('libs', file))
  .sort();
const FIXTURE = join(__dirname, 'fixtures', 'column-types.fixture.ts');

describe('entity property types say what the database allows', () => {
  beforeAll(() => {
    // Loading each entity file registers its columns with TypeORM.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const file of ENTITY_FILES) require(join(ROOT, file));
  });

  it('finds the entity files', () => {
    expect(ENTITY_FILES.length).toBeGreaterThan(40);
  });

  it('types every nullable column `T | null`, and no NOT NULL column so', () => {
    const declared = ENTITY_FILES.flatMap((file) => declaredProperties(join(ROOT, file))).map((p) => ({ ...p, at: relative(ROOT, p.at) }));
    const columns = registeredColumns();
    // Every entity class's columns were found in the sources read (nothing is judged by accident of a missing file).
    const classes = new Set(declared.map((p) => p.className));
    const entityColumns = columns.filter((c) => classes.has(c.className));
    expect(entityColumns.filter((c) => c.nullable).length).toBeGreaterThan(80);
    expect(dishonestColumnTypes(entityColumns, declared)).toEqual([]);
  });

  it('reports a nullable column typed without null, one typed not at all, a soft-delete date, a relation through a nullable column, and a NOT NULL column typed with null', () => {
    expect([DishonestColumnsExample, HonestColumnsExample]).toHaveLength(2); // loaded, so their columns are registered
    const problems = dishonestColumnTypes(registeredColumns(), declaredProperties(FIXTURE));
    const about = (property: string) => problems.filter((p) => p.includes(` DishonestColumnsExample.${property}:`));
    expect(about('title')).toEqual([expect.stringContaining('the column is nullable, so its type must admit null (e.g. "string | null"), not "string"')]);
    expect(about('note')).toEqual([expect.stringContaining('(no type written)')]);
    expect(about('deletedAt')).toHaveLength(1);
    expect(about('count')).toEqual([expect.stringContaining('is NOT NULL, but its type "number | null" admits null')]);
    expect(about('owner')).toEqual([expect.stringContaining('the column is nullable, so its type must admit null (e.g. "HonestColumnsExample | null")')]);
    expect(about('id')).toEqual([]);
    expect(about('ownerId')).toEqual([]);
    expect(problems.filter((p) => p.includes(' HonestColumnsExample.'))).toEqual([]);
    expect(problems).toHaveLength(5);
  });
});
