import { NotificationKind } from '@app/notifications';
import { actionMessage, closingMessage, londonDate, londonTime, meetingMessage, staleMessage } from './reminder-messages';

const closing = {
  consultationId: 'c1',
  title: 'Council tax survey',
  proposalId: null,
  audience: 'LOCAL_AUTHORITIES',
  closesAt: new Date('2026-07-10T16:00:00Z'),
  days: 3,
  recipientId: 'p1',
};

describe('reminder messages', () => {
  it('reads times and days in London, summer time included', () => {
    expect(londonTime(new Date('2026-07-10T16:00:00Z'))).toContain('17:00');
    expect(londonTime(new Date('2026-01-10T16:00:00Z'))).toContain('16:00');
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('keys each reminder by item, occasion and person, so nobody hears twice about the same thing', () => {
    const threeDays = closingMessage(closing);
    const oneDay = closingMessage({ ...closing, days: 1 });
    expect(threeDays.dedupeKey).toBe('consultation-closing:c1:3d:p1');
    expect(oneDay.dedupeKey).not.toBe(threeDays.dedupeKey);
    expect(closingMessage({ ...closing, recipientId: 'p2' }).dedupeKey).not.toBe(threeDays.dedupeKey);
    expect(threeDays.kind).toBe(NotificationKind.CONSULTATION_CLOSING);
    expect(threeDays.body).toContain('17:00');

    const stale = { agreementId: 'a1', proposalId: 'pr', proposalTitle: 'Rent deposits', houseId: 'h', partyName: 'Hackney', status: 'IN_DISCUSSION', since: new Date('2026-01-01T00:00:00Z'), cycle: 0, recipientId: 'p1' };
    expect(staleMessage(stale, 30).dedupeKey).not.toBe(staleMessage({ ...stale, cycle: 1 }, 30).dedupeKey);
    // A status change restarts the cycle: a new "since" gives a new key.
    expect(staleMessage(stale, 30).dedupeKey).not.toBe(staleMessage({ ...stale, since: new Date('2026-02-01T00:00:00Z') }, 30).dedupeKey);
    expect(staleMessage(stale, 30).body).toContain('in discussion');

    const meeting = { meetingId: 'm1', title: 'Board', bodyName: 'Trust Board', startsAt: new Date('2026-03-05T10:00:00Z'), location: null, agenda: '', recipientId: 'p1' };
    expect(meetingMessage(meeting).dedupeKey).not.toBe(meetingMessage({ ...meeting, startsAt: new Date('2026-03-06T10:00:00Z') }).dedupeKey);
    expect(meetingMessage(meeting).body).toContain('agenda has not been published');

    const action = { actionItemId: 'x', description: 'Write to TfL', dueOn: '2026-03-05', meetingId: 'm1', meetingTitle: 'Board', recipientId: 'p1' };
    expect(actionMessage(action).subject).toContain('5 March 2026');
  });

  it('keeps subjects within the 200 characters a notification allows', () => {
    const long = closingMessage({ ...closing, title: 'x'.repeat(400) });
    expect(long.subject.length).toBeLessThanOrEqual(200);
  });
});
