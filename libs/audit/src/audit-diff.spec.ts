import { auditDiff, auditSnapshot, personalFieldsOf, toAuditValue } from './audit-diff';

describe('auditDiff', () => {
  it.each([
    {
      name: 'keeps only the fields that changed, with old and new values',
      before: { id: 'a', status: 'DRAFT', title: 'Bus travel', version: 1 },
      after: { id: 'a', status: 'IN_CONSULTATION', title: 'Bus travel', version: 2 },
      expected: { before: { status: 'DRAFT', version: 1 }, after: { status: 'IN_CONSULTATION', version: 2 } },
    },
    {
      name: 'a created record has no before and all its fields after',
      before: null,
      after: { id: 'a', title: 'Bus travel' },
      expected: { before: null, after: { id: 'a', title: 'Bus travel' } },
    },
    {
      name: 'a removed record has all its fields before and no after',
      before: { id: 'a', title: 'Bus travel' },
      after: null,
      expected: { before: { id: 'a', title: 'Bus travel' }, after: null },
    },
    {
      name: 'a field on one side only reads as null on the other',
      before: { id: 'a' },
      after: { id: 'a', note: 'Agreed at cabinet' },
      expected: { before: { note: null }, after: { note: 'Agreed at cabinet' } },
    },
    {
      name: 'dates compare by instant and are recorded as ISO strings',
      before: { at: new Date('2025-03-05T10:00:00Z'), endedAt: null },
      after: { at: new Date('2025-03-05T10:00:00Z'), endedAt: new Date('2025-06-01T09:30:00Z') },
      expected: { before: { endedAt: null }, after: { endedAt: '2025-06-01T09:30:00.000Z' } },
    },
    {
      name: 'arrays and objects compare by content, in order',
      before: { partnerIds: ['x', 'y'], answers: [{ q: 1, v: true }] },
      after: { partnerIds: ['y', 'x'], answers: [{ q: 1, v: true }] },
      expected: { before: { partnerIds: ['x', 'y'] }, after: { partnerIds: ['y', 'x'] } },
    },
    {
      name: 'null and a missing value are the same; undefined is ignored',
      before: { note: null, extra: undefined },
      after: { note: null, title: 'T' },
      expected: { before: { title: null }, after: { title: 'T' } },
    },
  ])('$name', ({ before, after, expected }) => {
    expect(auditDiff(before, after)).toEqual(expected);
  });

  it('is null when nothing changed, or when there is no record at all', () => {
    const at = new Date('2025-03-05T10:00:00Z');
    expect(auditDiff({ a: 1, at, list: [1, { b: 2 }] }, { a: 1, at: new Date(at.getTime()), list: [1, { b: 2 }] })).toBeNull();
    expect(auditDiff(null, null)).toBeNull();
  });

  it('never records secrets or updatedAt, even when they changed', () => {
    const diff = auditDiff(
      { email: 'a@example.org', codeHash: 'h1', refreshTokenHash: 'r1', updatedAt: new Date(0) },
      { email: 'b@example.org', codeHash: 'h2', refreshTokenHash: 'r2', updatedAt: new Date() },
    );
    expect(diff).toEqual({ before: { email: 'a@example.org' }, after: { email: 'b@example.org' } });
    expect(auditDiff({ token: 'x' }, { token: 'y' })).toBeNull();
    expect(auditDiff(null, { id: 'p', code: '123456', password: 'pw' })).toEqual({ before: null, after: { id: 'p' } });
  });
});

describe('personal data in the trail', () => {
  const person = personalFieldsOf('person');

  it('records a created person by id, naming the personal fields that were set without their values', () => {
    const diff = auditDiff(null, { id: 'p', displayName: 'Jordan Ade', email: 'j@example.org', birthMonth: null, careExperienced: true, isSample: false }, person);
    expect(diff).toEqual({ before: null, after: { id: 'p', isSample: false, withheld: ['careExperienced', 'displayName', 'email'] } });
  });

  it('records that a name changed, never the old or the new name', () => {
    expect(auditDiff({ id: 'p', displayName: 'Old', version: 1 }, { id: 'p', displayName: 'New', version: 2 }, person)).toEqual({
      before: { version: 1 },
      after: { version: 2, withheld: ['displayName'] },
    });
    expect(auditDiff({ displayName: 'Old' }, { displayName: 'New' }, person)).toEqual({ before: {}, after: { withheld: ['displayName'] } });
    expect(auditDiff({ displayName: 'Same' }, { displayName: 'Same' }, person)).toBeNull();
  });

  it("withholds what people write and why they hold a place: comments, reports, membership and grant reasons; names and emails anywhere", () => {
    expect([...personalFieldsOf('comment')]).toEqual(expect.arrayContaining(['body', 'displayName', 'email']));
    expect(auditDiff({ id: 'c', body: 'first' }, { id: 'c', body: 'second' }, personalFieldsOf('comment'))).toEqual({ before: {}, after: { withheld: ['body'] } });
    expect(auditDiff({ id: 'm', endReason: 'Moving away' }, null, personalFieldsOf('membership'))).toEqual({ before: { id: 'm', withheld: ['endReason'] }, after: null });
    expect(personalFieldsOf('role_grant').has('reason')).toBe(true);
    expect(personalFieldsOf('proposal').has('body')).toBe(false);
  });
});

describe('auditSnapshot / toAuditValue', () => {
  it('picks the named fields and converts them to JSON values', () => {
    expect(auditSnapshot({ a: new Date('2025-01-01T00:00:00Z'), b: 2n, c: () => 1, d: 'x' }, ['a', 'b', 'c'])).toEqual({
      a: '2025-01-01T00:00:00.000Z',
      b: '2',
    });
    expect(auditSnapshot(undefined)).toBeNull();
    expect(toAuditValue([new Date('2025-01-01T00:00:00Z'), undefined])).toEqual(['2025-01-01T00:00:00.000Z', null]);
    expect(toAuditValue(new Date('not a date'))).toBeNull();
  });
});
