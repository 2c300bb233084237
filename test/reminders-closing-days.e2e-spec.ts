import { Clock } from '@app/core';
import { Temporal } from '@js-temporal/polyfill';
import { MembershipRole } from '@app/governance';
import { NotificationsService } from '@app/notifications';
import { DEFAULT_REMINDER_SETTINGS, RemindersService } from '@app/reminders';
import { addMembership, bodyByCode, createPerson, createRepresentative, startTestApp, TestApp } from '@app/testing';

const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`;
const MINE = `{ myNotifications(filter: { kind: CONSULTATION_CLOSING }) { edges { node { subject body } } } }`;
const LONDON = 'Europe/London';

/** An instant given as a wall-clock time in London. */
function london(date: Temporal.PlainDate, hour: number, minute = 0): Date {
  return new Date(date.toZonedDateTime({ timeZone: LONDON, plainTime: new Temporal.PlainTime(hour, minute) }).epochMilliseconds);
}

/** The first date on or after `from` that falls on `dayOfWeek` (1 Monday … 7 Sunday). */
function nextWeekday(from: Temporal.PlainDate, dayOfWeek: number): Temporal.PlainDate {
  return from.add({ days: (dayOfWeek - from.dayOfWeek + 7) % 7 });
}

/** The next Sunday on which London's clocks change (the last Sunday of March or October), after `from`. */
function nextClockChange(from: Temporal.PlainDate): Temporal.PlainDate {
  for (let year = from.year; ; year += 1) {
    for (const month of [3, 10]) {
      const last = Temporal.PlainDate.from({ year, month, day: 31 });
      const sunday = last.subtract({ days: last.dayOfWeek % 7 });
      if (Temporal.PlainDate.compare(sunday, from) > 0) return sunday;
    }
  }
}

describe('Closing reminders count whole days in London, and the bodies that consult open consultations', () => {
  let t: TestApp;
  let reminders: RemindersService;
  let chair: string;
  let groupId: string;
  /** Far enough ahead that every closing date below is in the future. */
  const start = Temporal.Now.plainDateISO(LONDON).add({ days: 10 });

  async function openSurvey(title: string, closesAt: Date, as = chair): Promise<{ id: string; officer: string }> {
    const res = await t.ok(OPEN, { input: { bodyId: groupId, title, audience: 'LOCAL_AUTHORITIES', closesAt: closesAt.toISOString() } }, { as });
    // Each survey gets its own officer, so each reads only its own reminder.
    const officer = (await createRepresentative(t.dataSource, { authority: 'hck' })).id;
    return { id: res.openConsultation.consultation.id, officer };
  }

  /** The reminder an officer received about one survey (others still open may remind them too). */
  async function reminderSubject(officer: string, title: string): Promise<string> {
    const edges = (await t.ok(MINE, {}, { as: officer })).myNotifications.edges as { node: { subject: string } }[];
    const about = edges.filter((e) => e.node.subject.endsWith(`"${title}"`));
    expect(about).toHaveLength(1);
    return about[0].node.subject;
  }

  beforeAll(async () => {
    t = await startTestApp();
    reminders = new RemindersService(t.txHost, t.app.get(NotificationsService), t.app.get(Clock), DEFAULT_REMINDER_SETTINGS);
    chair = (await createPerson(t.dataSource)).id;
    await addMembership(t.dataSource, chair, 'COMPACT_WORKING_GROUP', MembershipRole.CO_CHAIR_SECTOR_LEAD);
    groupId = (await bodyByCode(t.dataSource, 'COMPACT_WORKING_GROUP')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('sent on a Thursday for a survey closing on the Saturday, says 2 days', async () => {
    const saturday = nextWeekday(start, 6);
    const survey = await openSurvey('Rent deposit survey', london(saturday, 17));
    await reminders.consultationsClosing(london(saturday.subtract({ days: 2 }), 9));
    await expect(reminderSubject(survey.officer, 'Rent deposit survey')).resolves.toBe('Closes in 2 days: "Rent deposit survey"');
  });

  it('sent at 23:30 for a survey closing at 00:30, says tomorrow', async () => {
    const friday = nextWeekday(start, 5);
    const survey = await openSurvey('Mentoring survey', london(friday, 0, 30));
    await reminders.consultationsClosing(london(friday.subtract({ days: 1 }), 23, 30));
    await expect(reminderSubject(survey.officer, 'Mentoring survey')).resolves.toBe('Closes tomorrow: "Mentoring survey"');
  });

  it('counts the days across a change of the clocks', async () => {
    const sunday = nextClockChange(start);
    const survey = await openSurvey('Leisure survey', london(sunday.add({ days: 1 }), 0, 30));
    // Saturday 23:30 to Monday 00:30 is two calendar days, though 24 (spring) or 26 (autumn) hours apart.
    await reminders.consultationsClosing(london(sunday.subtract({ days: 1 }), 23, 30));
    await expect(reminderSubject(survey.officer, 'Leisure survey')).resolves.toBe('Closes in 2 days: "Leisure survey"');
  });

  it('lets a working group’s chair or co-chairs open one, but not its members or a body that does not consult', async () => {
    const member = (await createPerson(t.dataSource)).id;
    await addMembership(t.dataSource, member, 'COMPACT_WORKING_GROUP', MembershipRole.MEMBER);
    const closesAt = london(start.add({ days: 5 }), 12).toISOString();
    await expect(t.fails(OPEN, { input: { bodyId: groupId, title: 'A survey', audience: 'LOCAL_AUTHORITIES', closesAt } }, { as: member })).resolves.toMatchObject({
      message: "Only Compact Working Group's current chair or co-chairs can open its consultations.",
      extensions: { code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' },
    });
    const network = await bodyByCode(t.dataSource, 'LLANCL');
    await addMembership(t.dataSource, member, 'LLANCL', MembershipRole.CHAIR);
    await expect(t.fails(OPEN, { input: { bodyId: network.id, title: 'A survey', audience: 'LOCAL_AUTHORITIES', closesAt } }, { as: member })).resolves.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'bodyId' },
    });

    const boardChair = (await createPerson(t.dataSource)).id;
    await addMembership(t.dataSource, boardChair, 'TRUST_BOARD', MembershipRole.CHAIR);
    const board = await bodyByCode(t.dataSource, 'TRUST_BOARD');
    await expect(t.ok(OPEN, { input: { bodyId: board.id, title: 'Priorities for 2027', audience: 'ALDCS', closesAt } }, { as: boardChair })).resolves.toMatchObject({
      openConsultation: { consultation: { id: expect.any(String) } },
    });
  });
});
