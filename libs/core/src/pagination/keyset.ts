import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { encodeCursor, Page, PageRequest, PageWindow, pageWindow } from './page';

/** The Postgres type a sort key is compared as (its cursor value is that type's text form). */
export type SortKeyType = 'timestamptz' | 'date' | 'text' | 'int' | 'boolean' | 'uuid';

/**
 * One key of a list's order: a non-null SQL expression over the query's aliases (column names,
 * not property names), its type and direction. The last key of every order is the row's id, so
 * ties are broken and every row has exactly one position.
 */
export interface SortKey {
  sql: string;
  type: SortKeyType;
  direction: 'ASC' | 'DESC';
}

const KEY_ALIAS = '__page_key_';
let parameterCounter = 0;

/**
 * SQL condition "the row comes after (or, with `flip`, before) these key values in the order":
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, each comparison turned round for a descending key.
 */
function beyond(keys: readonly SortKey[], values: readonly string[], flip: boolean): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const names = values.map((value) => {
    const name = `page_key_${(parameterCounter = (parameterCounter + 1) % 1_000_000)}`;
    params[name] = value;
    return name;
  });
  const value = (i: number) => `CAST(:${names[i]} AS ${keys[i].type})`;
  const disjuncts = keys.map((key, i) => {
    const ascending = (key.direction === 'ASC') !== flip;
    const equal = keys.slice(0, i).map((k, j) => `(${k.sql}) = ${value(j)}`);
    return `(${[...equal, `(${key.sql}) ${ascending ? '>' : '<'} ${value(i)}`].join(' AND ')})`;
  });
  return { sql: `(${disjuncts.join(' OR ')})`, params };
}

function applyWindow(qb: SelectQueryBuilder<ObjectLiteral>, keys: readonly SortKey[], window: PageWindow): void {
  if (window.after) {
    const c = beyond(keys, window.after, false);
    qb.andWhere(c.sql, c.params);
  }
  if (window.before) {
    const c = beyond(keys, window.before, true);
    qb.andWhere(c.sql, c.params);
  }
}

function ordered(qb: SelectQueryBuilder<ObjectLiteral>, keys: readonly SortKey[], backward: boolean): void {
  keys.forEach((key, i) => {
    const direction = (key.direction === 'ASC') !== backward ? 'ASC' : 'DESC';
    if (i === 0) qb.orderBy(key.sql, direction);
    else qb.addOrderBy(key.sql, direction);
    qb.addSelect(`(${key.sql})::text`, `${KEY_ALIAS}${i}`);
  });
}

/**
 * Whether any row matching the list's filter lies at the cursor or beyond it, towards the start of
 * the order (`towardsStart`) or its end: the rows a page bounded by that cursor leaves out.
 */
async function anyBeyond(qb: SelectQueryBuilder<ObjectLiteral>, keys: readonly SortKey[], cursor: readonly string[], towardsStart: boolean): Promise<boolean> {
  const c = beyond(keys, cursor, towardsStart);
  const atCursor = keys.map((k, i) => `(${k.sql}) = CAST(:at_${i} AS ${k.type})`).join(' AND ');
  const atParams = Object.fromEntries(cursor.map((v, i) => [`at_${i}`, v]));
  const probe = qb
    .clone()
    .orderBy()
    .andWhere(`(${c.sql} OR (${atCursor}))`, { ...c.params, ...atParams })
    .limit(1);
  const rows = await probe.getRawMany();
  return rows.length > 0;
}

interface Fetched<T> {
  items: T[];
  keyValues: string[][];
}

async function keysetPageOf<T>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  keys: readonly SortKey[],
  request: PageRequest,
  count: () => Promise<number>,
  fetch: (q: SelectQueryBuilder<ObjectLiteral>) => Promise<Fetched<T>>,
): Promise<Page<T>> {
  const window = pageWindow(request, keys.length);
  let counted: Promise<number> | null = null;
  const totalCount = () => (counted ??= count());
  if (window.limit === 0) {
    return { items: [], cursors: [], totalCount, hasNextPage: false, hasPreviousPage: false };
  }
  const q = qb.clone();
  applyWindow(q, keys, window);
  ordered(q, keys, window.backward);
  q.limit(window.limit + 1);
  const fetched = await fetch(q);
  const more = fetched.items.length > window.limit;
  let items = fetched.items.slice(0, window.limit);
  let keyValues = fetched.keyValues.slice(0, window.limit);
  if (window.backward) {
    items = items.reverse();
    keyValues = keyValues.reverse();
  }
  const [hasNextPage, hasPreviousPage] = window.backward
    ? [window.before ? await anyBeyond(qb, keys, window.before, false) : false, more]
    : [more, window.after ? await anyBeyond(qb, keys, window.after, true) : false];
  return { items, cursors: keyValues.map(encodeCursor), totalCount, hasNextPage, hasPreviousPage };
}

