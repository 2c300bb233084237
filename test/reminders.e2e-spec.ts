import { ConfigService } from '@nestjs/config';
import { Clock, QueueFactory, QueueName, ReminderJob, validateEnvironment } from '@app/core';
import { CommentRepliedPayload } from '@app/core';
import { DomainEventNotifier, NotificationKind, NotificationsService } from '@app/notifications';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsFromEnvironment, RemindersService } from '@app/reminders';
import { startTestApp, TestApp } from '@app/testing';
import { queueFactoryFromEnvironment } from '../libs/core/src/queue/queue.module';
import { jobSchedules, missingSchedules, queueOpener, registerSchedules } from '../apps/worker/src/job-schedules';
import { RemindersProcessor } from '../apps/worker/src/reminders.processor';
import { ProgrammeApi } from './support/programme-api';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const CONSULTATION = `query($id: ID!) { consultation(id: $id) { closesAt } }`;

/**
 * The reminder rules and the weekly digest, run as the worker runs them (each with the clock it is
 * given) over a programme made entirely through the API: people, seats, proposals, consultations,
 * answers, votes, comments, decisions, agreement changes, meetings and action items. The rules'
 * clock is moved forward rather than records backdated.
 */
describe('reminder rules and the weekly digest', () => {
  let t: TestApp;
  let api: ProgrammeApi;
  let reminders: RemindersService;
  /** An hour from the real time, so memberships made now have started. */
  const soon = () => Date.now() + HOUR;

  /** Who was reminded by notifications whose dedupe key starts with `prefix`, sorted. */
  async function remindedBy(prefix: string): Promise<string[]> {
    const rows = await t.dataSource.query<{
      recipient_id: string;
    }[]>(`SELECT recipient_id FROM notification WHERE dedupe_key LIKE $1 ORDER BY recipient_id`, [`${prefix}%`]);
    return rows.map((r) => r.recipient_id);
  }

  const sorted = (ids: string[]) => [...ids].sort();

  async function closesAt(consultationId: string, as: string): Promise<number> {
    const data = await t.ok(CONSULTATION, { id: consultationId }, { as });
    return new Date(data.consultation.closesAt).getTime();
  }

  beforeAll(async () => {
    t = await startTestApp();
    reminders = new RemindersService(t.txHost, t.app.get(NotificationsService), t.app.get(Clock), DEFAULT_REMINDER_SETTINGS);
    api = await ProgrammeApi.start(t);
  });
  afterAll(() => t.close());

  describe('consultations opening', () => {
    it('asks a CiCC consultation’s members to take part, once each, and nobody outside its audience', async () => {
      const coChairs = await api.seatCoChairs('HOUSE_HOUSING');
      const member = await api.ciccMember();
      const outsider = await api.person();
      const officer = await api.officer('lam');
      const proposalId = await api.proposal('HOUSE_HOUSING', coChairs.sectorLead.id);
      const consultationId = await api.openConsultation(coChairs.youngPerson.id, { proposalId, audience: 'CICC', closesInDays: 5 });

      const first = await reminders.consultationOpened(consultationId, new Date(soon()));
      const told = await remindedBy(`consultation-opened:${consultationId}:`);
      expect(told).toContain(member.id);
      expect(told).toContain(coChairs.youngPerson.id);
      expect(told).not.toContain(outsider.id);
      expect(told).not.toContain(officer.id);
      expect(first.created).toBe(told.length);
      // Named by its proposal, since a consultation on a proposal has no title of its own.
      const [note] = await t.dataSource.query<{ subject: string }[]>(`SELECT subject FROM notification WHERE dedupe_key = $1`, [`consultation-opened:${consultationId}:${member.id}`]);
      expect(note.subject).toMatch(/: "Council tax exemption to 25"$/);

      const again = await reminders.consultationOpened(consultationId, new Date(soon()));
      expect(again).toEqual({ due: first.due, created: 0 });
      await expect(remindedBy(`consultation-opened:${consultationId}:`)).resolves.toEqual(told);
      // Closed again so the closing-reminder rules below see only their own consultations.
      await api.closeConsultation(coChairs.youngPerson.id, consultationId);
    });

    it('asks every LA’s officers to answer an LA survey, saying when it opens if it has not yet', async () => {
      const coChairs = await api.seatCoChairs('HOUSE_FINANCE');
      const officer = await api.officer('crd');
      const member = await api.ciccMember();
      const consultationId = await api.openConsultation(coChairs.sectorLead.id, {
        houseCode: 'HOUSE_FINANCE',
        title: 'Council tax survey',
        audience: 'LOCAL_AUTHORITIES',
        opensInDays: 2,
        closesInDays: 9,
      });
      await reminders.consultationOpened(consultationId, new Date(soon()));
      const told = await remindedBy(`consultation-opened:${consultationId}:`);
      expect(told).toContain(officer.id);
      expect(told).not.toContain(member.id);
      const [note] = await t.dataSource.query<{ body: string }[]>(`SELECT body FROM notification WHERE dedupe_key = $1`, [`consultation-opened:${consultationId}:${officer.id}`]);
      expect(note.body).toMatch(/^The consultation "Council tax survey" opens on .* and stays open until/);
      await api.closeConsultation(coChairs.sectorLead.id, consultationId);
    });
  });

  describe('consultations closing', () => {
    it('reminds LA officers whose LA has not answered, 3 days and then 1 day before, once each', async () => {
      const { sectorLead } = await api.seatCoChairs('HOUSE_HOUSING');
      const consultationId = await api.openConsultation(sectorLead.id, {
        houseCode: 'HOUSE_HOUSING',
        title: 'Housing protocol survey',
        audience: 'LOCAL_AUTHORITIES',
        closesInDays: 10,
        questions: [{ kind: 'YES_NO', prompt: 'Do you have a joint housing protocol?' }],
      });
      const closes = await closesAt(consultationId, sectorLead.id);
      const hackney = await api.officer('hck');
      const lambeth = await api.officer('lam');
      const lambeth2 = await api.officer('lam');
      const partner = await api.person();
      await api.join(partner.id, 'LLANCL', 'MEMBER', { organisation: 'GLA_TFL' });
      const youngPerson = await api.ciccMember({ homeAuthority: 'hck' });
      // Lambeth has answered (by one of its officers): neither Lambeth officer is chased.
      const question = (await t.ok(`query($id: ID!) { consultation(id: $id) { questions { id } } }`, { id: consultationId }, { as: lambeth.id })).consultation.questions[0].id;
      await api.respond(lambeth.id, consultationId, [{ questionId: question, yesNo: true }], 'lam');
      const key = `consultation-closing:${consultationId}`;

      await reminders.consultationsClosing(new Date(closes - 4 * DAY));
      await expect(remindedBy(key)).resolves.toEqual([]);

      await reminders.consultationsClosing(new Date(closes - 2.5 * DAY));
      const threeDays = await remindedBy(`${key}:3d:`);
      expect(threeDays).toContain(hackney.id);
      expect(threeDays).not.toContain(lambeth.id);
      expect(threeDays).not.toContain(lambeth2.id);
      expect(threeDays).not.toContain(partner.id);
      expect(threeDays).not.toContain(youngPerson.id);

      // Running again (another worker, a retry, a later hour) reminds nobody twice.
      const again = await reminders.consultationsClosing(new Date(closes - 2 * DAY));
      expect(again.created).toBe(0);
      await expect(remindedBy(`${key}:3d:`)).resolves.toEqual(threeDays);

      await reminders.consultationsClosing(new Date(closes - 12 * HOUR));
      await expect(remindedBy(`${key}:1d:`)).resolves.toEqual(threeDays);
      await expect(remindedBy(`${key}:1d:${hackney.id}`)).resolves.toEqual([hackney.id]);

      // Closed: nothing more.
      const after = await reminders.consultationsClosing(new Date(closes + HOUR));
      expect(after.created).toBe(0);

      // What Hackney's officer finds in the app.
      const mine = await t.ok(`{ myNotifications(filter: { kind: CONSULTATION_CLOSING }) { edges { node { subject body link } } } }`, {}, { as: hackney.id });
      const [latest] = mine.myNotifications.edges.map((e: { node: unknown }) => e.node) as { subject: string; body: string; link: string }[];
      expect(latest.subject).toMatch(/^Closes (today|tomorrow): "Housing protocol survey"$/); // 12 hours before: London calendar days
      expect(latest.body).toContain('closes on');
      expect(latest.link).toBe(`/consultations/${consultationId}`);
      await api.closeConsultation(sectorLead.id, consultationId);
    });

    it('reminds CiCC members who have not voted, and not advisers or those who voted', async () => {
      const coChairs = await api.seatCoChairs('HOUSE_HEALTH');
      const proposalId = await api.proposal('HOUSE_HEALTH', coChairs.sectorLead.id, { title: 'Free prescriptions', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA' });
      const consultationId = await api.openConsultation(coChairs.youngPerson.id, { proposalId, audience: 'CICC', closesInDays: 2 });
      const voted = await api.ciccMember();
      const notVoted = await api.ciccMember();
      const adviser = await api.person();
      await api.join(adviser.id, 'CICC', 'ADVISER');
      const officer = await api.officer('cmd');
      await api.vote(voted.id, proposalId, 'SUPPORT');

      await reminders.consultationsClosing(new Date(soon()));
      const reminded = await remindedBy(`consultation-closing:${consultationId}:3d:`);
      const members = await t.dataSource.query<{ person_id: string }[]>(
        `SELECT ms.person_id FROM membership ms JOIN body b ON b.id = ms.body_id
          WHERE b.code = 'CICC' AND ms.ended_at IS NULL AND ms.role NOT IN ('ADVISER', 'OBSERVER') AND ms.person_id <> $1
          ORDER BY ms.person_id`,
        [voted.id],
      );
      expect(reminded).toEqual(sorted([...new Set(members.map((m) => m.person_id))]));
      expect(reminded).toContain(notVoted.id);
      expect(reminded).not.toContain(voted.id);
      expect(reminded).not.toContain(adviser.id);
      expect(reminded).not.toContain(officer.id);
      const [note] = await t.dataSource.query<{
        subject: string;
        body: string;
      }[]>(`SELECT subject, body FROM notification WHERE dedupe_key = $1`, [`consultation-closing:${consultationId}:3d:${notVoted.id}`]);
      // Two days before it closes by the calendar in London (one, if this runs in the hour before midnight).
      expect(note.subject).toMatch(/^Closes (tomorrow|in 2 days): "Free prescriptions"$/);
      expect(note.body).toContain('Have your say and cast your vote before then.');
      await api.closeConsultation(coChairs.youngPerson.id, consultationId);
    });
  });

  describe('thresholds from configuration', () => {
    it('reminds on the days REMINDER_CLOSING_DAYS names instead of 3 and 1', async () => {
      const settings = reminderSettingsFromEnvironment(validateEnvironment({ REMINDER_CLOSING_DAYS: '7,2' }));
      expect(settings).toEqual({ ...DEFAULT_REMINDER_SETTINGS, closingDays: [7, 2] });
      const configured = new RemindersService(t.txHost, t.app.get(NotificationsService), t.app.get(Clock), settings);
      const { sectorLead } = await api.seatCoChairs('HOUSE_RELATIONSHIPS');
      const consultationId = await api.openConsultation(sectorLead.id, { houseCode: 'HOUSE_RELATIONSHIPS', title: 'Mentoring survey', audience: 'LOCAL_AUTHORITIES', closesInDays: 20 });
      const closes = await closesAt(consultationId, sectorLead.id);
      const officer = await api.officer('stn');
      const key = `consultation-closing:${consultationId}`;

      // Six days before: the configured 7-day reminder is due; by default nothing is yet.
      await reminders.consultationsClosing(new Date(closes - 6 * DAY));
      await expect(remindedBy(key)).resolves.toEqual([]);
      await configured.consultationsClosing(new Date(closes - 6 * DAY));
      await expect(remindedBy(`${key}:7d:${officer.id}`)).resolves.toEqual([officer.id]);

      await configured.consultationsClosing(new Date(closes - 36 * HOUR));
      await expect(remindedBy(`${key}:2d:${officer.id}`)).resolves.toEqual([officer.id]);
      await expect(remindedBy(`${key}:3d:`)).resolves.toEqual([]);
      const [mail] = await t.dataSource.query<{ subject: string }[]>(`SELECT subject FROM notification WHERE dedupe_key = $1`, [`${key}:2d:${officer.id}`]);
      expect(mail.subject).toMatch(/^Closes (tomorrow|in 2 days):/); // 36 hours before: London calendar days
      await api.closeConsultation(sectorLead.id, consultationId);
    });

    it('counts an agreement stale after REMINDER_STALE_AFTER_DAYS', async () => {
      const settings = reminderSettingsFromEnvironment(validateEnvironment({ REMINDER_STALE_AFTER_DAYS: '10' }));
      const configured = new RemindersService(t.txHost, t.app.get(NotificationsService), t.app.get(Clock), settings);
      const proposalId = await endorsedOffer('HOUSE_TRANSPORT', 'Leisure passes');
      const officer = await api.officer('wns');
      const agreement = (await api.agreementsOf(proposalId, officer.id)).wns;
      const key = `agreement-stale:${agreement.id}:`;
      const byKey = async () =>
        (await t.dataSource.query<unknown[]>(`SELECT recipient_id FROM notification WHERE dedupe_key LIKE $1 AND recipient_id = $2`, [`${key}%`, officer.id])).length;

      // Twelve days after endorsement: stale by the configured ten days, not by the default thirty.
      const at = new Date(Date.now() + 12 * DAY);
      await reminders.staleAgreements(at);
      await expect(byKey()).resolves.toBe(0);
      await configured.staleAgreements(at);
      await expect(byKey()).resolves.toBe(1);
    });
  });

  /** A House's offer taken through consultation, both co-chairs' sign-off and the Trust Board's endorsement. Returns its id. */
  async function endorsedOffer(houseCode: string, title: string, coChairs?: Awaited<ReturnType<ProgrammeApi['seatCoChairs']>>): Promise<string> {
    const chairs = coChairs ?? (await api.seatCoChairs(houseCode));
    const proposalId = await api.proposal(houseCode, chairs.sectorLead.id, { title });
    const consultationId = await api.openConsultation(chairs.sectorLead.id, { proposalId, audience: 'LOCAL_AUTHORITIES', closesInDays: 7 });
    await api.closeConsultation(chairs.sectorLead.id, consultationId);
    await api.recommend(proposalId, chairs);
    await expect(api.trustBoardDecides(proposalId)).resolves.toBe('ENDORSED');
    return proposalId;
  }

  describe('stale agreements', () => {
    it('nudges the officers of parties whose status has not changed in 30 days, again every 14 days; co-chairs get the list', async () => {
      const coChairs = await api.seatCoChairs('HOUSE_FINANCE');
      const proposalId = await endorsedOffer('HOUSE_FINANCE', 'Rent deposit scheme', coChairs);
      const houseMember = await api.person();
      await api.join(houseMember.id, 'HOUSE_FINANCE');
      const hackney = await api.officer('hck');
      const granted = await api.person();
      await api.grant(granted.id, 'LA_OFFICER', { kind: 'AUTHORITY', id: api.authorities.hck });
      const lambeth = await api.officer('lam');
      const camden = await api.officer('cmd');
      const parties = await api.agreementsOf(proposalId, hackney.id);
      // Lambeth moves its status; Camden has implemented it (final).
      await api.setAgreement(lambeth.id, parties.lam, 'IN_DISCUSSION');
      await api.setAgreement(camden.id, parties.cmd, 'IMPLEMENTED', { effectiveDate: '2026-01-01', reciprocity: 'BOTH' });

      // The rules' clock: 30 days after the agreements were opened, but not yet 30 days after Lambeth's change.
      const [{ opened, changed }] = await t.dataSource.query<{ opened: Date; changed: Date }[]>(
        `SELECT (SELECT created_at FROM agreement_status WHERE id = $1) AS opened,
                (SELECT max(changed_at) FROM agreement_status_history WHERE agreement_id = $2) AS changed`,
        [parties.hck.id, parties.lam.id],
      );
      expect(changed.getTime()).toBeGreaterThan(opened.getTime());
      const at = new Date(30 * DAY + (opened.getTime() + changed.getTime()) / 2);

      await reminders.staleAgreements(at);
      // Every current Hackney officer (by membership or by grant), and nobody else.
      const hackneyOfficers = await t.dataSource.query<{ person_id: string }[]>(
        `SELECT m.person_id FROM membership m JOIN body b ON b.id = m.body_id JOIN local_authority la ON la.id = m.represents_authority_id
          WHERE la.short_code = 'hck' AND b.kind <> 'CICC' AND m.ended_at IS NULL
         UNION SELECT $1::uuid ORDER BY 1`,
        [granted.id],
      );
      const nudged = await remindedBy(`agreement-stale:${parties.hck.id}:`);
      expect(nudged).toEqual(hackneyOfficers.map((o) => o.person_id));
      expect(nudged).toEqual(expect.arrayContaining([hackney.id, granted.id]));
      expect(nudged).not.toContain(lambeth.id);
      expect(nudged).not.toContain(camden.id);
      await expect(remindedBy(`agreement-stale:${parties.lam.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`agreement-stale:${parties.cmd.id}:`)).resolves.toEqual([]);
      const lists = await remindedBy(`agreement-stale-list:${api.bodies.HOUSE_FINANCE}:`);
      expect(lists).toEqual(sorted([coChairs.youngPerson.id, coChairs.sectorLead.id]));
      expect(lists).not.toContain(houseMember.id);
      const listed = await t.ok(`{ myNotifications(filter: { kind: AGREEMENT_STATUS_STALE }) { edges { node { body } } } }`, {}, { as: coChairs.sectorLead.id });
      const [list] = listed.myNotifications.edges.map((e: { node: { body: string } }) => e.node.body) as string[];
      expect(list).toContain('Hackney');
      expect(list).not.toContain('Camden');

      // A week later Hackney is not nudged again, but Lambeth, unchanged for 30 days by then, is.
      await reminders.staleAgreements(new Date(at.getTime() + 7 * DAY));
      await expect(remindedBy(`agreement-stale:${parties.hck.id}:`)).resolves.toEqual(nudged);
      const lambethNudged = await remindedBy(`agreement-stale:${parties.lam.id}:`);
      expect(lambethNudged).toContain(lambeth.id);
      expect(lambethNudged).not.toContain(hackney.id);
      // Fourteen days on: everyone still stale is nudged again; Camden's final status never is.
      await reminders.staleAgreements(new Date(at.getTime() + 14 * DAY));
      await expect(remindedBy(`agreement-stale:${parties.hck.id}:`)).resolves.toEqual(sorted([...nudged, ...nudged]));
      await expect(remindedBy(`agreement-stale:${parties.cmd.id}:`)).resolves.toEqual([]);
    });
  });

  describe('stalled consultations', () => {
    it("tells the House's co-chairs when a proposal has not moved 14 days after its consultation closed", async () => {
      const coChairs = await api.seatCoChairs('HOUSE_RELATIONSHIPS');
      const member = await api.person();
      await api.join(member.id, 'HOUSE_RELATIONSHIPS');
      const consult = async (title: string) => {
        const proposalId = await api.proposal('HOUSE_RELATIONSHIPS', coChairs.sectorLead.id, { title, category: 'RELATIONSHIPS' });
        const consultationId = await api.openConsultation(coChairs.sectorLead.id, { proposalId, audience: 'PARTNERS', closesInDays: 5 });
        return { proposalId, consultationId };
      };
      // Closed now, and nothing since.
      const stalled = await consult('Mentoring for care leavers');
      await api.closeConsultation(coChairs.sectorLead.id, stalled.consultationId);
      // Still open: it closes on its own in five days.
      const recent = await consult('Family time');
      // Closed now, then recommended by both co-chairs: it moved.
      const moved = await consult('Keeping in touch');
      await api.closeConsultation(coChairs.sectorLead.id, moved.consultationId);
      await api.recommend(moved.proposalId, coChairs);
      const chairs = sorted([coChairs.youngPerson.id, coChairs.sectorLead.id]);

      const fifteenDaysOn = Date.now() + 15 * DAY;
      await reminders.stalledConsultations(new Date(fifteenDaysOn));
      await expect(remindedBy(`consultation-stalled:${stalled.consultationId}:`)).resolves.toEqual(chairs);
      await expect(remindedBy(`consultation-stalled:${recent.consultationId}:`)).resolves.toEqual([]);
      await expect(remindedBy(`consultation-stalled:${moved.consultationId}:`)).resolves.toEqual([]);
      await expect(remindedBy(`consultation-stalled:${stalled.consultationId}:${member.id}`)).resolves.toEqual([]);

      // Five days on, the one that closed by itself has stalled too; the first is not repeated.
      const later = await reminders.stalledConsultations(new Date(fifteenDaysOn + 5 * DAY));
      await expect(remindedBy(`consultation-stalled:${recent.consultationId}:`)).resolves.toEqual(chairs);
      await expect(remindedBy(`consultation-stalled:${stalled.consultationId}:`)).resolves.toHaveLength(2);
      await expect(remindedBy(`consultation-stalled:${moved.consultationId}:`)).resolves.toEqual([]);
      // Other tests' consultations may stall by then too; of this House's, only the one that closed by itself is new.
      expect(later.created).toBeGreaterThanOrEqual(2);
    });
  });

  describe('meetings and action items', () => {
    const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`;
    const AGENDA = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id } } }`;

    it("tells a body's members about a meeting in the next 7 days, with the agenda", async () => {
      const chair = await api.person();
      await api.join(chair.id, 'LLANCL', 'CHAIR');
      const member = await api.person();
      await api.join(member.id, 'LLANCL');
      const outsider = await api.person();
      await api.join(outsider.id, 'COMPACT_WORKING_GROUP');
      const schedule = async (title: string, inDays: number, location?: string) =>
        (await t.ok(SCHEDULE, { input: { bodyId: api.bodies.LLANCL, title, startsAt: new Date(Date.now() + inDays * DAY).toISOString(), location } }, { as: chair.id }))
          .scheduleMeeting.meeting.id as string;
      const soonMeeting = await schedule('Leaving-care leads', 5, 'City Hall');
      const later = await schedule('Later', 9);
      const cancelled = await schedule('Cancelled', 3);
      // No operation cancels a meeting yet, so this one is marked cancelled directly.
      await t.dataSource.query(`UPDATE meeting SET status = 'CANCELLED' WHERE id = $1`, [cancelled]);
      for (const title of ['Council tax reciprocity', 'Rent deposits']) await t.ok(AGENDA, { input: { meetingId: soonMeeting, title } }, { as: chair.id });

      await reminders.upcomingMeetings(new Date(soon()));
      const reminded = await remindedBy(`meeting-upcoming:${soonMeeting}:`);
      const current = await t.dataSource.query<{ person_id: string }[]>(
        `SELECT DISTINCT ms.person_id FROM membership ms JOIN body b ON b.id = ms.body_id WHERE b.code = 'LLANCL' AND ms.ended_at IS NULL ORDER BY 1`,
      );
      expect(reminded).toEqual(current.map((r) => r.person_id));
      expect(reminded).toEqual(expect.arrayContaining([chair.id, member.id]));
      expect(reminded).not.toContain(outsider.id);
      await expect(remindedBy(`meeting-upcoming:${later}:`)).resolves.toEqual([]);
      await expect(remindedBy(`meeting-upcoming:${cancelled}:`)).resolves.toEqual([]);
      const mine = await t.ok(`{ myNotifications(filter: { kind: MEETING_UPCOMING }) { edges { node { body } } } }`, {}, { as: member.id });
      const [body] = mine.myNotifications.edges.map((e: { node: { body: string } }) => e.node.body) as string[];
      expect(body).toContain('1. Council tax reciprocity\n2. Rent deposits');
      expect(body).toContain('City Hall');
    });

    it('tells owners about open action items due within 3 days', async () => {
      const chair = await api.person();
      await api.join(chair.id, 'TRUST_BOARD', 'CHAIR');
      const meetingId = (await t.ok(SCHEDULE, { input: { bodyId: api.bodies.TRUST_BOARD, title: 'Trust Board', startsAt: new Date(Date.now() + 60_000).toISOString() } }, { as: chair.id }))
        .scheduleMeeting.meeting.id as string;
      const owner = await api.person();
      const other = await api.person();
      const now = new Date();
      const inDays = (n: number) => t.app.get(Clock).calendar.dateOf(new Date(now.getTime() + n * DAY));
      const add = async (ownerId: string, description: string, dueOn: string) =>
        (
          await t.ok(`mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id version } } }`, { input: { meetingId, ownerId, description, dueOn } }, { as: chair.id })
        ).addActionItem.actionItem as { id: string; version: number };
      const circulate = await add(owner.id, 'Circulate the housing protocol', inDays(2));
      const draft = await add(owner.id, 'Draft the rent deposit scheme', inDays(5));
      const venue = await add(owner.id, 'Book the venue', inDays(2));
      const tfl = await add(other.id, 'Write to TfL', inDays(0));
      await t.ok(`mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { status } } }`, {
        input: { actionItemId: venue.id, expectedVersion: venue.version, status: 'DONE' },
      }, { as: owner.id });

      await reminders.actionItemsDue(now);
      await expect(remindedBy(`action-item-due:${circulate.id}:`)).resolves.toEqual([owner.id]);
      await expect(remindedBy(`action-item-due:${draft.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`action-item-due:${venue.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`action-item-due:${tfl.id}:`)).resolves.toEqual([other.id]);

      // Moving the clock on brings the second item into the window.
      await reminders.actionItemsDue(new Date(now.getTime() + 3 * DAY));
      await expect(remindedBy(`action-item-due:${draft.id}:`)).resolves.toEqual([owner.id]);
      await expect(remindedBy(`action-item-due:${circulate.id}:`)).resolves.toEqual([owner.id]);
    });
  });

  describe('the weekly digest', () => {
    it('is built only for people with something in it, one job per recipient, and sent once', async () => {
      const director = await api.person();
      await api.grant(director.id, 'ALDCS_VIEWER');
      const boardMember = await api.person();
      await api.join(boardMember.id, 'TRUST_BOARD');
      const observer = await api.person();
      await api.join(observer.id, 'TRUST_BOARD', 'OBSERVER');
      const digestReader = await api.person();
      const replier = await api.person();
      const nobody = await api.person();
      await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`, {
        input: { kind: 'COMMENT_REPLY', delivery: 'WEEKLY_DIGEST', expectedVersion: 0 },
      }, { as: digestReader.id });

      // Something moved this week across the programme: a House recommends an offer.
      const coChairs = await api.seatCoChairs('HOUSE_ETE');
      await api.join(digestReader.id, 'HOUSE_ETE');
      await api.join(replier.id, 'HOUSE_ETE');
      const proposalId = await api.proposal('HOUSE_ETE', coChairs.sectorLead.id, { title: 'Apprenticeships guarantee', category: 'EDUCATION_TRAINING_EMPLOYMENT' });
      const consultationId = await api.openConsultation(coChairs.sectorLead.id, { proposalId, audience: 'PARTNERS', closesInDays: 7 });
      await api.closeConsultation(coChairs.sectorLead.id, consultationId);
      await api.recommend(proposalId, coChairs);
      // And someone replied to the digest reader's comment; the worker's event handler makes the notification.
      const comment = await api.comment(digestReader.id, proposalId, 'Will employers outside London take part?');
      const reply = await api.comment(replier.id, proposalId, 'Yes — two national employers have signed up.', comment);
      const [event] = await t.dataSource.query<{
        payload: CommentRepliedPayload;
      }[]>(`SELECT payload FROM outbox_event WHERE job_name = 'comment-replied' AND payload->>'commentId' = $1`, [reply]);
      await expect(t.app.get(DomainEventNotifier).commentReplied(event.payload)).resolves.toBe(1);

      const now = new Date(soon());
      const recipients = await reminders.digestRecipients(now);
      expect(recipients).toEqual(expect.arrayContaining([director.id, boardMember.id, digestReader.id]));
      expect(recipients).not.toContain(observer.id);
      expect(recipients).not.toContain(nobody.id);

      // The fan-out: one SEND_DIGEST job per recipient, with a job id per person and week.
      const factory: QueueFactory = queueFactoryFromEnvironment(t.app.get(ConfigService));
      const processor = new RemindersProcessor(reminders, factory, t.app.get(Clock));
      const queue = factory.queue(QueueName.REMINDERS);
      try {
        await processor.handlers[ReminderJob.WEEKLY_DIGEST]({ now: now.toISOString() });
        await processor.handlers[ReminderJob.WEEKLY_DIGEST]({ now: now.toISOString() });
        const jobs = (await queue.getJobs(['waiting', 'delayed', 'prioritized'])).filter((j) => j?.name === ReminderJob.SEND_DIGEST);
        expect(sorted(jobs.map((j) => (j.data as { recipientId: string }).recipientId))).toEqual(sorted(recipients));
        expect(jobs.find((j) => (j.data as { recipientId: string }).recipientId === director.id)?.id).toBe(`digest-${t.app.get(Clock).calendar.dateOf(now)}-${director.id}`);
      } finally {
        await processor.onModuleDestroy();
        await queue.obliterate({ force: true });
        await queue.close();
      }

      await expect(reminders.sendDigest(director.id, now)).resolves.toBe('sent');
      await expect(reminders.sendDigest(director.id, now)).resolves.toBe('already-sent');
      const directorSees = await t.ok(`{ myNotifications(filter: { kind: WEEKLY_DIGEST }) { totalCount edges { node { subject body } } } }`, {}, { as: director.id });
      expect(directorSees.myNotifications.totalCount).toBe(1);
      const [digest] = directorSees.myNotifications.edges.map((e: { node: unknown }) => e.node) as { subject: string; body: string }[];
      expect(digest.subject).toContain('weekly Compact digest');
      expect(digest.body).toContain('"Apprenticeships guarantee": in consultation → recommended');

      await expect(reminders.sendDigest(digestReader.id, now)).resolves.toBe('sent');
      const readerSees = await t.ok(`{ myNotifications { edges { node { kind status body } } } }`, {}, { as: digestReader.id });
      const readerNotes = readerSees.myNotifications.edges.map((e: { node: unknown }) => e.node) as { kind: string; status: string; body: string }[];
      expect(readerNotes.find((n) => n.kind === NotificationKind.COMMENT_REPLY)).toMatchObject({ status: 'SENT' });
      const readerDigest = readerNotes.find((n) => n.kind === NotificationKind.WEEKLY_DIGEST)!;
      expect(readerDigest.body).toContain('New reply to your comment on "Apprenticeships guarantee"');
      expect(readerDigest.body).not.toContain('What moved this week');

      await expect(reminders.sendDigest(nobody.id, now)).resolves.toBe('empty');
    });
  });

  it('registers every job scheduler idempotently: a second worker start adds none', async () => {
    const factory: QueueFactory = queueFactoryFromEnvironment(t.app.get(ConfigService));
    const schedules = jobSchedules({ REMINDERS_CRON: '0 7 * * *', NIGHTLY_ROLLUP_CRON: '30 1 * * *', WEEKLY_DIGEST_CRON: '0 8 * * 1', STRANDED_SWEEP_EVERY_MS: 60000 });
    const opened: { close(): Promise<void> }[] = [];
    try {
      const open = queueOpener(factory, (q) => opened.push(q));
      await registerSchedules(open, schedules, 'Europe/London');
      await registerSchedules(open, schedules, 'Europe/London');
      const queues = [QueueName.REMINDERS, QueueName.ROLLUPS, QueueName.SYSTEM].map((name) => factory.queue(name));
      opened.push(...queues);
      const found = (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat();
      expect(found.map((s) => s.key).sort()).toEqual(schedules.map((s) => s.id).sort());
      expect(found.find((s) => s.key === 'weekly-digest')).toMatchObject({ pattern: '0 8 * * 1', tz: 'Europe/London' });
      expect(found.find((s) => s.key === 'stranded-work-sweep')).toMatchObject({ every: 60000 });
      const delayed = (await queues[0].getJobs(['delayed'])).filter((j) => j?.name === ReminderJob.WEEKLY_DIGEST);
      expect(delayed).toHaveLength(1);

      // A schedule that went missing is found, and registering the missing ones restores it.
      await expect(missingSchedules(open, schedules)).resolves.toEqual([]);
      await queues[0].removeJobScheduler('weekly-digest');
      const missing = await missingSchedules(open, schedules);
      expect(missing.map((m) => m.id)).toEqual(['weekly-digest']);
      await registerSchedules(open, missing, 'Europe/London');
      await expect(missingSchedules(open, schedules)).resolves.toEqual([]);
    } finally {
      await Promise.all(opened.map((q) => q.close()));
    }
  });
});
