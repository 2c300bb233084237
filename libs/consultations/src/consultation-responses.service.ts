import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessService, partiesActedFor, PartyScope, PartyScopeKind, Role, ScopeKind } from '@app/access';
import { Actor, Clock, enforce, ErrorKind, keysetPage, Page, PageRequest, requirePerson, Tx } from '@app/core';
import { AuditService } from '@app/audit';
import { LocalAuthorityEntity } from '@app/reference';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { ConsultationTiming, respondPermission, takesResponsesPermission } from './consultation-permissions';
import { ConsultationQuestionEntity, QuestionKind } from './consultation-question.entity';
import { ConsultationResponseEntity, PERSONAL_RESPONSE_SQL } from './consultation-response.entity';
import { AnswerInput, answerValue, ConsultationState, consultationState, effectiveClose, isAsked } from './consultation-rules';
import { AUTHORITY_AUDIENCES, ConsultationAudience, ConsultationEntity } from './consultation.entity';
import {
  ConsultationErrorCode,
  ConsultationForbiddenError,
  ConsultationInputError,
  ConsultationNotFoundError,
} from './consultations.errors';
import { ConsultationsService } from './consultations.service';

export interface RespondRequest {
  consultationId: string;
  /** For consultations of LAs, housing directors or ALDCS: the LA answered for. */
  onBehalfOfAuthorityId?: string | null;
  /** For partner consultations: the ICS area answered for… */
  onBehalfOfAreaId?: string | null;
  /** …or the partner organisation. */
  onBehalfOfOrganisationId?: string | null;
  answers: (AnswerInput & { questionId: string })[];
}

export interface RespondResult {
  response: ConsultationResponseEntity;
  /** True when this replaced an earlier response (the party's, or the person's own). */
  replaced: boolean;
  message: string;
}

/** Someone or something the viewer may answer a consultation for, with the response kept for it. */
export interface RespondingFor {
  /** The LA, ICS area or partner organisation; null when the viewer answers for themself. */
  party: PartyScope | null;
  name: string;
  response: ConsultationResponseEntity | null;
}

export interface ResponseSummary {
  consultationId: string;
  totalResponses: number;
  personalResponses: number;
  /** For consultations answered per LA; null otherwise. */
  respondedAuthorities: number | null;
  totalAuthorities: number | null;
  notRespondedAuthorities: LocalAuthorityEntity[] | null;
}

export interface QuestionResults {
  questionId: string;
  answered: number;
  yes: number;
  no: number;
  scaleMean: number | null;
  /** Counts per option (choice questions) or per scale point (scale questions). */
  valueCounts: Map<string, number>;
}

/** The party a response is given for, as the respondent named it. */
interface AnsweredParty {
  party: PartyScope;
  name: string;
  /** The response row's column for it. */
  column: 'on_behalf_of_authority_id' | 'on_behalf_of_area_id' | 'on_behalf_of_organisation_id';
}

const PARTY_FIELDS = [
  { field: 'onBehalfOfAuthorityId', kind: ScopeKind.AUTHORITY, column: 'on_behalf_of_authority_id', noun: 'local authority' },
  { field: 'onBehalfOfAreaId', kind: ScopeKind.AREA, column: 'on_behalf_of_area_id', noun: 'area' },
  { field: 'onBehalfOfOrganisationId', kind: ScopeKind.ORGANISATION, column: 'on_behalf_of_organisation_id', noun: 'partner organisation' },
] as const;

