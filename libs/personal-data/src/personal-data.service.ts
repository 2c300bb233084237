import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService, RoleAssignment } from '@app/access';
import { AuditService } from '@app/audit';
import { answerText } from '@app/compact';
import { AnswerValue, PERSONAL_RESPONSE_SQL } from '@app/consultations';
import { Actor, enforce, requirePerson, Tx } from '@app/core';
import {
  ERASED_COMMENT,
  ERASED_NAME,
  ERASED_REASON,
  erasedEmail,
  ErasureResult,
  PersonalData,
} from './personal-data';
import { ERASURE_FACTS_SQL, ErasureFacts, erasePersonPermission } from './personal-data-permissions';
import { PersonalDataErrorCode, PersonalDataForbiddenError, PersonalDataNotFoundError } from './personal-data.errors';

/**
 * Every column that refers to a person, and what export (E) and erasure do with it. A test
 * compares this list with the database's foreign keys, so a new column that names a person cannot
 * be added without deciding here what a person's own copy and their erasure do with it.
 */
export const PERSON_REFERENCES: Readonly<Record<string, string>> = {
  'action_item.owner_id': 'E; kept: the action stays, owned by the pseudonymised person',
  'agreement_status.updated_by_id': 'kept: who last changed a party’s status reads as the pseudonym',
  'agreement_status_history.changed_by_id': 'kept, as above',
  'comment.author_id': 'E; text replaced and the comment deleted (the thread keeps its place); revisions deleted',
  'comment.hidden_by_id': 'kept: a moderator’s act',
  'comment_moderation.actor_id': 'kept: a moderator’s act',
  'comment_report.reporter_id': 'E; the reporter’s own words removed, the report kept',
  'comment_report.resolved_by_id': 'kept: a moderator’s act',
  'compact_edition.published_by_id': 'kept: a programme admin’s act',
  'consultation.created_by_id': 'kept: a co-chair’s act',
  'consultation_response.respondent_id': 'E; a party’s answers kept (they are its position); free-text answers given in the person’s own name removed',
  'decision.recorded_by_id': 'kept',
  'invitation.invited_by_id': 'kept',
  'invitation.person_id': 'E; open invitations deleted so their links stop working',
  'meeting.created_by_id': 'kept',
  'membership.ended_by_id': 'kept',
  'membership.person_id': 'E; current ones ended, reasons replaced',
  'membership.started_by_id': 'kept',
  'notification.recipient_id': 'E; deleted',
  'notification_preference.person_id': 'E; deleted',
  'person.id': 'E; name, email, birth month, home LA and care experience replaced or cleared',
  'proposal.created_by_id': 'kept',
  'proposal_sign_off.person_id': 'E; kept: a co-chair’s sign-off is a governance record',
  'proposal_transition.actor_id': 'kept',
  'role_grant.granted_by_id': 'kept',
  'role_grant.person_id': 'E; current ones revoked, reasons replaced',
  'role_grant.revoked_by_id': 'kept',
  'safeguarding_handling.handled_by_id': 'kept: a safeguarding lead’s act',
  'sign_in_code.person_id': 'deleted',
  'sign_in_session.person_id': 'E; open sessions ended',
  'vote.member_id': 'E; detached (member_id null): the vote still counts and belongs to nobody',
};

/** The audit records that are about a person's own records, by entity type (see PersonalData.auditEvents). */
type RecordIds = { entityType: string; ids: string[] }[];

