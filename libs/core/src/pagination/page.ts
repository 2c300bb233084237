import { InvalidInputError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * A page request in Relay terms: `first` items after the opaque `after` cursor, or the `last`
 * items before the opaque `before` cursor. `after` and `before` may be combined to bound a window.
 */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor of each item, same order as `items`. */
  cursors: string[];
  /** How many items the whole list holds: counted only when asked for (a page often is not). */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Marks the cursor format, so a cursor of another format (or an old offset cursor) is refused. */
const CURSOR_VERSION = 'k1';

/**
 * Encodes the sort-key values of one row (the row's id last) as an opaque cursor. A cursor names a
 * position in the order, not an offset, so rows added or removed before it do not shift a page.
 */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, ...values]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for an order of `keyCount` keys; BAD_CURSOR otherwise. */
export function decodeCursor(cursor: string, keyCount: number, field: 'after' | 'before'): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (
    !Array.isArray(decoded) ||
    decoded[0] !== CURSOR_VERSION ||
    decoded.length !== keyCount + 1 ||
    !decoded.slice(1).every((v): v is string => typeof v === 'string')
  ) {
    throw new InvalidInputError('BAD_CURSOR', `The "${field}" cursor is not one this list gave out. Start again without it.`, field);
  }
  return decoded.slice(1) as string[];
}

/** Which slice of the order a page request asks for, checked. */
export interface PageWindow {
  /** How many items to return. */
  limit: number;
  /** True for `last`/`before` paging: the slice is taken from the end of the window. */
  backward: boolean;
  /** Sort-key values of the `after` cursor: only rows after it. */
  after: string[] | null;
  /** Sort-key values of the `before` cursor: only rows before it. */
  before: string[] | null;
}

function checkSize(value: number, field: 'first' | 'last'): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new InvalidInputError('BAD_PAGE_SIZE', `"${field}" must be between 0 and ${MAX_PAGE_SIZE}.`, field);
  }
  return value;
}

/** Checks a page request against an order of `keyCount` sort keys. */
export function pageWindow(request: PageRequest, keyCount: number): PageWindow {
  const hasFirst = request.first !== undefined && request.first !== null;
  const hasLast = request.last !== undefined && request.last !== null;
  if (hasFirst && hasLast) {
    throw new InvalidInputError('BAD_PAGE_SIZE', 'Ask for "first" (paging forwards) or "last" (paging backwards), not both.', 'last');
  }
  const backward = hasLast || (!hasFirst && !!request.before && !request.after);
  const limit = hasLast ? checkSize(request.last as number, 'last') : hasFirst ? checkSize(request.first as number, 'first') : DEFAULT_PAGE_SIZE;
  return {
    limit,
    backward,
    after: request.after ? decodeCursor(request.after, keyCount, 'after') : null,
    before: request.before ? decodeCursor(request.before, keyCount, 'before') : null,
  };
}