/** Responses to consultations: answering (per party or personally), reading them, and summaries. */
@Injectable()
export class ConsultationResponsesService {
  constructor(
    private readonly txHost: Tx,
    private readonly consultations: ConsultationsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * Answers a consultation while it is open. Consultations of LAs (and of housing directors or
   * ALDCS) are answered once per LA, and partner consultations once per ICS area or partner
   * organisation, by someone who acts for that party (actsFor in @app/access: its officer through
   * a membership that represents it, never a CiCC membership, or by a programme admin's grant); a
   * later answer for the same party replaces the earlier one. CiCC consultations take current CiCC
   * members' own responses.
   */
  async respond(actor: Actor, request: RespondRequest): Promise<RespondResult> {
    const personId = requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const consultation = await m.getRepository(ConsultationEntity).findOne({ where: { id: request.consultationId }, lock: { mode: 'pessimistic_read' } });
      if (!consultation) {
        throw new ConsultationNotFoundError(ConsultationErrorCode.CONSULTATION_NOT_FOUND, `No consultation has id ${request.consultationId}.`, 'consultationId');
      }
      enforce(takesResponsesPermission(consultation, this.clock.now()));

      const answered = await this.checkRespondent(m, actor, consultation, request);
      const values = await this.checkAnswers(m, consultation.id, request.answers);

      const conflictTarget = answered
        ? `(consultation_id, ${answered.column}) WHERE ${answered.column} IS NOT NULL`
        : `(consultation_id, respondent_id) WHERE ${PERSONAL_RESPONSE_SQL}`;
      const [row] = await m.query<{ id: string; replacements: number }[]>(
        `INSERT INTO consultation_response (consultation_id, respondent_id, on_behalf_of_authority_id, on_behalf_of_area_id, on_behalf_of_organisation_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ${conflictTarget}
         DO UPDATE SET respondent_id = EXCLUDED.respondent_id, submitted_at = now(),
                       replacements = consultation_response.replacements + 1
         RETURNING id, replacements`,
        [
          consultation.id,
          personId,
          answered?.party.kind === ScopeKind.AUTHORITY ? answered.party.id : null,
          answered?.party.kind === ScopeKind.AREA ? answered.party.id : null,
          answered?.party.kind === ScopeKind.ORGANISATION ? answered.party.id : null,
        ],
      );
      // For a DELETE (or UPDATE) TypeORM's Postgres `query` gives [rows, affected count], not the rows alone.
      const [earlier] = await m.query<[
        { question_id: string; value: unknown }[],
        number,
      ]>(`DELETE FROM consultation_answer WHERE response_id = $1 RETURNING question_id, value`, [row.id]);
      if (values.length > 0) {
        await m.query(
          `INSERT INTO consultation_answer (response_id, question_id, value)
           SELECT $1, a.question_id, a.value::jsonb FROM unnest($2::uuid[], $3::text[]) AS a(question_id, value)`,
          [row.id, values.map((v) => v.questionId), values.map((v) => JSON.stringify(v.value))],
        );
      }
      const response = await m.getRepository(ConsultationResponseEntity).findOneByOrFail({ id: row.id });
      const replaced = row.replacements > 0;
      const byQuestion = (a: { questionId: string }, b: { questionId: string }) => a.questionId.localeCompare(b.questionId);
      // A party's answers are its official position and are kept in the trail; a person's own
      // answers are theirs, so the trail records only which questions they answered.
      const recorded = (list: { questionId: string; value: unknown }[]) =>
        answered ? [...list].sort(byQuestion) : list.map((a) => a.questionId).sort();
      await this.audit.record(actor, {
        action: 'respondToConsultation',
        entityType: 'consultation_response',
        entityId: response.id,
        always: true,
        before: replaced ? { answers: recorded(earlier.map((a) => ({ questionId: a.question_id, value: a.value }))) } : null,
        after: replaced
          ? { answers: recorded(values), respondentId: personId }
          : {
              consultationId: consultation.id,
              respondentId: personId,
              onBehalfOfAuthorityId: response.onBehalfOfAuthorityId,
              onBehalfOfAreaId: response.onBehalfOfAreaId,
              onBehalfOfOrganisationId: response.onBehalfOfOrganisationId,
              answers: recorded(values),
            },
      });
      const whose = answered ? `${answered.name}'s response` : 'your response';
      return {
        response,
        replaced,
        message: replaced
          ? `This replaces ${answered ? `${answered.name}'s earlier response` : 'the earlier response you gave'}.`
          : `Thank you: ${whose} is recorded.`,
      };
    });
  }

