import { EntityManager } from 'typeorm';
import { Role, RoleGrantEntity } from '@app/access';
import { AgreementState, AgreementStatusEntity, AgreementStatusHistoryEntity, PartyKind, Reciprocity } from '@app/agreements';
import { CommentEntity } from '@app/comments';
import {
  ConsultationAnswerEntity,
  ConsultationAudience,
  ConsultationEntity,
  ConsultationQuestionEntity,
  ConsultationResponseEntity,
  QuestionKind,
  TallyVisibility,
  VoteChoice,
  VoteEntity,
} from '@app/consultations';
import { MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { ActionItemEntity, ActionItemStatus, AgendaItemEntity, DecisionEntity, DecisionKind, MeetingEntity, MeetingStatus } from '@app/meetings';
import {
  DeliveryModel,
  ProposalCategory,
  ProposalEntity,
  ProposalPartnerEntity,
  ProposalSignOffEntity,
  ProposalStatus,
  ProposalTransitionEntity,
} from '@app/proposals';
import { AreaEntity, AreaKind, BodyEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';

export interface SampleLoadResult {
  loaded: boolean;
  people: number;
  proposals: number;
}

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** The order a proposal passes through on its way to each status, for a plausible history. */
const PATH: ProposalStatus[] = [ProposalStatus.DRAFT, ProposalStatus.IN_CONSULTATION, ProposalStatus.RECOMMENDED, ProposalStatus.ENDORSED, ProposalStatus.ADOPTED];

interface SampleOffer {
  house: string;
  title: string;
  summary: string;
  category: ProposalCategory;
  deliveryModel: DeliveryModel;
  status: ProposalStatus;
  partners?: string[];
  uasc: string | null;
}

const OFFERS: SampleOffer[] = [
  {
    house: 'HOUSE_TRANSPORT', title: 'Half-price bus and tram travel', category: ProposalCategory.TRANSPORT,
    summary: 'Care leavers aged 18–25 travel on London buses and trams at half price. The responsible LA confirms eligibility with TfL.',
    deliveryModel: DeliveryModel.SINGLE_PARTNER, partners: ['GLA_TFL'], status: ProposalStatus.ADOPTED,
    uasc: 'Eligibility is confirmed by the responsible LA, not by immigration documents.',
  },
  {
    house: 'HOUSE_HEALTH', title: 'Free prescriptions', category: ProposalCategory.HEALTH,
    summary: 'No prescription charges for care leavers aged 18–25, funded by each ICS area.',
    deliveryModel: DeliveryModel.EACH_ICS_AREA, status: ProposalStatus.ADOPTED,
    uasc: 'Applies whatever the young person’s immigration status; pharmacies are told not to ask for it.',
  },
  {
    house: 'HOUSE_HOUSING', title: 'Council tax exemption to 25', category: ProposalCategory.HOUSING,
    summary: 'Care leavers pay no council tax until they turn 25.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.ENDORSED,
    uasc: 'Former UASC care leavers are exempt on the same terms as any other care leaver.',
  },
  {
    house: 'HOUSE_HOUSING', title: 'No "intentional homelessness" finding; priority need to 25', category: ProposalCategory.HOUSING,
    summary: 'Care leavers are never found intentionally homeless and have priority need until 25.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.ENDORSED,
    uasc: 'Applies to every care leaver with recourse to public funds; LAs set out support for those without.',
  },
  {
    house: 'HOUSE_RELATIONSHIPS', title: 'Care Leaver Covenant signatory and Whole Council Approach', category: ProposalCategory.CORPORATE_PARENTING,
    summary: 'Every LA signs the Care Leaver Covenant and adopts a Whole Council Approach to corporate parenting.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.ENDORSED,
    uasc: 'Whole Council Approach plans include the needs of former UASC.',
  },
  {
    house: 'HOUSE_HOUSING', title: 'Rent deposit and guarantee scheme', category: ProposalCategory.HOUSING,
    summary: 'Each LA offers a rent deposit or acts as guarantor so care leavers can rent privately.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.RECOMMENDED,
    uasc: 'Guarantees do not depend on immigration status where the young person has the right to rent.',
  },
  {
    house: 'HOUSE_HOUSING', title: 'Joint housing and children’s services protocol', category: ProposalCategory.HOUSING,
    summary: 'A written protocol between housing and children’s services in every LA, so no care leaver falls between them.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.IN_CONSULTATION,
    uasc: 'The protocol names who supports former UASC awaiting decisions.',
  },
  {
    house: 'HOUSE_ETE', title: 'Apprenticeships and internships with employers', category: ProposalCategory.EDUCATION_TRAINING_EMPLOYMENT,
    summary: 'Ring-fenced apprenticeships and paid internships for care leavers with London employers.',
    deliveryModel: DeliveryModel.SEVERAL_PARTNERS, partners: ['JOHN_LEWIS', 'LONDON_COUNCILS'], status: ProposalStatus.IN_CONSULTATION,
    uasc: 'Employers check the right to work once and support applications where status is pending.',
  },
  {
    house: 'HOUSE_HEALTH', title: 'Mental health and wellbeing offer', category: ProposalCategory.WELLBEING,
    summary: 'A consistent mental health and wellbeing offer in each ICS area, built on the completed mapping.',
    deliveryModel: DeliveryModel.EACH_ICS_AREA, status: ProposalStatus.DRAFT, uasc: null,
  },
  {
    house: 'HOUSE_FINANCE', title: 'Standard setting-up-home allowance', category: ProposalCategory.FINANCE,
    summary: 'The same setting-up-home allowance in every LA, reviewed each year.',
    deliveryModel: DeliveryModel.EACH_LA, status: ProposalStatus.DRAFT, uasc: null,
  },
];

/**
 * The sample's email for a display name: its words in lower case joined by dots
 * ("Amani (CiCC)" → amani.cicc@sample.example), a valid address whatever the name's punctuation.
 */
export function sampleEmail(displayName: string): string {
  const local = displayName.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.+|\.+$/g, '');
  return `${local || 'someone'}@${SAMPLE_EMAIL_DOMAIN}`;
}

export const SAMPLE_EMAIL_DOMAIN = 'sample.example';

/** People who run the programme rather than sit on its bodies: they hold their roles by grant. */
export const SAMPLE_STAFF: readonly { displayName: string; email: string; role: Role }[] = [
  { displayName: 'Robin Ahmed (programme admin)', email: `admin@${SAMPLE_EMAIL_DOMAIN}`, role: Role.PROGRAMME_ADMIN },
  { displayName: 'Nadia Brooks (safeguarding lead)', email: `safeguarding@${SAMPLE_EMAIL_DOMAIN}`, role: Role.SAFEGUARDING_LEAD },
];

const YOUNG_PEOPLE = ['Amani', 'Bola', 'Chidi', 'Dara', 'Eli', 'Farah', 'Gift', 'Hana', 'Idris', 'Jo', 'Kemi', 'Luca'];
const SECTOR_LEADS = ['Priya Shah', 'Tom Reed', 'Grace Mensah', 'Owen Hughes', 'Ruth Adeyemi', 'Mark Ellis'];

/**
 * A small sample programme marked as sample (people and proposals carry is_sample; everything else
 * hangs off them): the Compact's offers in plausible stages, co-chairs for every House, a CiCC
 * consultation with votes and comments, an LA survey, Trust Board meetings and decisions, and
 * agreement statuses across the LAs, with a programme admin and a safeguarding lead to sign in as.
 * Loaded once: skipped when sample people already exist. Each load also brings a sample loaded
 * by an older version up to date (valid emails, the programme's staff), changing nothing else.
 */
export async function loadSampleProgramme(m: EntityManager): Promise<SampleLoadResult> {
  if (await m.getRepository(PersonEntity).existsBy({ isSample: true })) {
    await repairSampleEmails(m);
    await addSampleStaff(m);
    return { loaded: false, people: 0, proposals: 0 };
  }
  await addSampleStaff(m);

  const authorities = await m.getRepository(LocalAuthorityEntity).find({ order: { gssCode: 'ASC' } });
  const bodies = new Map((await m.getRepository(BodyEntity).find()).map((b) => [b.code, b]));
  const organisations = new Map((await m.getRepository(OrganisationEntity).find()).map((o) => [o.code, o]));
  const icsAreas = await m.getRepository(AreaEntity).find({ where: { kind: AreaKind.ICS_AREA }, order: { code: 'ASC' } });
  const body = (code: string) => bodies.get(code) as BodyEntity;
  const people = m.getRepository(PersonEntity);
  const memberships = m.getRepository(MembershipEntity);

  const person = (displayName: string, extra: Partial<PersonEntity> = {}) =>
    people.save(people.create({ displayName, email: sampleEmail(displayName), isSample: true, ...extra }));
  const join = (p: PersonEntity, code: string, role: MembershipRole, extra: Partial<MembershipEntity> = {}) =>
    memberships.save(memberships.create({ personId: p.id, bodyId: body(code).id, role, isSample: true, startedAt: daysFromNow(-400), ...extra }));

  // The CiCC: care-experienced young people from across London; one is under 18.
  const youth: PersonEntity[] = [];
  for (const [i, name] of YOUNG_PEOPLE.entries()) {
    const p = await person(`${name} (CiCC)`, { careExperienced: true, birthMonth: i === 11 ? '2009-09-01' : `${2000 + (i % 7)}-0${(i % 9) + 1}-01`, homeAuthorityId: authorities[(i * 5) % 33].id });
    await join(p, 'CICC', MembershipRole.MEMBER, { representsAuthorityId: authorities[(i * 5) % 33].id });
    youth.push(p);
  }
  // Each House: a young-person co-chair from the CiCC and a sector lead.
  const houses = [...bodies.values()].filter((b) => b.theme).sort((a, b) => a.code.localeCompare(b.code));
  const coChairs = new Map<string, { young: PersonEntity; lead: PersonEntity }>();
  for (const [i, house] of houses.entries()) {
    const lead = await person(SECTOR_LEADS[i]);
    await join(youth[i], house.code, MembershipRole.CO_CHAIR_YOUNG_PERSON);
    await join(lead, house.code, MembershipRole.CO_CHAIR_SECTOR_LEAD);
    await join(youth[i + 6], house.code, MembershipRole.MEMBER);
    coChairs.set(house.code, { young: youth[i], lead });
  }
  // The Trust Board: three DCS chairs and partners; LLANCL: one leaving-care lead per LA.
  const chairs = [await person('Alex Morgan (DCS)'), await person('Sam Patel (DCS)'), await person('Jordan Lee (DCS)')];
  for (const c of chairs) await join(c, 'TRUST_BOARD', MembershipRole.CHAIR);
  await join(youth[0], 'TRUST_BOARD', MembershipRole.MEMBER);
  const tfl = await person('Chris Walker (TfL)');
  await join(tfl, 'TRUST_BOARD', MembershipRole.MEMBER, { representsOrganisationId: organisations.get('GLA_TFL')!.id });
  const officers: PersonEntity[] = [];
  for (const la of authorities) {
    const officer = await person(`Leaving care lead, ${la.name}`);
    await join(officer, 'LLANCL', MembershipRole.MEMBER, { representsAuthorityId: la.id });
    officers.push(officer);
  }
  for (const area of icsAreas) {
    const icb = await person(`Care leaver lead, ${area.name} ICB`);
    await join(icb, 'TRUST_BOARD', MembershipRole.OBSERVER, { representsAreaId: area.id });
  }

  // Proposals with their history; a Trust Board meeting where the endorsed ones were decided.
  const heldBoard = await m.getRepository(MeetingEntity).save(
    m.getRepository(MeetingEntity).create({ bodyId: body('TRUST_BOARD').id, title: 'Trust Board — autumn meeting', startsAt: daysFromNow(-60), location: 'City Hall', status: MeetingStatus.HELD, createdById: chairs[0].id }),
  );
  const nextBoard = await m.getRepository(MeetingEntity).save(
    m.getRepository(MeetingEntity).create({ bodyId: body('TRUST_BOARD').id, title: 'Trust Board — winter meeting', startsAt: daysFromNow(24), location: 'Online', status: MeetingStatus.SCHEDULED, createdById: chairs[0].id }),
  );
  const proposals: ProposalEntity[] = [];
  for (const [index, offer] of OFFERS.entries()) {
    const house = body(offer.house);
    const chairsOfHouse = coChairs.get(offer.house)!;
    const proposal = await m.getRepository(ProposalEntity).save(
      m.getRepository(ProposalEntity).create({
        houseId: house.id, title: offer.title, summary: offer.summary, rationale: 'Raised by the CiCC; see the 2022 survey of London LAs.',
        evidenceLinks: [], category: offer.category, deliveryModel: offer.deliveryModel, uascConsiderations: offer.uasc,
        status: offer.status, createdById: chairsOfHouse.lead.id, isSample: true,
      }),
    );
    proposals.push(proposal);
    for (const code of offer.partners ?? []) {
      await m.getRepository(ProposalPartnerEntity).insert({ proposalId: proposal.id, organisationId: organisations.get(code)!.id });
    }
    const steps = PATH.indexOf(offer.status);
    for (let step = 1; step <= steps; step += 1) {
      const to = PATH[step];
      const byBoard = to === ProposalStatus.ENDORSED || to === ProposalStatus.ADOPTED;
      await m.getRepository(ProposalTransitionEntity).insert({
        proposalId: proposal.id, fromStatus: PATH[step - 1], toStatus: to,
        actorId: byBoard ? chairs[0].id : step % 2 ? chairsOfHouse.young.id : chairsOfHouse.lead.id,
        reason: byBoard ? 'Trust Board decision' : to === ProposalStatus.RECOMMENDED ? 'Both co-chairs signed off after the consultation' : 'Opened for consultation',
        at: daysFromNow(-300 + index * 20 + step * 30),
      });
    }
    if (steps >= PATH.indexOf(ProposalStatus.RECOMMENDED)) {
      for (const [p, role] of [[chairsOfHouse.young, MembershipRole.CO_CHAIR_YOUNG_PERSON], [chairsOfHouse.lead, MembershipRole.CO_CHAIR_SECTOR_LEAD]] as const) {
        await m.getRepository(ProposalSignOffEntity).insert({ proposalId: proposal.id, personId: p.id, role, note: 'Ready for the Trust Board' });
      }
    }
    if (offer.status === ProposalStatus.ENDORSED || offer.status === ProposalStatus.ADOPTED) {
      const agenda = await m.getRepository(AgendaItemEntity).count({ where: { meetingId: heldBoard.id } });
      await m.getRepository(AgendaItemEntity).insert({ meetingId: heldBoard.id, position: agenda + 1, title: offer.title, proposalId: proposal.id });
      await m.getRepository(DecisionEntity).insert({ meetingId: heldBoard.id, proposalId: proposal.id, kind: DecisionKind.ENDORSE, summary: `Endorsed: ${offer.title}`, recordedById: chairs[0].id });
      await seedAgreements(m, proposal, offer, authorities, icsAreas, organisations, officers, tfl);
    }
    if (offer.status === ProposalStatus.RECOMMENDED) {
      await m.getRepository(AgendaItemEntity).insert({ meetingId: nextBoard.id, position: 1, title: `For decision: ${offer.title}`, proposalId: proposal.id });
    }
  }
  await m.getRepository(ActionItemEntity).insert({ meetingId: heldBoard.id, ownerId: officers[21].id, description: 'Share Lambeth’s council tax reciprocity policy with LLANCL', dueOn: dateOnly(daysFromNow(10)), status: ActionItemStatus.OPEN });

  // A CiCC consultation on the joint protocol, open for another five days, with votes and comments.
  const protocol = proposals[6];
  const cicc = await m.getRepository(ConsultationEntity).save(
    m.getRepository(ConsultationEntity).create({
      proposalId: protocol.id, houseId: protocol.houseId, title: null, description: 'Would a written protocol have helped you when you left care?',
      audience: ConsultationAudience.CICC, opensAt: daysFromNow(-9), closesAt: daysFromNow(5), tallyVisibility: TallyVisibility.AFTER_VOTING, createdById: coChairs.get('HOUSE_HOUSING')!.young.id,
    }),
  );
  const choices = [VoteChoice.SUPPORT, VoteChoice.SUPPORT, VoteChoice.SUPPORT, VoteChoice.SUPPORT, VoteChoice.OPPOSE, VoteChoice.ABSTAIN];
  for (const [i, choice] of choices.entries()) {
    await m.getRepository(VoteEntity).insert({ proposalId: protocol.id, consultationId: cicc.id, memberId: youth[i + 2].id, choice });
  }
  const comments = m.getRepository(CommentEntity);
  const first = await comments.save(comments.create({ proposalId: protocol.id, authorId: youth[3].id, body: 'When I moved boroughs nobody knew whose job my housing was. This would have saved me months.' }));
  await comments.save(comments.create({ proposalId: protocol.id, parentId: first.id, authorId: coChairs.get('HOUSE_HOUSING')!.lead.id, body: 'Thank you — we will add a named contact for cross-borough moves.' }));
  await comments.save(comments.create({ proposalId: protocol.id, authorId: youth[5].id, body: 'Please make sure it covers supported accommodation as well as council flats.' }));

  // A closed LA survey of the Housing House (28 of 33 LAs answered).
  const survey = await m.getRepository(ConsultationEntity).save(
    m.getRepository(ConsultationEntity).create({
      proposalId: null, houseId: body('HOUSE_HOUSING').id, title: 'Leaving-care offer survey of London LAs', description: 'Which parts of the offer does your LA already provide?',
      audience: ConsultationAudience.LOCAL_AUTHORITIES, opensAt: daysFromNow(-120), closesAt: daysFromNow(-90), tallyVisibility: TallyVisibility.ALWAYS,
      outcomeSummary: 'Every LA that answered exempts its care leavers from council tax; intentional homelessness findings vary.', outcomeRecordedAt: daysFromNow(-85),
    }),
  );
  const [taxQuestion, homelessQuestion] = await m.getRepository(ConsultationQuestionEntity).save([
    m.getRepository(ConsultationQuestionEntity).create({ consultationId: survey.id, position: 0, kind: QuestionKind.YES_NO, prompt: 'Do you exempt care leavers from council tax to 25?', options: [], required: true }),
    m.getRepository(ConsultationQuestionEntity).create({ consultationId: survey.id, position: 1, kind: QuestionKind.YES_NO, prompt: 'Can a care leaver be found intentionally homeless in your LA?', options: [], required: true }),
  ]);
  for (const [i, la] of authorities.slice(0, 28).entries()) {
    const response = await m.getRepository(ConsultationResponseEntity).save(
      m.getRepository(ConsultationResponseEntity).create({ consultationId: survey.id, respondentId: officers[i].id, onBehalfOfAuthorityId: la.id }),
    );
    await m.getRepository(ConsultationAnswerEntity).insert([
      { responseId: response.id, questionId: taxQuestion.id, value: true },
      { responseId: response.id, questionId: homelessQuestion.id, value: i < 20 },
    ]);
  }
  return { loaded: true, people: await people.countBy({ isSample: true }), proposals: proposals.length };
}

/** Older versions made addresses such as `amani.cicc.@sample.example`, which no one could sign in with. */
async function repairSampleEmails(m: EntityManager): Promise<void> {
  await m.query(`UPDATE person SET email = regexp_replace(email, '\\.+@', '@') WHERE is_sample AND email ~ '\\.@'`);
}

/** The programme admin and the safeguarding lead, with their grants, unless they are there already. */
async function addSampleStaff(m: EntityManager): Promise<void> {
  const people = m.getRepository(PersonEntity);
  for (const staff of SAMPLE_STAFF) {
    if (await people.existsBy({ email: staff.email })) continue;
    const person = await people.save(people.create({ displayName: staff.displayName, email: staff.email, isSample: true }));
    await m.getRepository(RoleGrantEntity).insert({ personId: person.id, role: staff.role, reason: 'Sample programme', grantedById: null });
  }
}

/** Opens the agreement rows the endorsement would have opened, and moves them on plausibly. */
async function seedAgreements(
  m: EntityManager,
  proposal: ProposalEntity,
  offer: SampleOffer,
  authorities: LocalAuthorityEntity[],
  icsAreas: AreaEntity[],
  organisations: Map<string, OrganisationEntity>,
  officers: PersonEntity[],
  tfl: PersonEntity,
): Promise<void> {
  const repo = m.getRepository(AgreementStatusEntity);
  const history = m.getRepository(AgreementStatusHistoryEntity);
  const states = [AgreementState.IMPLEMENTED, AgreementState.FORMALLY_AGREED, AgreementState.AGREED_IN_PRINCIPLE, AgreementState.IN_DISCUSSION, AgreementState.NOT_STARTED];
  const reciprocities = [Reciprocity.OWN_CARE_LEAVERS_ANYWHERE, Reciprocity.ANY_CARE_LEAVER_RESIDENT, Reciprocity.BOTH];
  const rows: Partial<AgreementStatusEntity>[] = [];
  if (offer.deliveryModel === DeliveryModel.EACH_LA) {
    for (const [i, la] of authorities.entries()) {
      // Skewed so that most LAs have moved on: a handful implemented, many agreed, a few not started.
      const status = states[[0, 1, 1, 2, 0, 1, 3, 1, 4, 0, 1][(i + proposal.title.length) % 11]];
      const agreed = status === AgreementState.IMPLEMENTED || status === AgreementState.FORMALLY_AGREED;
      rows.push({
        proposalId: proposal.id, partyKind: PartyKind.LOCAL_AUTHORITY, localAuthorityId: la.id, status,
        reciprocity: agreed ? reciprocities[i % 3] : null,
        effectiveDate: status === AgreementState.IMPLEMENTED ? dateOnly(daysFromNow(-30 - i)) : null,
        updatedById: status === AgreementState.NOT_STARTED ? null : officers[i].id,
      });
    }
  } else if (offer.deliveryModel === DeliveryModel.EACH_ICS_AREA) {
    for (const [i, area] of icsAreas.entries()) {
      const status = i < 2 ? AgreementState.IMPLEMENTED : AgreementState.FORMALLY_AGREED;
      rows.push({ proposalId: proposal.id, partyKind: PartyKind.ICS_AREA, areaId: area.id, status, effectiveDate: status === AgreementState.IMPLEMENTED ? '2024-03-05' : null });
    }
  } else {
    for (const code of offer.partners ?? []) {
      rows.push({ proposalId: proposal.id, partyKind: PartyKind.ORGANISATION, organisationId: organisations.get(code)!.id, status: AgreementState.IMPLEMENTED, effectiveDate: '2024-03-05', updatedById: tfl.id });
    }
  }
  const saved = await repo.save(rows.map((r) => repo.create(r)));
  await history.insert(
    saved
      .filter((r) => r.status !== AgreementState.NOT_STARTED)
      .map((r) => ({ agreementId: r.id, fromStatus: AgreementState.NOT_STARTED, toStatus: r.status, reciprocity: r.reciprocity, effectiveDate: r.effectiveDate, changedById: r.updatedById, version: r.version })),
  );
}
