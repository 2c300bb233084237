import { InvalidInputError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page request in Relay terms: `first` items after the opaque `after` cursor. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor of each item, same order as `items`. */
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidInputError('BAD_CURSOR', 'The "after" cursor is not one this API gave out. Start again without it.', 'after');
  }
  return offset;
}

/** Turns a page request into SQL offset/limit, checking bounds. */
export function toOffsetLimit(request: PageRequest): { offset: number; limit: number } {
  const limit = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new InvalidInputError('BAD_PAGE_SIZE', `"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  const offset = request.after ? decodeCursor(request.after) + 1 : 0;
  return { offset, limit };
}

export function toPage<T>(items: T[], totalCount: number, offset: number): Page<T> {
  return {
    items,
    cursors: items.map((_, i) => encodeCursor(offset + i)),
    totalCount,
    hasNextPage: offset + items.length < totalCount,
    hasPreviousPage: offset > 0,
  };
}
