import { Injectable } from '@nestjs/common';
import { Actor, Clock, requirePerson, Tx } from '@app/core';
import { AgreementErrorCode, AgreementInputError, AgreementMatrixFilter, MAX_MATRIX_PROPOSALS, matrixWhere } from '@app/agreements';
import { AnswerValue, ConsultationAudience, ConsultationResponsesService, ConsultationsService } from '@app/consultations';
import { PersonPrivacyService, ShownPerson } from '@app/governance';
import { ReferenceService } from '@app/reference';
import { toCsv, slug } from './csv';

export interface CsvExport {
  filename: string;
  csv: string;
  rowCount: number;
}

export const AGREEMENT_MATRIX_COLUMNS = [
  'Proposal',
  'Proposal status',
  'Delivery model',
  'Party kind',
  'Party',
  'Party code',
  'Status',
  'Reciprocity',
  'Effective date',
  'Re-confirmation needed',
  'Last changed',
  'Changed by',
  'Proposal id',
  'Agreement id',
] as const;

/** How an answer reads in a spreadsheet cell. */
export function answerText(value: AnswerValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * CSV downloads for board papers: the agreement matrix and consultation responses. People are
 * named as the reader may see them (PersonPrivacyService), exactly as in the API.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly txHost: Tx,
    private readonly reference: ReferenceService,
    private readonly consultations: ConsultationsService,
    private readonly responses: ConsultationResponsesService,
    private readonly privacy: PersonPrivacyService,
    private readonly clock: Clock,
  ) {}

  /** One row per proposal × party, with the same filters as the GraphQL agreement matrix. */
  async agreementMatrix(actor: Actor, filter: AgreementMatrixFilter): Promise<CsvExport> {
    requirePerson(actor);
    if (filter.houseId) await this.reference.getHouse(filter.houseId, 'houseId');
    if (filter.areaId) await this.reference.getArea(filter.areaId, 'areaId');
    if (filter.proposalIds && filter.proposalIds.length > MAX_MATRIX_PROPOSALS) {
      throw new AgreementInputError(AgreementErrorCode.BAD_ITEMS, `Ask for at most ${MAX_MATRIX_PROPOSALS} proposals at a time.`, 'proposalIds');
    }
    const { where, params } = matrixWhere(filter, this.clock.today());
    const rows = await this.txHost.tx.query<Record<string, string | boolean | null>[]>(
      `SELECT p.title, p.status AS proposal_status, p.delivery_model, a.party_kind,
              coalesce(la.name, ar.name, o.name) AS party_name, coalesce(la.short_code, ar.code, o.code) AS party_code,
              a.status, a.reciprocity, a.effective_date::text AS effective_date, a.reconfirmation_needed,
              to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at,
              a.updated_by_id AS changed_by_id, a.proposal_id, a.id
         FROM agreement_status a
         JOIN proposal p ON p.id = a.proposal_id
         LEFT JOIN local_authority la ON la.id = a.local_authority_id
         LEFT JOIN area ar ON ar.id = a.area_id
         LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE ${where}
        ORDER BY p.title, a.proposal_id, a.party_kind, party_name`,
      params,
    );
    const people = await this.privacy.show(actor, rows.map((r) => r.changed_by_id as string | null).filter((id): id is string => !!id));
    const csv = toCsv(
      AGREEMENT_MATRIX_COLUMNS,
      rows.map((r) => [
        r.title,
        r.proposal_status,
        r.delivery_model,
        r.party_kind,
        r.party_name,
        r.party_code,
        r.status,
        r.reciprocity,
        r.effective_date,
        r.reconfirmation_needed ? 'Yes' : 'No',
        r.updated_at,
        r.changed_by_id ? (people.get(r.changed_by_id as string)?.displayName ?? null) : null,
        r.proposal_id,
        r.id,
      ]),
    );
    return { filename: `agreement-matrix-${this.clock.today()}.csv`, csv, rowCount: rows.length };
  }

  /**
   * One row per response, one column per question (in order), for whoever may read the answers
   * now, as the GraphQL responses list (assertMayReadResponses). CiCC members' names are left
   * out, as there.
   */
  async consultationResponses(actor: Actor, consultationId: string): Promise<CsvExport> {
    requirePerson(actor);
    const consultation = await this.consultations.get(consultationId, 'id');
    await this.responses.assertMayReadResponses(actor, consultation);
    const questions = await this.txHost.tx.query<{ id: string; prompt: string }[]>(
      `SELECT id, prompt FROM consultation_question WHERE consultation_id = $1 ORDER BY position`,
      [consultation.id],
    );
    const responses = await this.txHost.tx.query<{ id: string; party: string | null; respondent_id: string; first_submitted_at: string; submitted_at: string; answers: Record<string, AnswerValue> }[]>(
      `SELECT r.id, coalesce(la.name, ar.name, o.name) AS party, r.respondent_id,
              to_char(r.first_submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS first_submitted_at,
              to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS submitted_at,
              coalesce((SELECT jsonb_object_agg(a.question_id, a.value) FROM consultation_answer a WHERE a.response_id = r.id), '{}'::jsonb) AS answers
         FROM consultation_response r
         LEFT JOIN local_authority la ON la.id = r.on_behalf_of_authority_id
         LEFT JOIN area ar ON ar.id = r.on_behalf_of_area_id
         LEFT JOIN organisation o ON o.id = r.on_behalf_of_organisation_id
        WHERE r.consultation_id = $1
        ORDER BY r.first_submitted_at, r.id`,
      [consultation.id],
    );
    const hideNames = consultation.audience === ConsultationAudience.CICC;
    const people = hideNames ? new Map<string, ShownPerson>() : await this.privacy.show(actor, responses.map((r) => r.respondent_id));
    const header = ['Response id', 'On behalf of', 'Respondent', 'First submitted', 'Last submitted', ...questions.map((q) => q.prompt)];
    const csv = toCsv(
      header,
      responses.map((r) => [
        r.id,
        r.party,
        hideNames ? '' : (people.get(r.respondent_id)?.displayName ?? ''),
        r.first_submitted_at,
        r.submitted_at,
        ...questions.map((q) => answerText(r.answers[q.id])),
      ]),
    );
    const name = slug(consultation.title ?? 'consultation');
    return { filename: `consultation-responses-${name}-${this.clock.today()}.csv`, csv, rowCount: responses.length };
  }
}
