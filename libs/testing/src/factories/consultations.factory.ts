import { DataSource } from 'typeorm';
import {
  ConsultationAudience,
  ConsultationEntity,
  ConsultationQuestionEntity,
  QuestionKind,
  TallyVisibility,
} from '@app/consultations';
import { PersonEntity } from '@app/governance';
import { createRepresentative } from './agreements.factory';
import { bodyByCode } from './reference.factory';

export interface ConsultationOptions {
  houseCode?: string;
  proposalId?: string | null;
  title?: string | null;
  audience?: ConsultationAudience;
  opensAt?: Date;
  closesAt?: Date;
  closedAt?: Date | null;
  tallyVisibility?: TallyVisibility;
  questions?: Partial<ConsultationQuestionEntity>[];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Inserts a consultation directly, in any state (dates may be in the past), with its questions;
 * opening through the API is tested separately. Defaults: an LA consultation open for a week.
 */
export async function createConsultation(
  ds: DataSource,
  options: ConsultationOptions = {},
): Promise<{ consultation: ConsultationEntity; questions: ConsultationQuestionEntity[] }> {
  const house = await bodyByCode(ds, options.houseCode ?? 'HOUSE_HOUSING');
  const repo = ds.getRepository(ConsultationEntity);
  const consultation = await repo.save(
    repo.create({
      houseId: house.id,
      proposalId: options.proposalId ?? null,
      title: options.title === undefined ? (options.proposalId ? null : 'Council tax survey') : options.title,
      description: '',
      audience: options.audience ?? ConsultationAudience.LOCAL_AUTHORITIES,
      opensAt: options.opensAt ?? new Date(Date.now() - DAY),
      closesAt: options.closesAt ?? new Date(Date.now() + 7 * DAY),
      closedAt: options.closedAt ?? null,
      tallyVisibility: options.tallyVisibility ?? TallyVisibility.AFTER_VOTING,
    }),
  );
  const questionRepo = ds.getRepository(ConsultationQuestionEntity);
  const questions = await questionRepo.save(
    (options.questions ?? []).map((q, position) =>
      questionRepo.create({ kind: QuestionKind.YES_NO, prompt: `Question ${position + 1}`, options: [], required: true, ...q, consultationId: consultation.id, position }),
    ),
  );
  return { consultation, questions };
}

/** A person with a current LLANCL membership representing the LA with this short code (e.g. "lam"). */
export function createAuthorityOfficer(ds: DataSource, shortCode: string): Promise<PersonEntity> {
  return createRepresentative(ds, { authority: shortCode });
}
