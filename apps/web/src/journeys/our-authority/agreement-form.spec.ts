import { changesOf, conflictsOf, dateOf, enteredRows, formFieldOfApi, resolved, type RowValues } from './agreement-form';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const was = new Map<string, RowValues>([
  [A, { status: 'NOT_STARTED', reciprocity: null, effectiveDate: null, evidenceUrl: null }],
  [B, { status: 'FORMALLY_AGREED', reciprocity: 'BOTH', effectiveDate: null, evidenceUrl: null }],
]);
const form = (a: Record<string, string>, b: Record<string, string>) => ({
  _csrf: 'x',
  [`version-${A}`]: '3',
  [`status-${A}`]: 'NOT_STARTED',
  [`reciprocity-${A}`]: '',
  [`date-${A}-day`]: '',
  [`date-${A}-month`]: '',
  [`date-${A}-year`]: '',
  [`evidence-${A}`]: '',
  [`version-${B}`]: '7',
  [`status-${B}`]: 'FORMALLY_AGREED',
  [`reciprocity-${B}`]: 'BOTH',
  [`date-${B}-day`]: '',
  [`date-${B}-month`]: '',
  [`date-${B}-year`]: '',
  [`evidence-${B}`]: '',
  ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k.replace('%', A), v])),
  ...Object.fromEntries(Object.entries(b).map(([k, v]) => [k.replace('%', B), v])),
});

describe('the officers’ bulk update form', () => {
  it('sends only the rows that changed, each from the version it was read at', () => {
    const { changes, problems } = changesOf(enteredRows(form({}, { 'status-%': 'IMPLEMENTED', 'date-%-day': '1', 'date-%-month': '4', 'date-%-year': '2025' })), was);
    expect(problems).toEqual([]);
    expect(changes).toEqual([{ agreementId: B, expectedVersion: 7, status: 'IMPLEMENTED', reciprocity: 'BOTH', effectiveDate: '2025-04-01', evidenceUrl: null }]);
  });

  it('sends nothing when nothing changed', () => {
    expect(changesOf(enteredRows(form({}, {})), was).changes).toEqual([]);
  });

  it('refuses a date that is not a real one, against that row’s date', () => {
    const { changes, problems } = changesOf(enteredRows(form({ 'status-%': 'IN_DISCUSSION' }, { 'date-%-day': '31', 'date-%-month': '2', 'date-%-year': '2025' })), was);
    expect(problems).toEqual([{ field: `${B}.effectiveDate`, text: expect.stringContaining('real date') }]);
    expect(changes).toHaveLength(1);
    expect(dateOf('29', '2', '2024')).toBe('2024-02-29');
    expect(dateOf('', '', '')).toBeNull();
    expect(dateOf('1', '', '2024')).toBeUndefined();
  });

  it('names the row an API problem is about', () => {
    const sent = [{ agreementId: A, expectedVersion: 3, status: 'IMPLEMENTED' as const, reciprocity: null, effectiveDate: null, evidenceUrl: null }];
    expect(formFieldOfApi('items.0.effectiveDate', sent)).toBe(`${A}.effectiveDate`);
    expect(formFieldOfApi('items.0.expectedVersion', sent)).toBe(`${A}.status`);
    expect(formFieldOfApi('items.4.status', sent)).toBe('');
  });

  it('finds the rows someone else changed first, and sends mine over theirs only where I chose', () => {
    const mineA = { agreementId: A, expectedVersion: 3, status: 'DECLINED' as const, reciprocity: null, effectiveDate: null, evidenceUrl: null };
    const mineB = { agreementId: B, expectedVersion: 7, status: 'IMPLEMENTED' as const, reciprocity: 'BOTH' as const, effectiveDate: '2025-04-01', evidenceUrl: null };
    const current = new Map([
      [A, { id: A, version: 4, updatedAt: '2026-03-01T10:00:00Z', status: 'AGREED_IN_PRINCIPLE' as const, reciprocity: null, effectiveDate: null, evidenceUrl: null }],
      [B, { id: B, version: 7, updatedAt: '2026-02-01T10:00:00Z', ...was.get(B)! }],
    ]);
    const { conflicts, clear } = conflictsOf([mineA, mineB], current);
    expect(conflicts.map((c) => c.mine.agreementId)).toEqual([A]);
    expect(clear).toEqual([mineB]);
    const theirVersions = new Map([[A, 4]]);
    expect(resolved([mineA, mineB], theirVersions, new Map([[A, 'mine']]))).toEqual({ items: [{ ...mineA, expectedVersion: 4 }, mineB], unchosen: [] });
    expect(resolved([mineA, mineB], theirVersions, new Map([[A, 'theirs']]))).toEqual({ items: [mineB], unchosen: [] });
    expect(resolved([mineA, mineB], theirVersions, new Map())).toEqual({ items: [mineB], unchosen: [A] });
  });
});