/**
 * A person's own data: everything the service holds about them (collect), and erasing it at their
 * request (erase, programme admins). The one place that knows every table holding personal data.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly txHost: Tx,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Everything held about the caller, read in one consistent snapshot. */
  async collect(actor: Actor, personId: string = requirePerson(actor)): Promise<PersonalData> {
    if (requirePerson(actor) !== personId) {
      throw new PersonalDataForbiddenError(PersonalDataErrorCode.NOT_YOUR_DATA, 'You can read only your own data.');
    }
    return this.txHost.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      const m = this.txHost.tx;
      const [profile] = await m.query<PersonalData['profile'][]>(
        `SELECT p.id, p.display_name AS "displayName", p.email, to_char(p.birth_month, 'YYYY-MM-DD') AS "birthMonth",
                p.care_experienced AS "careExperienced", la.name AS "homeAuthority", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
           FROM person p LEFT JOIN local_authority la ON la.id = p.home_authority_id WHERE p.id = $1`,
        [personId],
      );
      if (!profile) throw new PersonalDataNotFoundError(PersonalDataErrorCode.PERSON_NOT_FOUND, `No person has id ${personId}.`);
      const q = <T>(sql: string, params: unknown[] = [personId]) => m.query<Promise<T[]>>(sql, params);

      const memberships = await q<PersonalData['memberships'][number]>(
        `SELECT ms.id, b.name AS body, ms.role::text AS role, coalesce(la.name, ar.name, o.name) AS represents,
                ms.started_at AS "startedAt", ms.ended_at AS "endedAt", ms.start_reason AS "startReason", ms.end_reason AS "endReason"
           FROM membership ms JOIN body b ON b.id = ms.body_id
           LEFT JOIN local_authority la ON la.id = ms.represents_authority_id
           LEFT JOIN area ar ON ar.id = ms.represents_area_id
           LEFT JOIN organisation o ON o.id = ms.represents_organisation_id
          WHERE ms.person_id = $1 ORDER BY ms.started_at, ms.id`,
      );
      const grants = await q<PersonalData['roleGrants'][number] & { scopeId: string | null }>(
        `SELECT g.id, g.role::text AS role, coalesce(g.scope_body_id, g.scope_authority_id, g.scope_area_id, g.scope_organisation_id) AS "scopeId",
                g.reason, g.granted_at AS "grantedAt", g.revoked_at AS "revokedAt", g.revoke_reason AS "revokeReason"
           FROM role_grant g WHERE g.person_id = $1 ORDER BY g.granted_at, g.id`,
      );
      const roles = await this.access.rolesOf(personId);
      const names = await this.scopeNames(m, [...roles.map((r) => r.scope?.id), ...grants.map((g) => g.scopeId)]);
      const votes = await q<PersonalData['votes'][number]>(
        `SELECT v.proposal_id AS "proposalId", p.title AS proposal, v.consultation_id AS "consultationId", v.choice::text AS choice,
                v.cast_at AS "castAt", v.updated_at AS "updatedAt"
           FROM vote v JOIN proposal p ON p.id = v.proposal_id WHERE v.member_id = $1 ORDER BY v.cast_at, v.proposal_id`,
      );
      const responses = await q<Omit<PersonalData['consultationResponses'][number], 'answers'> & { answers: { question: string; value: AnswerValue }[] }>(
        `SELECT r.id, r.consultation_id AS "consultationId", coalesce(c.title, p.title) AS consultation,
                coalesce(la.name, ar.name, o.name) AS "onBehalfOf", r.first_submitted_at AS "firstSubmittedAt", r.submitted_at AS "submittedAt",
                coalesce((SELECT json_agg(json_build_object('question', qn.prompt, 'value', a.value) ORDER BY qn.position)
                            FROM consultation_answer a JOIN consultation_question qn ON qn.id = a.question_id WHERE a.response_id = r.id), '[]') AS answers
           FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id
           LEFT JOIN proposal p ON p.id = c.proposal_id
           LEFT JOIN local_authority la ON la.id = r.on_behalf_of_authority_id
           LEFT JOIN area ar ON ar.id = r.on_behalf_of_area_id
           LEFT JOIN organisation o ON o.id = r.on_behalf_of_organisation_id
          WHERE r.respondent_id = $1 ORDER BY r.first_submitted_at, r.id`,
      );
      const comments = await q<PersonalData['comments'][number]>(
        `SELECT c.id, c.proposal_id AS "proposalId", p.title AS proposal, c.parent_id AS "parentId", c.body, c.created_at AS "createdAt",
                c.edited_at AS "editedAt", c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt",
                coalesce((SELECT json_agg(json_build_object('revision', rv.revision, 'body', rv.body, 'writtenAt', rv.written_at, 'replacedAt', rv.replaced_at)
                                          ORDER BY rv.revision)
                            FROM comment_revision rv WHERE rv.comment_id = c.id), '[]') AS revisions
           FROM comment c JOIN proposal p ON p.id = c.proposal_id WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
      );
      const reports = await q<PersonalData['reports'][number]>(
        `SELECT id, comment_id AS "commentId", reason::text AS reason, details, created_at AS "createdAt", resolved_at AS "resolvedAt"
           FROM comment_report WHERE reporter_id = $1 ORDER BY created_at, id`,
      );
      const notifications = await q<PersonalData['notifications'][number]>(
        `SELECT id, kind, subject, body, link, channel::text AS channel, status::text AS status, created_at AS "createdAt", sent_at AS "sentAt", read_at AS "readAt"
           FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`,
      );
      const notificationPreferences = await q<PersonalData['notificationPreferences'][number]>(
        `SELECT kind, delivery::text AS delivery FROM notification_preference WHERE person_id = $1 ORDER BY kind`,
      );
      const sessions = await q<PersonalData['sessions'][number]>(
        `SELECT id, method::text AS method, created_at AS "createdAt", last_refreshed_at AS "lastRefreshedAt", revoked_at AS "revokedAt", end_reason::text AS "endReason"
           FROM sign_in_session WHERE person_id = $1 ORDER BY created_at, id`,
      );
      const invitations = await q<PersonalData['invitations'][number]>(
        `SELECT i.id, b.name AS house, i.created_at AS "createdAt", i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt"
           FROM invitation i LEFT JOIN body b ON b.id = i.house_id WHERE i.person_id = $1 ORDER BY i.created_at, i.id`,
      );
      const signOffs = await q<PersonalData['signOffs'][number]>(
        `SELECT s.id, s.proposal_id AS "proposalId", p.title AS proposal, s.role::text AS role, s.note, s.signed_at AS "signedAt", s.voided_at AS "voidedAt"
           FROM proposal_sign_off s JOIN proposal p ON p.id = s.proposal_id WHERE s.person_id = $1 ORDER BY s.signed_at, s.id`,
      );
      const actionItems = await q<PersonalData['actionItems'][number]>(
        `SELECT ai.id, ai.meeting_id AS "meetingId", mt.title AS meeting, ai.description, ai.due_on::text AS "dueOn", ai.status::text AS status
           FROM action_item ai JOIN meeting mt ON mt.id = ai.meeting_id WHERE ai.owner_id = $1 ORDER BY ai.due_on, ai.id`,
      );
      const own: RecordIds = [
        { entityType: 'person', ids: [personId] },
        { entityType: 'sign_in_code', ids: [personId] },
        { entityType: 'notification_preference', ids: [personId] },
        { entityType: 'membership', ids: memberships.map((x) => x.id) },
        { entityType: 'role_grant', ids: grants.map((x) => x.id) },
        { entityType: 'sign_in_session', ids: sessions.map((x) => x.id) },
        { entityType: 'invitation', ids: invitations.map((x) => x.id) },
      ];
      const auditEvents = await q<PersonalData['auditEvents'][number]>(
        `SELECT e.id, e.at, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", coalesce(e.actor_id = $1, false) AS "byYou", e.before, e.after
           FROM audit_event e
          WHERE e.actor_id = $1 OR (e.entity_type, e.entity_id) IN (SELECT * FROM unnest($2::varchar[], $3::uuid[]))
          ORDER BY e.at, e.id`,
        [personId, ...pairs(own)],
      );
      return {
        generatedAt: new Date(),
        profile,
        memberships,
        roles: roles.map((r: RoleAssignment) => ({ role: r.role, scope: r.scope ? (names.get(r.scope.id) ?? r.scope.id) : null, source: r.source })),
        roleGrants: grants.map(({ scopeId, ...g }) => ({ ...g, scope: scopeId ? (names.get(scopeId) ?? scopeId) : null })),
        votes,
        consultationResponses: responses.map((r) => ({ ...r, answers: r.answers.map((a) => ({ question: a.question, answer: answerText(a.value) })) })),
        comments,
        reports,
        notifications,
        notificationPreferences,
        sessions,
        invitations,
        signOffs,
        actionItems,
        auditEvents,
      };
    });
  }

  /** What erasePersonPermission needs for each person, in one statement. Unknown ids are absent. */
  async erasureFacts(personIds: readonly string[]): Promise<ErasureFacts[]> {
    if (personIds.length === 0) return [];
    return await this.txHost.tx.query<ErasureFacts[]>(ERASURE_FACTS_SQL, [[...new Set(personIds)]]);
  }

  /**
   * Erases a person's data at their request (programme admins; not their own). In one
   * transaction: their memberships end and their grants are revoked (reasons replaced), their
   * sessions end, open invitations and sign-in codes go; their comments' text and earlier
   * wordings are removed (each comment stays as a deleted one, so replies keep their thread);
   * the words of their reports and the free-text answers they gave in their own name are removed;
   * their votes still count but no longer point to them; their notifications and choices are
   * deleted; the person's name, email, birth month, home LA and care experience are replaced or
   * cleared; and audit events about them written before personal data was kept out of the trail
   * are redacted through the one path the database allows. Refused while a safeguarding concern
   * about their comments, or reported by them, is open: a safeguarding lead must handle it first.
   */
  async erase(actor: Actor, personId: string): Promise<ErasureResult> {
    if (!actor.system) requirePerson(actor);
    const viewer = await this.access.viewer(actor);
    // Who may erase is decided before anything is read about the person.
    const asked = erasePersonPermission(viewer, { id: personId, erasedAt: null, openSafetyConcern: false });
    if (!asked.allowed) throw asked.refusal;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [person] = await m.query<ErasureFacts[]>(`${ERASURE_FACTS_SQL} FOR UPDATE OF p`, [[personId]]);
      if (!person) throw new PersonalDataNotFoundError(PersonalDataErrorCode.PERSON_NOT_FOUND, `No person has id ${personId}.`, 'personId');
      enforce(erasePersonPermission(viewer, person));
      const ids = async (sql: string) => (await m.query<{ id: string }[]>(sql, [personId])).map((r) => r.id);
      const own: RecordIds = [
        { entityType: 'person', ids: [personId] },
        { entityType: 'sign_in_code', ids: [personId] },
        { entityType: 'notification_preference', ids: [personId] },
        { entityType: 'membership', ids: await ids(`SELECT id FROM membership WHERE person_id = $1`) },
        { entityType: 'role_grant', ids: await ids(`SELECT id FROM role_grant WHERE person_id = $1`) },
        { entityType: 'sign_in_session', ids: await ids(`SELECT id FROM sign_in_session WHERE person_id = $1`) },
        { entityType: 'invitation', ids: await ids(`SELECT id FROM invitation WHERE person_id = $1`) },
        { entityType: 'comment', ids: await ids(`SELECT id FROM comment WHERE author_id = $1`) },
        { entityType: 'comment_report', ids: await ids(`SELECT id FROM comment_report WHERE reporter_id = $1`) },
        { entityType: 'consultation_response', ids: await ids(`SELECT id FROM consultation_response WHERE respondent_id = $1`) },
        { entityType: 'notification', ids: await ids(`SELECT id FROM notification WHERE recipient_id = $1`) },
      ];
      // For an UPDATE or DELETE, TypeORM's Postgres `query` gives [rows, affected count].
      const count = async (sql: string, params: unknown[]) => (await m.query<[unknown[], number]>(sql, params))[1];
      const by = [personId, actor.personId, ERASED_REASON];

      const membershipsEnded = await count(
        `UPDATE membership SET ended_at = greatest(now(), started_at), ended_by_id = $2, end_reason = $3 WHERE person_id = $1 AND ended_at IS NULL`,
        by,
      );
      await count(`UPDATE membership SET start_reason = NULL, end_reason = $2 WHERE person_id = $1`, [personId, ERASED_REASON]);
      const grantsRevoked = await count(
        `UPDATE role_grant SET revoked_at = greatest(now(), granted_at), revoked_by_id = $2, revoke_reason = $3 WHERE person_id = $1 AND revoked_at IS NULL`,
        by,
      );
      await count(`UPDATE role_grant SET reason = '', revoke_reason = $2 WHERE person_id = $1`, [personId, ERASED_REASON]);
      const sessionsEnded = await count(
        `UPDATE sign_in_session SET revoked_at = now(), end_reason = 'SIGNED_OUT_EVERYWHERE' WHERE person_id = $1 AND revoked_at IS NULL`,
        [personId],
      );
      await m.query(`DELETE FROM sign_in_code WHERE person_id = $1`, [personId]);
      await m.query(`DELETE FROM invitation WHERE person_id = $1 AND accepted_at IS NULL`, [personId]);
      await m.query(`DELETE FROM comment_revision WHERE comment_id IN (SELECT id FROM comment WHERE author_id = $1)`, [personId]);
      const commentsRemoved = await count(
        `UPDATE comment SET body = $2, deleted_at = coalesce(deleted_at, now()), version = version + 1 WHERE author_id = $1`,
        [personId, ERASED_COMMENT],
      );
      await m.query(`UPDATE comment_report SET details = '' WHERE reporter_id = $1`, [personId]);
      const answersRemoved = await count(
        `DELETE FROM consultation_answer a USING consultation_response r, consultation_question qn
          WHERE a.response_id = r.id AND qn.id = a.question_id AND r.respondent_id = $1 AND qn.kind = 'FREE_TEXT'
            AND ${PERSONAL_RESPONSE_SQL}`,
        [personId],
      );
      // The vote stays in every tally; its times become the consultation's opening, so that
      // nothing ties it to the moment the person cast it.
      const votesDetached = await count(
        `UPDATE vote v SET member_id = NULL, cast_at = c.opens_at, updated_at = c.opens_at FROM consultation c WHERE c.id = v.consultation_id AND v.member_id = $1`,
        [personId],
      );
      const notificationsDeleted = await count(`DELETE FROM notification WHERE recipient_id = $1`, [personId]);
      await m.query(`DELETE FROM notification_preference WHERE person_id = $1`, [personId]);
      const [erased] = await m.query<[{ erased_at: Date }[], number]>(
        `UPDATE person SET display_name = $2, email = $3, birth_month = NULL, home_authority_id = NULL, care_experienced = false,
                erased_at = now(), updated_at = now(), version = version + 1
          WHERE id = $1 RETURNING erased_at`,
        [personId, ERASED_NAME, erasedEmail(personId)],
      );

      // Events written before personal data was kept out of the trail: the one change the
      // database allows to an audit event (see the PersonalDataErasure migration).
      await m.query(`SELECT set_config('compact.audit_redaction', 'erasure', true)`);
      const auditEventsRedacted = await count(
        `UPDATE audit_event e SET before = audit_redacted(e.entity_type, e.before), after = audit_redacted(e.entity_type, e.after)
          WHERE (e.actor_id = $1 OR (e.entity_type, e.entity_id) IN (SELECT * FROM unnest($2::varchar[], $3::uuid[])))
            AND (e.before IS DISTINCT FROM audit_redacted(e.entity_type, e.before) OR e.after IS DISTINCT FROM audit_redacted(e.entity_type, e.after))`,
        [personId, ...pairs(own)],
      );
      await m.query(`SELECT set_config('compact.audit_redaction', '', true)`);

      const result: ErasureResult = {
        personId,
        erasedAt: erased[0].erased_at,
        membershipsEnded,
        grantsRevoked,
        sessionsEnded,
        commentsRemoved,
        answersRemoved,
        votesDetached,
        notificationsDeleted,
        auditEventsRedacted,
      };
      const { personId: _id, erasedAt, ...counts } = result;
      await this.audit.record(actor, { action: 'erasePerson', entityType: 'person', entityId: personId, after: { erasedAt, ...counts }, always: true });
      return result;
    });
  }

  /** Names of Houses and bodies, LAs, areas and organisations, by id. */
  private async scopeNames(m: EntityManager, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await m.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM body WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM local_authority WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM area WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** Record ids as two parallel arrays (entity types, ids), for `unnest`. */
function pairs(records: RecordIds): [string[], string[]] {
  const all = records.flatMap((r) => r.ids.map((id) => [r.entityType, id] as const));
  return [all.map(([t]) => t), all.map(([, id]) => id)];
}
