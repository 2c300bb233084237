import { auditFilter, auditLink, readAuditQuery, startOfLondonDay } from './audit-filters';

const ID = '3f2b6c1e-8d4a-4b1c-9e2f-1a2b3c4d5e6f';

describe('the audit trail’s filters', () => {
  it('starts a London day at midnight London time, in winter and in summer', () => {
    expect(startOfLondonDay(2026, 1, 15).toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(startOfLondonDay(2026, 7, 15).toISOString()).toBe('2026-07-14T23:00:00.000Z');
  });

  it('turns the address into the API’s filter, the "to" day included whole', () => {
    const q = readAuditQuery({ entityType: ' comment ', entityId: ID, 'from-day': '27', 'from-month': '3', 'from-year': '2026', 'to-day': '31', 'to-month': '3', 'to-year': '2026' });
    expect(auditFilter(q)).toEqual({
      filter: { entityType: 'comment', entityId: ID, from: '2026-03-27T00:00:00.000Z', to: '2026-03-31T23:00:00.000Z' },
      problems: [],
    });
  });

  it('says what is wrong: an id that is not one, a date that does not exist, an end before the start', () => {
    expect(auditFilter(readAuditQuery({ actorId: 'Priya', 'from-day': '31', 'from-month': '2', 'from-year': '2026' })).problems).toEqual([
      { field: 'actorId', text: 'Enter the person’s id as it is shown in the audit trail' },
      { field: 'from', text: 'The start date must be a real date, for example 27 3 2026' },
    ]);
    const backwards = readAuditQuery({ 'from-day': '2', 'from-month': '3', 'from-year': '2026', 'to-day': '1', 'to-month': '3', 'to-year': '2026' });
    expect(auditFilter(backwards).problems).toEqual([{ field: 'to', text: 'The end date must be the same as or after the start date' }]);
  });

  it('links to the same filters, with a page cursor when given, and to the plain trail with none', () => {
    const q = readAuditQuery({ entityType: 'comment', 'to-day': '1', 'to-month': '4', 'to-year': '2026' });
    const link = auditLink(q, { after: 'abc=' });
    expect(link).toBe('/admin/audit?entityType=comment&to-day=1&to-month=4&to-year=2026&after=abc%3D');
    expect(readAuditQuery(Object.fromEntries(new URL(link, 'http://x').searchParams))).toEqual(q);
    expect(auditLink(readAuditQuery({}))).toBe('/admin/audit');
  });
});
