import type { AuditEventsFilterInput } from '../../api/generated/graphql';
import { londonMoment } from '../../views/london-time';
import type { FieldProblem } from '../../forms/form-errors';
import { UUID } from '../../forms/ids';

/** The audit trail's filters as they travel in the address (a GET form), so a filtered view is a link. */
export interface AuditQuery {
  entityType: string;
  entityId: string;
  actorId: string;
  from: DateParts;
  to: DateParts;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

function param(query: Record<string, unknown>, name: string): string {
  const value = query[name];
  return typeof value === 'string' ? value.trim() : '';
}

function dateParts(query: Record<string, unknown>, prefix: string): DateParts {
  return { day: param(query, `${prefix}-day`), month: param(query, `${prefix}-month`), year: param(query, `${prefix}-year`) };
}

export function readAuditQuery(query: Record<string, unknown>): AuditQuery {
  return {
    entityType: param(query, 'entityType'),
    entityId: param(query, 'entityId'),
    actorId: param(query, 'actorId'),
    from: dateParts(query, 'from'),
    to: dateParts(query, 'to'),
  };
}

/** The instant a London day starts. */
export function startOfLondonDay(year: number, month: number, day: number): Date {
  // Date.UTC carries a day past the month's end into the next month (the "to" filter asks for day + 1).
  return londonMoment(new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10));
}

/** A real date from the three boxes, or a problem naming the field; null when all three are empty. */
function readDate(parts: DateParts, field: string, label: string): { date: { year: number; month: number; day: number } | null; problem: FieldProblem | null } {
  if (!parts.day && !parts.month && !parts.year) return { date: null, problem: null };
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const valid =
    /^\d{1,2}$/.test(parts.day) &&
    /^\d{1,2}$/.test(parts.month) &&
    /^\d{4}$/.test(parts.year) &&
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day &&
    month >= 1 &&
    month <= 12;
  if (!valid) return { date: null, problem: { field, text: `${label} must be a real date, for example 27 3 2026` } };
  return { date: { year, month, day }, problem: null };
}

/**
 * The API's filter from the address: "from" is the start of that London day, "to" the end of its
 * day (the start of the next), so one date in both shows that whole day.
 */
export function auditFilter(q: AuditQuery): { filter: AuditEventsFilterInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const filter: AuditEventsFilterInput = {};
  if (q.entityType) filter.entityType = q.entityType;
  if (q.entityId) {
    if (UUID.test(q.entityId)) filter.entityId = q.entityId;
    else problems.push({ field: 'entityId', text: 'Enter the record’s id as it is shown in the audit trail, for example 3f2b6c1e-…' });
  }
  if (q.actorId) {
    if (UUID.test(q.actorId)) filter.actorId = q.actorId;
    else problems.push({ field: 'actorId', text: 'Enter the person’s id as it is shown in the audit trail' });
  }
  const from = readDate(q.from, 'from', 'The start date');
  const to = readDate(q.to, 'to', 'The end date');
  for (const p of [from.problem, to.problem]) if (p) problems.push(p);
  if (from.date) filter.from = startOfLondonDay(from.date.year, from.date.month, from.date.day).toISOString();
  if (to.date) filter.to = startOfLondonDay(to.date.year, to.date.month, to.date.day + 1).toISOString();
  if (filter.from && filter.to && filter.to <= filter.from) problems.push({ field: 'to', text: 'The end date must be the same as or after the start date' });
  return { filter, problems };
}

/** The address of the audit trail with these filters (and a page cursor, if any). */
export function auditLink(q: AuditQuery, page: { after?: string | null; before?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (q.entityType) params.set('entityType', q.entityType);
  if (q.entityId) params.set('entityId', q.entityId);
  if (q.actorId) params.set('actorId', q.actorId);
  for (const [prefix, parts] of [
    ['from', q.from],
    ['to', q.to],
  ] as const) {
    if (parts.day || parts.month || parts.year) {
      params.set(`${prefix}-day`, parts.day);
      params.set(`${prefix}-month`, parts.month);
      params.set(`${prefix}-year`, parts.year);
    }
  }
  if (page.after) params.set('after', page.after);
  if (page.before) params.set('before', page.before);
  const search = params.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}