  /**
   * Who may answer, and for which party: per-LA consultations need an LA, partner consultations
   * an ICS area or partner organisation, and the respondent must act for it; CiCC consultations
   * take current CiCC members' own answers. Returns the party answered for, if any.
   */
  private async checkRespondent(m: EntityManager, actor: Actor, consultation: ConsultationEntity, request: RespondRequest): Promise<AnsweredParty | null> {
    const given = PARTY_FIELDS.filter((p) => !!request[p.field]);
    if (given.length > 1) {
      throw new ConsultationInputError(
        ConsultationErrorCode.ONE_PARTY_ONLY,
        'Answer for one party at a time: give only one of onBehalfOfAuthorityId, onBehalfOfAreaId and onBehalfOfOrganisationId.',
        given[1].field,
      );
    }
    const chosen = given[0] ?? null;
    const perAuthority = AUTHORITY_AUDIENCES.includes(consultation.audience);
    const perPartner = consultation.audience === ConsultationAudience.PARTNERS;
    if (perAuthority && chosen?.kind !== ScopeKind.AUTHORITY) {
      throw new ConsultationInputError(
        ConsultationErrorCode.AUTHORITY_REQUIRED,
        'This consultation is answered once per local authority: say which LA you answer for (onBehalfOfAuthorityId).',
        chosen?.field ?? 'onBehalfOfAuthorityId',
      );
    }
    if (perPartner && (!chosen || chosen.kind === ScopeKind.AUTHORITY)) {
      throw new ConsultationInputError(
        ConsultationErrorCode.PARTNER_REQUIRED,
        'This consultation is answered once per partner: say which ICS area (onBehalfOfAreaId) or partner organisation (onBehalfOfOrganisationId) you answer for.',
        chosen?.field ?? 'onBehalfOfOrganisationId',
      );
    }
    if (!perAuthority && !perPartner) {
      if (chosen) {
        throw new ConsultationInputError(
          chosen.kind === ScopeKind.AUTHORITY ? ConsultationErrorCode.AUTHORITY_NOT_ALLOWED : ConsultationErrorCode.PARTNER_NOT_ALLOWED,
          `This consultation takes personal responses; leave ${chosen.field} out.`,
          chosen.field,
        );
      }
      enforce(respondPermission(await this.access.viewer(actor), consultation, this.clock.now()));
      return null;
    }
    const party = { kind: chosen.kind, id: request[chosen.field] as string };
    const name = (await this.access.partyNames([party])).get(party.id);
    if (!name) {
      throw new ConsultationNotFoundError(
        party.kind === ScopeKind.AUTHORITY ? 'AUTHORITY_NOT_FOUND' : ConsultationErrorCode.PARTY_NOT_FOUND,
        `No ${chosen.noun} has id ${party.id}.`,
        chosen.field,
      );
    }
    const permission = respondPermission(await this.access.viewer(actor), consultation, this.clock.now(), party);
    if (!permission.allowed && permission.refusal.kind !== ErrorKind.FORBIDDEN) throw permission.refusal;
    if (!permission.allowed) {
      // The rule's refusal, with the parties named.
      const kinds = perAuthority ? [ScopeKind.AUTHORITY] : [ScopeKind.AREA, ScopeKind.ORGANISATION];
      const theirs = await this.access.partiesOfActor(actor, kinds as PartyScopeKind[]);
      const names = [...(await this.access.partyNames(theirs)).values()].sort();
      throw new ConsultationForbiddenError(
        perAuthority ? ConsultationErrorCode.DOES_NOT_REPRESENT_AUTHORITY : ConsultationErrorCode.DOES_NOT_REPRESENT_PARTNER,
        `You can answer for ${name} only while you act for it: as its officer, through a membership that represents it (a CiCC membership does not), or by a programme admin's grant.` +
          (names.length > 0 ? ` You can answer for ${names.join(', ')}.` : ''),
        chosen.field,
      );
    }
    return { party, name, column: chosen.column };
  }