function keyValuesOf(row: Record<string, unknown>, keyCount: number): string[] {
  return Array.from({ length: keyCount }, (_, i) => String(row[`${KEY_ALIAS}${i}`]));
}

/**
 * One page of entities from a query builder (filters applied, no order, no limit), in the order
 * of `keys`, by keyset: the cursor holds the sort-key values and id of its row, so rows inserted or
 * deleted between page fetches are neither skipped nor repeated. The last key must be the id.
 */
export function keysetPage<T extends { id: string }>(qb: SelectQueryBuilder<T>, keys: readonly SortKey[], request: PageRequest): Promise<Page<T>> {
  const base = qb as unknown as SelectQueryBuilder<ObjectLiteral>;
  return keysetPageOf<T>(
    base,
    keys,
    request,
    () => qb.clone().getCount(),
    async (q) => {
      const { entities, raw } = await (q as unknown as SelectQueryBuilder<T>).getRawAndEntities();
      const byId = new Map(raw.map((r: Record<string, unknown>) => [String(r[`${KEY_ALIAS}${keys.length - 1}`]), r]));
      return { items: entities, keyValues: entities.map((e) => keyValuesOf(byId.get(e.id) ?? {}, keys.length)) };
    },
  );
}

/** As keysetPage, for a query builder that selects raw rows (no entity). */
export function keysetRawPage<T extends Record<string, unknown>>(qb: SelectQueryBuilder<ObjectLiteral>, keys: readonly SortKey[], request: PageRequest): Promise<Page<T>> {
  return keysetPageOf<T>(
    qb,
    keys,
    request,
    async () => {
      const [sql, params] = qb.clone().orderBy().getQueryAndParameters();
      const [row] = await qb.connection.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) AS counted`, params);
      return row.n;
    },
    async (q) => {
      const raw = await q.getRawMany<T>();
      return { items: raw, keyValues: raw.map((r) => keyValuesOf(r, keys.length)) };
    },
  );
}

/**
 * The same keyset paging over items already in memory (e.g. a Redis set), ordered by `keyOf`:
 * each item's sort-key values as strings, compared with `compare` key by key.
 */
export function keysetSlice<T>(
  all: readonly T[],
  keys: readonly { direction: 'ASC' | 'DESC'; compare: (a: string, b: string) => number }[],
  keyOf: (item: T) => string[],
  request: PageRequest,
): Page<T> {
  const window = pageWindow(request, keys.length);
  const cmp = (a: readonly string[], b: readonly string[]) => {
    for (let i = 0; i < keys.length; i++) {
      const c = keys[i].compare(a[i], b[i]);
      if (c !== 0) return keys[i].direction === 'ASC' ? c : -c;
    }
    return 0;
  };
  const sorted = all.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => cmp(a.key, b.key));
  const inWindow = sorted.filter((r) => (!window.after || cmp(r.key, window.after) > 0) && (!window.before || cmp(r.key, window.before) < 0));
  const slice = window.limit === 0 ? [] : window.backward ? inWindow.slice(-window.limit) : inWindow.slice(0, window.limit);
  const more = inWindow.length > slice.length;
  const outside = (cursor: string[] | null, side: 1 | -1) => !!cursor && sorted.some((r) => side * cmp(r.key, cursor) >= 0);
  return {
    items: slice.map((r) => r.item),
    cursors: slice.map((r) => encodeCursor(r.key)),
    totalCount: () => Promise.resolve(all.length),
    hasNextPage: window.backward ? outside(window.before, 1) : more,
    hasPreviousPage: window.backward ? more : outside(window.after, -1),
  };
}
