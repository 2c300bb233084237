import { NotificationKind } from '@app/notifications';
import { DEFAULT_TIME_ZONE, ProgrammeCalendar } from '@app/core';
import { actionMessage, closingMessage, digestMessage, meetingMessage, staleMessage } from './reminder-messages';

const london = new ProgrammeCalendar(DEFAULT_TIME_ZONE);

const closing = {
  consultationId: 'c1',
  title: 'Council tax survey',
  proposalId: null,
  audience: 'LOCAL_AUTHORITIES',
  closesAt: new Date('2026-07-10T16:00:00Z'),
  days: 3,
  recipientId: 'p1',
};

/** Thursday 8 July 2026, 09:00 in London; the consultation closes on Friday the 10th at 17:00. */
const SENT = new Date('2026-07-08T08:00:00Z');

describe('reminder messages', () => {
  it('counts whole days in London: Thursday to Saturday is 2, whatever the hours', () => {
    // Thursday 9 July 2026, 09:00 BST → Saturday 11 July, 17:00 BST.
    const thursday = new Date('2026-07-09T08:00:00Z');
    const saturday = new Date('2026-07-11T16:00:00Z');
    expect(closingMessage({ ...closing, closesAt: saturday }, thursday, london).subject).toBe('Closes in 2 days: "Council tax survey"');
    expect(closingMessage({ ...closing, closesAt: saturday, days: 1 }, new Date('2026-07-10T23:01:00Z'), london).subject).toBe('Closes today: "Council tax survey"');
    expect(closingMessage({ ...closing, closesAt: saturday, days: 1 }, new Date('2026-07-10T10:00:00Z'), london).subject).toBe('Closes tomorrow: "Council tax survey"');
  });


  it('links every digest item to where it happened', () => {
    const link = (path: string) => `https://compact.example${path}`;
    const body = digestMessage(
      'p1',
      '2026-07-06',
      {
        moves: [{ proposalId: 'pr1', title: 'Rent deposits', from: 'RECOMMENDED', to: 'ENDORSED', at: new Date() }],
        agreementChanges: [{ proposalId: 'pr2', title: 'Council tax', changes: 2 }],
        progress: [{ proposalId: 'pr2', title: 'Council tax', status: 'ADOPTED', agreed: 10, implemented: 4, total: 33 }],
        stuck: [{ proposalId: 'pr3', title: 'Mentoring', staleAgreements: 1, stalledConsultations: 0 }],
      },
      [{ id: 'n1', subject: 'Someone replied', link: '/proposals/pr4/comments/c1', createdAt: new Date() }],
      link,
      [{ proposalId: 'pr5', title: 'Free prescriptions', partyName: 'NHS South West London', status: 'NOT_STARTED', reconfirmationNeeded: false }],
    ).body;
    for (const path of ['/proposals/pr1', '/proposals/pr2/agreements', '/proposals/pr3', '/proposals/pr4/comments/c1', '/proposals/pr5/agreements']) {
      expect(body).toContain(`  https://compact.example${path}\n`.trimEnd());
    }
    expect(body).toContain('"Council tax" (adopted): agreed by 10 of 33, in place with 4 of 33');
    expect(body).toContain('Offers waiting for you:\n- "Free prescriptions" (NHS South West London): not started');
  });

  it('keys each reminder by item, occasion and person, so nobody hears twice about the same thing', () => {
    const threeDays = closingMessage(closing, SENT, london);
    const oneDay = closingMessage({ ...closing, days: 1 }, SENT, london);
    expect(threeDays.dedupeKey).toBe('consultation-closing:c1:3d:p1');
    expect(oneDay.dedupeKey).not.toBe(threeDays.dedupeKey);
    expect(closingMessage({ ...closing, recipientId: 'p2' }, SENT, london).dedupeKey).not.toBe(threeDays.dedupeKey);
    expect(threeDays.kind).toBe(NotificationKind.CONSULTATION_CLOSING);
    expect(threeDays.body).toContain('17:00');

    const stale = { agreementId: 'a1', proposalId: 'pr', proposalTitle: 'Rent deposits', houseId: 'h', partyName: 'Hackney', status: 'IN_DISCUSSION', since: new Date('2026-01-01T00:00:00Z'), cycle: 0, recipientId: 'p1' };
    expect(staleMessage(stale, 30, london).dedupeKey).not.toBe(staleMessage({ ...stale, cycle: 1 }, 30, london).dedupeKey);
    // A status change restarts the cycle: a new "since" gives a new key.
    expect(staleMessage(stale, 30, london).dedupeKey).not.toBe(staleMessage({ ...stale, since: new Date('2026-02-01T00:00:00Z') }, 30, london).dedupeKey);
    expect(staleMessage(stale, 30, london).body).toContain('in discussion');

    const meeting = { meetingId: 'm1', title: 'Board', bodyName: 'Trust Board', startsAt: new Date('2026-03-05T10:00:00Z'), location: null, agenda: '', recipientId: 'p1' };
    expect(meetingMessage(meeting, london).dedupeKey).not.toBe(meetingMessage({ ...meeting, startsAt: new Date('2026-03-06T10:00:00Z') }, london).dedupeKey);
    expect(meetingMessage(meeting, london).body).toContain('agenda has not been published');

    const action = { actionItemId: 'x', description: 'Write to TfL', dueOn: '2026-03-05', meetingId: 'm1', meetingTitle: 'Board', recipientId: 'p1' };
    expect(actionMessage(action).subject).toContain('5 March 2026');
  });

  it('keeps subjects within the 200 characters a notification allows', () => {
    const long = closingMessage({ ...closing, title: 'x'.repeat(400) }, SENT, london);
    expect(long.subject.length).toBeLessThanOrEqual(200);
  });
});