  /** Checks every answer against its question and that required questions are answered. */
  private async checkAnswers(
    m: EntityManager,
    consultationId: string,
    answers: (AnswerInput & { questionId: string })[],
  ): Promise<{ questionId: string; value: unknown }[]> {
    const questions = await m.getRepository(ConsultationQuestionEntity).find({ where: { consultationId }, order: { position: 'ASC' } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const seen = new Set<string>();
    const values = answers.map((answer, i) => {
      const question = byId.get(answer.questionId);
      if (!question) {
        throw new ConsultationNotFoundError(
          ConsultationErrorCode.QUESTION_NOT_FOUND,
          `Question ${answer.questionId} is not one of this consultation's questions.`,
          `answers.${i}.questionId`,
        );
      }
      if (seen.has(question.id)) {
        throw new ConsultationInputError(ConsultationErrorCode.DUPLICATE_ANSWER, `"${question.prompt}" is answered twice; answer each question once.`, `answers.${i}.questionId`);
      }
      seen.add(question.id);
      return { questionId: question.id, value: answerValue(question, answer, `answers.${i}`), index: i };
    });
    // A question that depends on an earlier answer is asked, and may be answered, only when that answer was given.
    const byPosition = new Map(values.map((v) => [byId.get(v.questionId)!.position, v.value]));
    const asked = new Set(questions.filter((q) => isAsked(q, (position) => byPosition.get(position))).map((q) => q.id));
    for (const v of values) {
      if (asked.has(v.questionId)) continue;
      const question = byId.get(v.questionId)!;
      const earlier = questions.find((q) => q.position === question.askIfPosition);
      throw new ConsultationInputError(
        ConsultationErrorCode.NOT_ASKED,
        `Leave "${question.prompt}" unanswered: it is asked only when "${earlier?.prompt ?? 'an earlier question'}" is answered ${question.askIfAnswer}.`,
        `answers.${v.index}`,
      );
    }
    const missing = questions.filter((q) => q.required && asked.has(q.id) && !seen.has(q.id));
    if (missing.length > 0) {
      throw new ConsultationInputError(
        ConsultationErrorCode.ANSWER_REQUIRED,
        `Answer every required question; still unanswered: ${missing.map((q) => `"${q.prompt}"`).join(', ')}.`,
        'answers',
        { questionIds: missing.map((q) => q.id) },
      );
    }
    return values.map(({ questionId, value }) => ({ questionId, value }));
  }

  /**
   * Whom the viewer may answer each consultation for now (respondPermission), each with the
   * response kept for it, which their next answer replaces: every LA (or ICS area and partner
   * organisation) they act for when it is answered per party, otherwise themself; empty when they
   * may not answer. A few statements for any number of consultations.
   */
  async respondingFor(actor: Actor, consultations: readonly ConsultationTiming[]): Promise<RespondingFor[][]> {
    const personId = actor.personId;
    if (!personId || consultations.length === 0) return consultations.map(() => []);
    const viewer = await this.access.viewer(actor);
    const now = this.clock.now();
    const perAuthority = (c: ConsultationTiming) => AUTHORITY_AUDIENCES.includes(c.audience);
    const perParty = (c: ConsultationTiming) => perAuthority(c) || c.audience === ConsultationAudience.PARTNERS;
    const answerable = consultations.filter((c) => respondPermission(viewer, c, now).allowed);
    if (answerable.length === 0) return consultations.map(() => []);
    const parties = partiesActedFor(viewer.roles);
    const names = await this.access.partyNames(parties);
    const ids = (kind: ScopeKind) => parties.filter((p) => p.kind === kind).map((p) => p.id);
    const kept = await this.txHost.tx
      .getRepository(ConsultationResponseEntity)
      .createQueryBuilder('r')
      .where('r.consultation_id = ANY(:consultationIds)', { consultationIds: answerable.map((c) => c.id) })
      .andWhere(
        `((r.respondent_id = :personId AND ${PERSONAL_RESPONSE_SQL})
          OR r.on_behalf_of_authority_id = ANY(:authorities) OR r.on_behalf_of_area_id = ANY(:areas) OR r.on_behalf_of_organisation_id = ANY(:organisations))`,
        { personId, authorities: ids(ScopeKind.AUTHORITY), areas: ids(ScopeKind.AREA), organisations: ids(ScopeKind.ORGANISATION) },
      )
      .getMany();
    const partyOf = (r: ConsultationResponseEntity) => r.onBehalfOfAuthorityId ?? r.onBehalfOfAreaId ?? r.onBehalfOfOrganisationId;
    return consultations.map((c) => {
      if (!answerable.includes(c)) return [];
      const theirs = kept.filter((r) => r.consultationId === c.id);
      if (!perParty(c)) return [{ party: null, name: 'Yourself', response: theirs.find((r) => partyOf(r) === null) ?? null }];
      const kinds: PartyScopeKind[] = perAuthority(c) ? [ScopeKind.AUTHORITY] : [ScopeKind.AREA, ScopeKind.ORGANISATION];
      return parties
        .filter((party) => kinds.includes(party.kind))
        .map((party) => ({ party, name: names.get(party.id) ?? party.id, response: theirs.find((r) => partyOf(r) === party.id) ?? null }))
        .sort((a, b) => a.name.localeCompare(b.name));
    });
  }

  /** Responses to a consultation, answer by answer, for those who may read them now (see assertMayReadResponses); earliest first. */
  async list(actor: Actor, consultationId: string, page: PageRequest): Promise<{ consultation: ConsultationEntity; page: Page<ConsultationResponseEntity> }> {
    const consultation = await this.consultations.get(consultationId);
    await this.assertMayReadResponses(actor, consultation);
    const qb = this.txHost.tx.getRepository(ConsultationResponseEntity).createQueryBuilder('r').where('r.consultation_id = :consultationId', { consultationId });
    const responses = await keysetPage(
      qb,
      [
        { sql: 'r.first_submitted_at', type: 'timestamptz', direction: 'ASC' },
        { sql: 'r.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
    return { consultation, page: responses };
  }

  /**
   * Refuses anyone who may not read a consultation's answers response by response (the GraphQL
   * list and the CSV download): the running House's co-chairs always may; once it has closed,
   * so may the roles responseReaderRoles names. Everyone signed in sees the counts.
   */
  async assertMayReadResponses(actor: Actor, consultation: ConsultationEntity, now: Date = this.clock.now()): Promise<void> {
    requirePerson(actor);
    if (await this.consultations.isCoChair(actor, consultation.houseId)) return;
    const closed = consultationState(consultation, now) === ConsultationState.CLOSED;
    const later = responseReaderRoles(consultation.audience, ConsultationState.CLOSED);
    if (closed && (await this.access.actorHasAny(actor, later))) return;
    const [house] = await this.txHost.tx.query<{ name: string }[]>(`SELECT name FROM body WHERE id = $1`, [consultation.houseId]);
    const title = consultation.title ? `"${consultation.title}"` : 'this consultation';
    const readers = readerNames(later);
    const closes = effectiveClose(consultation).toISOString().slice(0, 10);
    throw new ConsultationForbiddenError(
      closed ? ConsultationErrorCode.RESPONSES_NOT_VISIBLE : ConsultationErrorCode.NOT_A_CO_CHAIR,
      closed
        ? `The answers to ${title} are for ${house.name}'s co-chairs and ${readers}.`
        : `While ${title} is open its answers are for ${house.name}'s current co-chairs only; ${readers} can read them once it closes (${closes}).`,
      undefined,
      { closesAt: effectiveClose(consultation).toISOString(), readersOnceClosed: later },
    );
  }

  answersOf(responseIds: readonly string[]): Promise<ConsultationAnswerEntity[]> {
    return this.txHost.tx.getRepository(ConsultationAnswerEntity).find({ where: { responseId: In([...responseIds]) } });
  }

  /**
   * Response counts of each consultation in one statement: for LA audiences, how many of
   * London's LAs have answered and which have not.
   */
  async summaries(consultationIds: readonly string[]): Promise<ResponseSummary[]> {
    const rows = await this.txHost.tx.query<{
      id: string;
      per_authority: boolean;
      total_responses: number;
      personal_responses: number;
      total_authorities: number;
      responded_authorities: number;
      not_responded: LocalAuthorityEntity[];
    }[]>(
      `SELECT c.id,
              c.audience = ANY($2::consultation_audience[]) AS per_authority,
              (SELECT count(*)::int FROM consultation_response r WHERE r.consultation_id = c.id) AS total_responses,
              (SELECT count(*)::int FROM consultation_response r WHERE r.consultation_id = c.id AND ${PERSONAL_RESPONSE_SQL}) AS personal_responses,
              count(la.id)::int AS total_authorities,
              count(la.id) FILTER (WHERE r.id IS NOT NULL)::int AS responded_authorities,
              coalesce(json_agg(json_build_object('id', la.id, 'gssCode', la.gss_code, 'name', la.name, 'shortCode', la.short_code,
                                                  'tileRow', la.tile_row, 'tileCol', la.tile_col) ORDER BY la.name)
                       FILTER (WHERE la.id IS NOT NULL AND r.id IS NULL), '[]') AS not_responded
         FROM consultation c
         CROSS JOIN local_authority la
         LEFT JOIN consultation_response r ON r.consultation_id = c.id AND r.on_behalf_of_authority_id = la.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [[...consultationIds], AUTHORITY_AUDIENCES],
    );
    return rows.map((r) => ({
      consultationId: r.id,
      totalResponses: r.total_responses,
      personalResponses: r.personal_responses,
      respondedAuthorities: r.per_authority ? r.responded_authorities : null,
      totalAuthorities: r.per_authority ? r.total_authorities : null,
      notRespondedAuthorities: r.per_authority ? r.not_responded : null,
    }));
  }

  /** Counts of answers to each question: yes/no, per option or scale point, and the scale mean. */
  async results(questionIds: readonly string[]): Promise<QuestionResults[]> {
    if (questionIds.length === 0) return [];
    const ids = [...questionIds];
    const totals = await this.txHost.tx.query<{ id: string; answered: number; yes: number; no: number; scale_mean: number | null }[]>(
      `SELECT q.id,
              count(a.id)::int AS answered,
              count(a.id) FILTER (WHERE a.value = 'true'::jsonb)::int AS yes,
              count(a.id) FILTER (WHERE a.value = 'false'::jsonb)::int AS no,
              avg(CASE WHEN q.kind = 'SCALE' THEN (a.value #>> '{}')::numeric END)::float8 AS scale_mean
         FROM consultation_question q
         LEFT JOIN consultation_answer a ON a.question_id = q.id
        WHERE q.id = ANY($1::uuid[])
        GROUP BY q.id`,
      [ids],
    );
    const counts = await this.txHost.tx.query<{ question_id: string; value: string; count: number }[]>(
      `SELECT a.question_id, v.value, count(*)::int AS count
         FROM consultation_answer a
         JOIN consultation_question q ON q.id = a.question_id AND q.kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE')
         CROSS JOIN LATERAL jsonb_array_elements_text(
           CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE jsonb_build_array(a.value) END) AS v(value)
        WHERE a.question_id = ANY($1::uuid[])
        GROUP BY a.question_id, v.value`,
      [ids],
    );
    return totals.map((t) => ({
      questionId: t.id,
      answered: t.answered,
      yes: t.yes,
      no: t.no,
      scaleMean: t.scale_mean,
      valueCounts: new Map(counts.filter((c) => c.question_id === t.id).map((c) => [c.value, c.count])),
    }));
  }
}

/**
 * Besides the running House's co-chairs (who always may), the roles that may read a
 * consultation's answers response by response, by audience and state. While it is open, nobody
 * else: the answers are still coming in and may change. Once closed, programme admins; and for
 * surveys of LAs, housing directors, ALDCS and partners also the directors they are for (ALDCS
 * viewers and Trust Board members). Young people's own answers to a CiCC consultation stay with
 * their House and the programme admins: directors see the counts and the vote tally.
 */
export function responseReaderRoles(audience: ConsultationAudience, state: ConsultationState): readonly Role[] {
  if (state !== ConsultationState.CLOSED) return [];
  if (audience === ConsultationAudience.CICC) return [Role.PROGRAMME_ADMIN];
  return [Role.PROGRAMME_ADMIN, Role.ALDCS_VIEWER, Role.TRUST_BOARD_MEMBER];
}

const READER_NAME: Partial<Record<Role, string>> = {
  [Role.PROGRAMME_ADMIN]: 'programme admins',
  [Role.ALDCS_VIEWER]: 'ALDCS viewers',
  [Role.TRUST_BOARD_MEMBER]: 'Trust Board members',
};

function readerNames(roles: readonly Role[]): string {
  const names = roles.map((r) => READER_NAME[r] ?? r);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Every value a question's results are counted over, in order (options, or scale points). */
export function resultValues(question: Pick<ConsultationQuestionEntity, 'kind' | 'options' | 'scaleMin' | 'scaleMax'>): string[] {
  if (question.kind === QuestionKind.SCALE && question.scaleMin !== null && question.scaleMax !== null) {
    return Array.from({ length: question.scaleMax - question.scaleMin + 1 }, (_, i) => String(question.scaleMin! + i));
  }
  if (question.kind === QuestionKind.SINGLE_CHOICE || question.kind === QuestionKind.MULTIPLE_CHOICE) return question.options;
  return [];
}
