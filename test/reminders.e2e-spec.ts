import { ConfigService } from '@nestjs/config';
import { Role } from '@app/access';
import { QueueFactory, QueueName, ReminderJob, validateEnvironment } from '@app/core';
import { ConsultationAudience } from '@app/consultations';
import { MembershipRole } from '@app/governance';
import { ProposalStatus } from '@app/proposals';
import {
  addMembership,
  agreementsByPartyCode,
  bodyByCode,
  createBodyMember,
  createCiccMember,
  createConsultation,
  createEndorsedAuthorityOffers,
  createMeeting,
  createPerson,
  createProposal,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { queueFactoryFromEnvironment } from '../libs/core/src/queue/queue.module';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { DEFAULT_REMINDER_SETTINGS, londonDate, reminderSettingsFromEnvironment, RemindersService } from '@app/reminders';
import { jobSchedules, missingSchedules, queueOpener, registerSchedules } from '../apps/worker/src/job-schedules';
import { RemindersProcessor } from '../apps/worker/src/reminders.processor';
import { grantRoleDirectly } from './support/access-fixtures';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

describe('reminder rules and the weekly digest', () => {
  let t: TestApp;
  let reminders: RemindersService;
  /** The rules' clock: an hour from the real time, so memberships made now have started. */
  let NOW: number;

  /** Who was reminded by notifications whose dedupe key starts with `prefix`, sorted. */
  async function remindedBy(prefix: string): Promise<string[]> {
    const rows = (await t.dataSource.query(`SELECT recipient_id FROM notification WHERE dedupe_key LIKE $1 ORDER BY recipient_id`, [`${prefix}%`])) as {
      recipient_id: string;
    }[];
    return rows.map((r) => r.recipient_id);
  }

  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await startTestApp();
    reminders = new RemindersService(t.dataSource, t.app.get(NotificationsService), DEFAULT_REMINDER_SETTINGS);
    NOW = Date.now() + HOUR;
  });
  afterAll(() => t.close());

  describe('consultations opening', () => {
    it('asks a CiCC consultation’s members to take part, once each, and nobody outside its audience', async () => {
      const member = await createCiccMember(t.dataSource);
      const outsider = await createPerson(t.dataSource);
      const officer = await createRepresentative(t.dataSource, { authority: 'lam' });
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      const { consultation } = await createConsultation(t.dataSource, {
        proposalId: proposal.id,
        audience: ConsultationAudience.CICC,
        opensAt: new Date(NOW - HOUR),
        closesAt: new Date(NOW + 5 * DAY),
      });
      const first = await reminders.consultationOpened(consultation.id, new Date(NOW));
      const told = await remindedBy(`consultation-opened:${consultation.id}:`);
      expect(told).toContain(member.id);
      expect(told).not.toContain(outsider.id);
      expect(told).not.toContain(officer.id);
      expect(first.created).toBe(told.length);

      const again = await reminders.consultationOpened(consultation.id, new Date(NOW));
      expect(again).toEqual({ due: first.due, created: 0 });
      expect(await remindedBy(`consultation-opened:${consultation.id}:`)).toEqual(told);
      // Closed again so the closing-reminder rules below see only their own consultations.
      await t.dataSource.query(`UPDATE consultation SET closed_at = now() WHERE id = $1`, [consultation.id]);
    });

    it('asks every LA’s officers to answer an LA survey, saying when it opens if it has not yet', async () => {
      const officer = await createRepresentative(t.dataSource, { authority: 'crd' });
      const member = await createCiccMember(t.dataSource);
      const { consultation } = await createConsultation(t.dataSource, {
        audience: ConsultationAudience.LOCAL_AUTHORITIES,
        opensAt: new Date(NOW + 2 * DAY),
        closesAt: new Date(NOW + 9 * DAY),
      });
      await reminders.consultationOpened(consultation.id, new Date(NOW));
      const told = await remindedBy(`consultation-opened:${consultation.id}:`);
      expect(told).toContain(officer.id);
      expect(told).not.toContain(member.id);
      const [note] = (await t.dataSource.query(`SELECT body FROM notification WHERE dedupe_key = $1`, [`consultation-opened:${consultation.id}:${officer.id}`])) as { body: string }[];
      expect(note.body).toMatch(/opens on .* and stays open until/);
      await t.dataSource.query(`UPDATE consultation SET closed_at = now() WHERE id = $1`, [consultation.id]);
    });
  });

  describe('consultations closing', () => {
    it('reminds LA officers whose LA has not answered, 3 days and then 1 day before, once each', async () => {
      const closesAt = new Date(NOW + 10 * DAY);
      const { consultation } = await createConsultation(t.dataSource, { audience: ConsultationAudience.LOCAL_AUTHORITIES, opensAt: new Date(NOW - DAY), closesAt });
      const hackney = await createRepresentative(t.dataSource, { authority: 'hck' });
      const lambeth = await createRepresentative(t.dataSource, { authority: 'lam' });
      const lambeth2 = await createRepresentative(t.dataSource, { authority: 'lam' });
      const partner = await createRepresentative(t.dataSource, { organisation: 'GLA_TFL' });
      const youngPerson = await createCiccMember(t.dataSource, { homeAuthorityId: (await t.dataSource.query(`SELECT id FROM local_authority WHERE short_code = 'hck'`))[0].id });
      // Lambeth has answered (by one of its officers): neither Lambeth officer is chased.
      await t.dataSource.query(
        `INSERT INTO consultation_response (consultation_id, respondent_id, on_behalf_of_authority_id) SELECT $1, $2, id FROM local_authority WHERE short_code = 'lam'`,
        [consultation.id, lambeth.id],
      );
      const key = `consultation-closing:${consultation.id}`;

      await reminders.consultationsClosing(new Date(closesAt.getTime() - 4 * DAY));
      await expect(remindedBy(key)).resolves.toEqual([]);

      await reminders.consultationsClosing(new Date(closesAt.getTime() - 2.5 * DAY));
      const threeDays = await remindedBy(`${key}:3d:`);
      expect(threeDays).toContain(hackney.id);
      expect(threeDays).not.toEqual(expect.arrayContaining([lambeth.id]));
      expect(threeDays).not.toContain(lambeth2.id);
      expect(threeDays).not.toContain(partner.id);
      expect(threeDays).not.toContain(youngPerson.id);

      // Running again (another worker, a retry, a later hour) reminds nobody twice.
      const again = await reminders.consultationsClosing(new Date(closesAt.getTime() - 2 * DAY));
      expect(again.created).toBe(0);
      await expect(remindedBy(`${key}:3d:`)).resolves.toEqual(threeDays);

      await reminders.consultationsClosing(new Date(closesAt.getTime() - 12 * HOUR));
      await expect(remindedBy(`${key}:1d:`)).resolves.toEqual(threeDays);
      await expect(remindedBy(`${key}:1d:${hackney.id}`)).resolves.toEqual([hackney.id]);

      // Closed: nothing more.
      const after = await reminders.consultationsClosing(new Date(closesAt.getTime() + HOUR));
      expect(after.created).toBe(0);

      const [mail] = (await t.dataSource.query(`SELECT kind, subject, body, link FROM notification WHERE dedupe_key = $1`, [`${key}:1d:${hackney.id}`])) as {
        kind: string;
        subject: string;
        body: string;
        link: string;
      }[];
      expect(mail.kind).toBe(NotificationKind.CONSULTATION_CLOSING);
      expect(mail.subject).toMatch(/^Closes (today|tomorrow):/); // 12 hours before: London calendar days
      expect(mail.body).toContain('closes on');
      expect(mail.link).toBe(`/consultations/${consultation.id}`);
    });

    it('reminds CiCC members who have not voted, and not advisers or those who voted', async () => {
      const proposal = await createProposal(t.dataSource, 'HOUSE_HEALTH', { status: ProposalStatus.IN_CONSULTATION, title: 'Free prescriptions' });
      const closesAt = new Date(NOW + 2 * DAY);
      const { consultation } = await createConsultation(t.dataSource, {
        houseCode: 'HOUSE_HEALTH',
        proposalId: proposal.id,
        audience: ConsultationAudience.CICC,
        opensAt: new Date(NOW - DAY),
        closesAt,
      });
      const voted = await createCiccMember(t.dataSource);
      const notVoted = await createCiccMember(t.dataSource);
      const adviser = await createPerson(t.dataSource);
      await addMembership(t.dataSource, adviser.id, 'CICC', MembershipRole.ADVISER);
      const officer = await createRepresentative(t.dataSource, { authority: 'cmd' });
      await t.dataSource.query(`INSERT INTO vote (proposal_id, consultation_id, member_id, choice) VALUES ($1, $2, $3, 'SUPPORT')`, [proposal.id, consultation.id, voted.id]);

      await reminders.consultationsClosing(new Date(NOW));
      const reminded = await remindedBy(`consultation-closing:${consultation.id}:3d:`);
      const members = (await t.dataSource.query(
        `SELECT ms.person_id FROM membership ms JOIN body b ON b.id = ms.body_id
          WHERE b.code = 'CICC' AND ms.ended_at IS NULL AND ms.role NOT IN ('ADVISER', 'OBSERVER') AND ms.person_id <> $1
          ORDER BY ms.person_id`,
        [voted.id],
      )) as { person_id: string }[];
      expect(reminded).toEqual(sorted([...new Set(members.map((m) => m.person_id))]));
      expect(reminded).toContain(notVoted.id);
      expect(reminded).not.toContain(voted.id);
      expect(reminded).not.toContain(adviser.id);
      expect(reminded).not.toContain(officer.id);
    });
  });

  describe('thresholds from configuration', () => {
    it('reminds on the days REMINDER_CLOSING_DAYS names instead of 3 and 1', async () => {
      const settings = reminderSettingsFromEnvironment(validateEnvironment({ REMINDER_CLOSING_DAYS: '7,2' }));
      expect(settings).toEqual({ ...DEFAULT_REMINDER_SETTINGS, closingDays: [7, 2] });
      const configured = new RemindersService(t.dataSource, t.app.get(NotificationsService), settings);
      const closesAt = new Date(NOW + 20 * DAY);
      const { consultation } = await createConsultation(t.dataSource, { audience: ConsultationAudience.LOCAL_AUTHORITIES, opensAt: new Date(NOW - DAY), closesAt });
      const officer = await createRepresentative(t.dataSource, { authority: 'stn' });
      const key = `consultation-closing:${consultation.id}`;

      // Six days before: the configured 7-day reminder is due; by default nothing is yet.
      await reminders.consultationsClosing(new Date(closesAt.getTime() - 6 * DAY));
      await expect(remindedBy(key)).resolves.toEqual([]);
      await configured.consultationsClosing(new Date(closesAt.getTime() - 6 * DAY));
      await expect(remindedBy(`${key}:7d:${officer.id}`)).resolves.toEqual([officer.id]);

      await configured.consultationsClosing(new Date(closesAt.getTime() - 36 * HOUR));
      await expect(remindedBy(`${key}:2d:${officer.id}`)).resolves.toEqual([officer.id]);
      await expect(remindedBy(`${key}:3d:`)).resolves.toEqual([]);
      const [mail] = (await t.dataSource.query(`SELECT subject FROM notification WHERE dedupe_key = $1`, [`${key}:2d:${officer.id}`])) as { subject: string }[];
      expect(mail.subject).toMatch(/^Closes (tomorrow|in 2 days):/); // 36 hours before: London calendar days
      await t.dataSource.query(`UPDATE consultation SET closed_at = now() WHERE id = $1`, [consultation.id]);
    });

    it('counts an agreement stale after REMINDER_STALE_AFTER_DAYS', async () => {
      const settings = reminderSettingsFromEnvironment(validateEnvironment({ REMINDER_STALE_AFTER_DAYS: '10' }));
      const configured = new RemindersService(t.dataSource, t.app.get(NotificationsService), settings);
      const [proposalId] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_TRANSPORT');
      await t.dataSource.query(`UPDATE agreement_status SET created_at = $2 WHERE proposal_id = $1`, [proposalId, new Date(NOW - 12 * DAY)]);
      const officer = await createRepresentative(t.dataSource, { authority: 'wns' });
      const agreement = (await agreementsByPartyCode(t.dataSource, proposalId)).wns;
      const key = `agreement-stale:${agreement.id}:`;
      const byKey = async () =>
        ((await t.dataSource.query(`SELECT recipient_id FROM notification WHERE dedupe_key LIKE $1 AND recipient_id = $2`, [`${key}%`, officer.id])) as unknown[]).length;

      await reminders.staleAgreements(new Date(NOW));
      await expect(byKey()).resolves.toBe(0);
      await configured.staleAgreements(new Date(NOW));
      await expect(byKey()).resolves.toBe(1);
    });
  });

  describe('stale agreements', () => {
    it('nudges the officers of parties whose status has not changed in 30 days, again every 14 days; co-chairs get the list', async () => {
      const [proposalId] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_FINANCE');
      const { youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_FINANCE');
      const houseMember = await createBodyMember(t.dataSource, 'HOUSE_FINANCE');
      // Opened 60 days before the rules' clock.
      await t.dataSource.query(`UPDATE agreement_status SET created_at = $2 WHERE proposal_id = $1`, [proposalId, new Date(NOW - 60 * DAY)]);
      const parties = await agreementsByPartyCode(t.dataSource, proposalId);
      const hackney = await createRepresentative(t.dataSource, { authority: 'hck' });
      const granted = await createPerson(t.dataSource);
      await grantRoleDirectly(t.dataSource, granted.id, Role.LA_OFFICER, { authority: (await t.dataSource.query(`SELECT id FROM local_authority WHERE short_code = 'hck'`))[0].id });
      const lambeth = await createRepresentative(t.dataSource, { authority: 'lam' });
      const camden = await createRepresentative(t.dataSource, { authority: 'cmd' });
      // Lambeth moved its status just now; Camden has implemented (final).
      await t.dataSource.query(
        `INSERT INTO agreement_status_history (agreement_id, from_status, to_status, changed_at, version) VALUES ($1, 'NOT_STARTED', 'IN_DISCUSSION', $2, 2)`,
        [parties.lam.id, new Date(NOW - 2 * DAY)],
      );
      await t.dataSource.query(`UPDATE agreement_status SET status = 'IN_DISCUSSION', version = 2 WHERE id = $1`, [parties.lam.id]);
      await t.dataSource.query(`UPDATE agreement_status SET status = 'IMPLEMENTED', effective_date = '2026-01-01', version = 2 WHERE id = $1`, [parties.cmd.id]);

      await reminders.staleAgreements(new Date(NOW));
      // Every current Hackney officer (by membership or by grant), and nobody else.
      const hackneyOfficers = (await t.dataSource.query(
        `SELECT m.person_id FROM membership m JOIN body b ON b.id = m.body_id JOIN local_authority la ON la.id = m.represents_authority_id
          WHERE la.short_code = 'hck' AND b.kind <> 'CICC' AND m.ended_at IS NULL
         UNION SELECT $1::uuid ORDER BY 1`,
        [granted.id],
      )) as { person_id: string }[];
      const nudged = await remindedBy(`agreement-stale:${parties.hck.id}:`);
      expect(nudged).toEqual(hackneyOfficers.map((o) => o.person_id));
      expect(nudged).toEqual(expect.arrayContaining([hackney.id, granted.id]));
      expect(nudged).not.toEqual(expect.arrayContaining([lambeth.id]));
      expect(nudged).not.toContain(camden.id);
      await expect(remindedBy(`agreement-stale:${parties.lam.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`agreement-stale:${parties.cmd.id}:`)).resolves.toEqual([]);
      const lists = await remindedBy(`agreement-stale-list:${(await bodyByCode(t.dataSource, 'HOUSE_FINANCE')).id}:`);
      expect(lists).toEqual(sorted([youngPerson.id, sectorLead.id]));
      expect(lists).not.toContain(houseMember.id);
      const [list] = (await t.dataSource.query(`SELECT body FROM notification WHERE dedupe_key LIKE 'agreement-stale-list:%' AND recipient_id = $1`, [sectorLead.id])) as {
        body: string;
      }[];
      expect(list.body).toContain('Hackney');
      expect(list.body).not.toContain('Camden');

      // A week later: nothing new. Fourteen days later: everyone still stale is nudged again.
      const weekLater = await reminders.staleAgreements(new Date(NOW + 7 * DAY));
      await expect(remindedBy(`agreement-stale:${parties.hck.id}:`)).resolves.toEqual(nudged);
      expect(weekLater.created).toBeLessThanOrEqual(2); // at most the co-chairs' list of a new fortnight
      await reminders.staleAgreements(new Date(NOW + 14 * DAY));
      await expect(remindedBy(`agreement-stale:${parties.hck.id}:`)).resolves.toEqual(sorted([...nudged, ...nudged]));
      // Lambeth's change was 16 days before that: still not stale.
      await expect(remindedBy(`agreement-stale:${parties.lam.id}:`)).resolves.toEqual([]);
    });
  });

  describe('stalled consultations', () => {
    it("tells the House's co-chairs when a proposal has not moved 14 days after its consultation closed", async () => {
      const { youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_RELATIONSHIPS');
      const member = await createBodyMember(t.dataSource, 'HOUSE_RELATIONSHIPS');
      const consult = async (closedDaysAgo: number) => {
        const proposal = await createProposal(t.dataSource, 'HOUSE_RELATIONSHIPS', { status: ProposalStatus.IN_CONSULTATION });
        const { consultation } = await createConsultation(t.dataSource, {
          houseCode: 'HOUSE_RELATIONSHIPS',
          proposalId: proposal.id,
          opensAt: new Date(NOW - (closedDaysAgo + 10) * DAY),
          closesAt: new Date(NOW - closedDaysAgo * DAY),
        });
        return { proposal, consultation };
      };
      const stalled = await consult(15);
      const recent = await consult(10);
      const moved = await consult(20);
      await t.dataSource.query(
        `INSERT INTO proposal_transition (proposal_id, from_status, to_status, reason, at) VALUES ($1, 'IN_CONSULTATION', 'RECOMMENDED', 'Both co-chairs signed off.', $2)`,
        [moved.proposal.id, new Date(NOW - 18 * DAY)],
      );

      await reminders.stalledConsultations(new Date(NOW));
      await expect(remindedBy(`consultation-stalled:${stalled.consultation.id}:`)).resolves.toEqual(sorted([youngPerson.id, sectorLead.id]));
      await expect(remindedBy(`consultation-stalled:${recent.consultation.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`consultation-stalled:${moved.consultation.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`consultation-stalled:${stalled.consultation.id}:${member.id}`)).resolves.toEqual([]);

      // Five days on, the recent one has stalled too; the first is not repeated.
      const later = await reminders.stalledConsultations(new Date(NOW + 5 * DAY));
      await expect(remindedBy(`consultation-stalled:${recent.consultation.id}:`)).resolves.toEqual(sorted([youngPerson.id, sectorLead.id]));
      await expect(remindedBy(`consultation-stalled:${stalled.consultation.id}:`)).resolves.toHaveLength(2);
      expect(later.created).toBeGreaterThanOrEqual(2);
    });
  });

  describe('meetings and action items', () => {
    it("tells a body's members about a meeting in the next 7 days, with the agenda", async () => {
      const members = [await createBodyMember(t.dataSource, 'LLANCL'), await createBodyMember(t.dataSource, 'LLANCL', MembershipRole.CHAIR)];
      const outsider = await createBodyMember(t.dataSource, 'COMPACT_WORKING_GROUP');
      const soon = await createMeeting(t.dataSource, 'LLANCL', { title: 'Leaving-care leads', startsAt: new Date(NOW + 5 * DAY), location: 'City Hall' });
      const later = await createMeeting(t.dataSource, 'LLANCL', { title: 'Later', startsAt: new Date(NOW + 9 * DAY) });
      const cancelled = await createMeeting(t.dataSource, 'LLANCL', { title: 'Cancelled', startsAt: new Date(NOW + 3 * DAY), status: 'CANCELLED' as never });
      await t.dataSource.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Council tax reciprocity'), ($1, 2, 'Rent deposits')`, [soon.id]);

      await reminders.upcomingMeetings(new Date(NOW));
      const reminded = await remindedBy(`meeting-upcoming:${soon.id}:`);
      const current = (await t.dataSource.query(
        `SELECT DISTINCT ms.person_id FROM membership ms JOIN body b ON b.id = ms.body_id WHERE b.code = 'LLANCL' AND ms.ended_at IS NULL ORDER BY 1`,
      )) as { person_id: string }[];
      expect(reminded).toEqual(current.map((r) => r.person_id));
      expect(reminded).toEqual(expect.arrayContaining(members.map((m) => m.id)));
      expect(reminded).not.toContain(outsider.id);
      await expect(remindedBy(`meeting-upcoming:${later.id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`meeting-upcoming:${cancelled.id}:`)).resolves.toEqual([]);
      const [mail] = (await t.dataSource.query(`SELECT body FROM notification WHERE dedupe_key LIKE $1 LIMIT 1`, [`meeting-upcoming:${soon.id}:%`])) as { body: string }[];
      expect(mail.body).toContain('1. Council tax reciprocity\n2. Rent deposits');
      expect(mail.body).toContain('City Hall');
    });

    it('tells owners about open action items due within 3 days', async () => {
      const meeting = await createMeeting(t.dataSource, 'TRUST_BOARD', { startsAt: new Date(NOW - 7 * DAY) });
      const owner = await createPerson(t.dataSource);
      const other = await createPerson(t.dataSource);
      const today = londonDate(new Date(NOW));
      const inDays = (n: number) => londonDate(new Date(NOW + n * DAY));
      const items = (await t.dataSource.query(
        `INSERT INTO action_item (meeting_id, owner_id, description, due_on, status)
         VALUES ($1, $2, 'Circulate the housing protocol', $3, 'OPEN'),
                ($1, $2, 'Draft the rent deposit scheme', $4, 'OPEN'),
                ($1, $2, 'Book the venue', $3, 'DONE'),
                ($1, $5, 'Write to TfL', $6, 'OPEN')
         RETURNING id`,
        [meeting.id, owner.id, inDays(2), inDays(5), other.id, today],
      )) as { id: string }[];

      await reminders.actionItemsDue(new Date(NOW));
      await expect(remindedBy(`action-item-due:${items[0].id}:`)).resolves.toEqual([owner.id]);
      await expect(remindedBy(`action-item-due:${items[1].id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`action-item-due:${items[2].id}:`)).resolves.toEqual([]);
      await expect(remindedBy(`action-item-due:${items[3].id}:`)).resolves.toEqual([other.id]);

      // Moving the clock on brings the second item into the window.
      await reminders.actionItemsDue(new Date(NOW + 3 * DAY));
      await expect(remindedBy(`action-item-due:${items[1].id}:`)).resolves.toEqual([owner.id]);
      await expect(remindedBy(`action-item-due:${items[0].id}:`)).resolves.toEqual([owner.id]);
    });
  });

  describe('the weekly digest', () => {
    it('is built only for people with something in it, one job per recipient, and sent once', async () => {
      const director = await createPerson(t.dataSource);
      await grantRoleDirectly(t.dataSource, director.id, Role.ALDCS_VIEWER);
      const boardMember = await createBodyMember(t.dataSource, 'TRUST_BOARD');
      const observer = await createBodyMember(t.dataSource, 'TRUST_BOARD', MembershipRole.OBSERVER);
      const digestReader = await createPerson(t.dataSource);
      const nobody = await createPerson(t.dataSource);
      await t.dataSource.query(`INSERT INTO notification_preference (person_id, kind, delivery, version) VALUES ($1, 'COMMENT_REPLY', 'WEEKLY_DIGEST', 1)`, [digestReader.id]);
      const notifications = t.app.get(NotificationsService);
      await t.dataSource.transaction((m) =>
        notifications.notify(m, { recipientId: digestReader.id, kind: NotificationKind.COMMENT_REPLY, subject: 'Someone replied to your comment', body: 'Read the reply.', dedupeKey: `test-reply:${digestReader.id}` }),
      );
      // Something moved this week across the programme.
      const proposal = await createProposal(t.dataSource, 'HOUSE_ETE', { status: ProposalStatus.RECOMMENDED, title: 'Apprenticeships guarantee' });
      await t.dataSource.query(`INSERT INTO proposal_transition (proposal_id, from_status, to_status, reason, at) VALUES ($1, 'IN_CONSULTATION', 'RECOMMENDED', 'Signed off.', $2)`, [
        proposal.id,
        new Date(NOW - DAY),
      ]);

      const now = new Date(NOW);
      const recipients = await reminders.digestRecipients(now);
      expect(recipients).toEqual(expect.arrayContaining([director.id, boardMember.id, digestReader.id]));
      expect(recipients).not.toContain(observer.id);
      expect(recipients).not.toContain(nobody.id);

      // The fan-out: one SEND_DIGEST job per recipient, with a job id per person and week.
      const factory: QueueFactory = queueFactoryFromEnvironment(t.app.get(ConfigService));
      const processor = new RemindersProcessor(reminders, factory);
      const queue = factory.queue(QueueName.REMINDERS);
      try {
        await processor.handlers[ReminderJob.WEEKLY_DIGEST]({ now: now.toISOString() });
        await processor.handlers[ReminderJob.WEEKLY_DIGEST]({ now: now.toISOString() });
        const jobs = (await queue.getJobs(['waiting', 'delayed', 'prioritized'])).filter((j) => j?.name === ReminderJob.SEND_DIGEST);
        expect(sorted(jobs.map((j) => (j.data as { recipientId: string }).recipientId))).toEqual(sorted(recipients));
        expect(jobs.find((j) => (j.data as { recipientId: string }).recipientId === director.id)?.id).toBe(`digest-${londonDate(now)}-${director.id}`);
      } finally {
        await processor.onModuleDestroy();
        await queue.obliterate({ force: true });
        await queue.close();
      }

      await expect(reminders.sendDigest(director.id, now)).resolves.toBe('sent');
      await expect(reminders.sendDigest(director.id, now)).resolves.toBe('already-sent');
      const [digest] = (await t.dataSource.query(`SELECT kind, subject, body FROM notification WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [director.id])) as {
        kind: string;
        subject: string;
        body: string;
      }[];
      expect(digest.subject).toContain('weekly Compact digest');
      expect(digest.body).toContain('"Apprenticeships guarantee": in consultation → recommended');

      await expect(reminders.sendDigest(digestReader.id, now)).resolves.toBe('sent');
      const held = (await t.dataSource.query(`SELECT status FROM notification WHERE dedupe_key = $1`, [`test-reply:${digestReader.id}`])) as { status: string }[];
      expect(held).toEqual([{ status: 'SENT' }]);
      const [readerDigest] = (await t.dataSource.query(`SELECT body FROM notification WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [digestReader.id])) as { body: string }[];
      expect(readerDigest.body).toContain('Someone replied to your comment');
      expect(readerDigest.body).not.toContain('What moved this week');

      await expect(reminders.sendDigest(nobody.id, now)).resolves.toBe('empty');
    });
  });

  it('registers every job scheduler idempotently: a second worker start adds none', async () => {
    const factory: QueueFactory = queueFactoryFromEnvironment(t.app.get(ConfigService));
    const schedules = jobSchedules({ REMINDERS_CRON: '0 7 * * *', NIGHTLY_ROLLUP_CRON: '30 1 * * *', WEEKLY_DIGEST_CRON: '0 8 * * 1' });
    const opened: { close(): Promise<void> }[] = [];
    try {
      const open = queueOpener(factory, (q) => opened.push(q));
      await registerSchedules(open, schedules, 'Europe/London');
      await registerSchedules(open, schedules, 'Europe/London');
      const reminderQueue = factory.queue(QueueName.REMINDERS);
      const rollupQueue = factory.queue(QueueName.ROLLUPS);
      opened.push(reminderQueue, rollupQueue);
      const found = [...(await reminderQueue.getJobSchedulers()), ...(await rollupQueue.getJobSchedulers())];
      expect(found.map((s) => s.key).sort()).toEqual(schedules.map((s) => s.id).sort());
      expect(found.find((s) => s.key === 'weekly-digest')).toMatchObject({ pattern: '0 8 * * 1', tz: 'Europe/London' });
      const delayed = (await reminderQueue.getJobs(['delayed'])).filter((j) => j?.name === ReminderJob.WEEKLY_DIGEST);
      expect(delayed).toHaveLength(1);

      // A schedule that went missing is found, and registering the missing ones restores it.
      await expect(missingSchedules(open, schedules)).resolves.toEqual([]);
      await reminderQueue.removeJobScheduler('weekly-digest');
      const missing = await missingSchedules(open, schedules);
      expect(missing.map((m) => m.id)).toEqual(['weekly-digest']);
      await registerSchedules(open, missing, 'Europe/London');
      await expect(missingSchedules(open, schedules)).resolves.toEqual([]);
    } finally {
      await Promise.all(opened.map((q) => q.close()));
    }
  });
});
