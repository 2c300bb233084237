import { ConsultationAudience, QuestionKind, TallyVisibility } from '@app/consultations';
import { ProposalStatus } from '@app/proposals';
import {
  authorityByShortCode,
  bodyByCode,
  createAuthorityOfficer,
  createCiccMember,
  createConsultation,
  createPerson,
  createProposal,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';

const OPEN = `mutation($input: OpenConsultationInput!) {
  openConsultation(input: $input) {
    consultation { id title audience state version house { code } questions { id position kind prompt options scaleMin scaleMax required } }
  }
}`;
const RESPOND = `mutation($input: RespondToConsultationInput!) {
  respondToConsultation(input: $input) { replaced message response { id replacements onBehalfOfAuthority { shortCode } answers { questionId yesNo choice choices scale text } } }
}`;
const SUMMARY = `query($id: ID!) {
  consultation(id: $id) { responseSummary { totalResponses personalResponses respondedAuthorities totalAuthorities notRespondedAuthorities { id name shortCode } } }
}`;
const RESULTS = `query($id: ID!) {
  consultation(id: $id) { state questions { kind results { answered yes no optionCounts { option count } scaleCounts { value count } scaleMean } resultsHidden { reason message } } }
}`;
const RESPONSES = `query($id: ID!, $first: Int, $after: String) {
  responses(consultationId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { replacements respondent { id displayName } onBehalfOfAuthority { shortCode } answers { questionId yesNo text } } }
  }
}`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state version } } }`;
const OUTCOME = `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { outcomeSummary outcomeRecordedAt version } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

describe('Consultations and responses', () => {
  let t: TestApp;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let houseId: string;
  beforeAll(async () => {
    t = await startTestApp();
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    houseId = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const laSurvey = () => ({
    houseId,
    title: 'Council tax exemption survey',
    audience: 'LOCAL_AUTHORITIES',
    closesAt: inDays(21).toISOString(),
    questions: [
      { kind: 'YES_NO', prompt: 'Do you exempt care leavers from council tax to 25?' },
      { kind: 'SINGLE_CHOICE', prompt: 'Whom do you exempt?', options: ['Own care leavers anywhere', 'Any care leaver resident', 'Both'] },
      { kind: 'SCALE', prompt: 'How ready are you to extend it?', scaleMin: 1, scaleMax: 5, required: false },
      { kind: 'FREE_TEXT', prompt: 'Anything else?', required: false },
    ],
  });

  async function openSurvey() {
    const data = await t.ok(OPEN, { input: laSurvey() }, { as: chairs.sectorLead.id });
    return data.openConsultation.consultation as { id: string; version: number; questions: { id: string; kind: string }[] };
  }

  const answersFor = (questions: { id: string }[], yes: boolean, choice = 'Both', scale?: number) => [
    { questionId: questions[0].id, yesNo: yes },
    { questionId: questions[1].id, choice },
    ...(scale !== undefined ? [{ questionId: questions[2].id, scale }] : []),
  ];

  it('a co-chair opens a House-topic consultation of the LAs with questions of each kind', async () => {
    const data = await t.ok(OPEN, { input: laSurvey() }, { as: chairs.sectorLead.id });
    const c = data.openConsultation.consultation;
    expect(c).toMatchObject({ title: 'Council tax exemption survey', audience: 'LOCAL_AUTHORITIES', state: 'OPEN', house: { code: 'HOUSE_HOUSING' } });
    expect(c.questions.map((q: { kind: string; position: number }) => [q.position, q.kind])).toEqual([
      [0, 'YES_NO'],
      [1, 'SINGLE_CHOICE'],
      [2, 'SCALE'],
      [3, 'FREE_TEXT'],
    ]);
    expect(c.questions[1].options).toHaveLength(3);
    expect(c.questions[2]).toMatchObject({ scaleMin: 1, scaleMax: 5, required: false });
  });

  it('asks a question only after a given answer to an earlier one: required then, refused otherwise, and checked when opened', async () => {
    const conditional = {
      ...laSurvey(),
      title: 'Council tax exemption survey, with a follow-up',
      questions: [
        { kind: 'YES_NO', prompt: 'Do you exempt care leavers from council tax to 25?' },
        { kind: 'FREE_TEXT', prompt: 'What stops you?', askIf: { question: 0, answer: 'No' } },
        { kind: 'SINGLE_CHOICE', prompt: 'Whom do you exempt?', options: ['Own care leavers anywhere', 'Both'], askIf: { question: 0, answer: 'Yes' } },
      ],
    };
    const data = await t.ok(OPEN.replace('required }', 'required askIf { question answer } }'), { input: conditional }, { as: chairs.sectorLead.id });
    const survey = data.openConsultation.consultation as { id: string; questions: { id: string; askIf: { question: number; answer: string } | null }[] };
    expect(survey.questions.map((q) => q.askIf)).toEqual([null, { question: 0, answer: 'No' }, { question: 0, answer: 'Yes' }]);
    const [q0, q1, q2] = survey.questions.map((q) => q.id);
    const croydon = await authorityByShortCode(t.dataSource, 'crd');
    const officer = await createAuthorityOfficer(t.dataSource, 'crd');
    const respond = (answers: unknown[]) => t.gql(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: croydon.id, answers } }, { as: officer.id });

    // "No": the follow-up is asked and required; the other is not asked, and answering it is refused.
    const missing = await respond([{ questionId: q0, yesNo: false }]);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_REQUIRED' });
    expect(missing.errors?.[0].message).toContain('"What stops you?"');
    const notAsked = await respond([{ questionId: q0, yesNo: false }, { questionId: q1, text: 'Budget.' }, { questionId: q2, choice: 'Both' }]);
    expect(notAsked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ASKED', field: 'answers.2' });
    expect(notAsked.errors?.[0].message).toBe('Leave "Whom do you exempt?" unanswered: it is asked only when "Do you exempt care leavers from council tax to 25?" is answered Yes.');
    expect((await respond([{ questionId: q0, yesNo: false }, { questionId: q1, text: 'Budget.' }])).errors).toBeUndefined();
    // "Yes": the other way round.
    expect((await respond([{ questionId: q0, yesNo: true }, { questionId: q2, choice: 'Both' }])).errors).toBeUndefined();

    // Conditions that cannot work are refused when the consultation is opened, naming the field.
    const bad = async (askIf: unknown, kind = 'YES_NO') =>
      (await t.fails(OPEN, { input: { ...laSurvey(), questions: [{ kind, prompt: 'First?', ...(kind === 'SCALE' ? { scaleMin: 1, scaleMax: 3 } : {}) }, { kind: 'FREE_TEXT', prompt: 'Then?', askIf }] } }, { as: chairs.sectorLead.id })).extensions;
    expect(await bad({ question: 1, answer: 'Yes' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.1.askIf.question' });
    expect(await bad({ question: 0, answer: 'Maybe' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.1.askIf.answer' });
    expect(await bad({ question: 0, answer: '2' }, 'SCALE')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.1.askIf.question' });
  });

  it('two officers of the same LA make one response: the later replaces the earlier and says so', async () => {
    const survey = await openSurvey();
    const lambeth = await authorityByShortCode(t.dataSource, 'lam');
    const [first, second] = [await createAuthorityOfficer(t.dataSource, 'lam'), await createAuthorityOfficer(t.dataSource, 'lam')];

    const a = await t.ok(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: lambeth.id, answers: answersFor(survey.questions, false, 'Own care leavers anywhere') } }, { as: first.id });
    expect(a.respondToConsultation).toMatchObject({ replaced: false, response: { replacements: 0, onBehalfOfAuthority: { shortCode: 'lam' } } });
    const b = await t.ok(
      RESPOND,
      { input: { consultationId: survey.id, onBehalfOfAuthorityId: lambeth.id, answers: [...answersFor(survey.questions, true, 'Both', 4), { questionId: survey.questions[3].id, text: 'Agreed at cabinet.' }] } },
      { as: second.id },
    );
    expect(b.respondToConsultation.replaced).toBe(true);
    expect(b.respondToConsultation.message).toBe("This replaces Lambeth's earlier response.");
    expect(b.respondToConsultation.response.id).toBe(a.respondToConsultation.response.id);
    expect(b.respondToConsultation.response.answers).toEqual([
      { questionId: survey.questions[0].id, yesNo: true, choice: null, choices: null, scale: null, text: null },
      { questionId: survey.questions[1].id, yesNo: null, choice: 'Both', choices: null, scale: null, text: null },
      { questionId: survey.questions[2].id, yesNo: null, choice: null, choices: null, scale: 4, text: null },
      { questionId: survey.questions[3].id, yesNo: null, choice: null, choices: null, scale: null, text: 'Agreed at cabinet.' },
    ]);
    const rows = await t.dataSource.query(`SELECT respondent_id FROM consultation_response WHERE consultation_id = $1`, [survey.id]);
    expect(rows).toEqual([{ respondent_id: second.id }]);
    // The audit trail keeps the answers the replacement removed, and the new ones.
    const trail = await t.dataSource.query(
      `SELECT actor_id, before, after FROM audit_event WHERE action = 'respondToConsultation' AND entity_id = $1 AND before IS NOT NULL`,
      [a.respondToConsultation.response.id],
    );
    const questionIds = (answers: { questionId: string }[]) => answers.map((x) => x.questionId);
    expect(trail).toHaveLength(1);
    expect(trail[0].actor_id).toBe(second.id);
    expect(questionIds(trail[0].before.answers)).toEqual([survey.questions[0].id, survey.questions[1].id].sort());
    expect(questionIds(trail[0].after.answers)).toEqual(survey.questions.map((q) => q.id).sort());

    const list = await t.ok(RESPONSES, { id: survey.id }, { as: chairs.youngPerson.id });
    expect(list.responses.totalCount).toBe(1);
    expect(list.responses.edges[0].node).toMatchObject({ replacements: 1, respondent: { id: second.id }, onBehalfOfAuthority: { shortCode: 'lam' } });
    expect(list.responses.edges[0].node.answers).toHaveLength(4);

    // Two officers of another LA answering at the same moment still make one response.
    const hackney = await authorityByShortCode(t.dataSource, 'hck');
    const [h1, h2] = [await createAuthorityOfficer(t.dataSource, 'hck'), await createAuthorityOfficer(t.dataSource, 'hck')];
    const both = await Promise.all(
      [h1, h2].map((o) => t.ok(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: hackney.id, answers: answersFor(survey.questions, true) } }, { as: o.id })),
    );
    expect(both.map((r) => r.respondToConsultation.replaced).sort()).toEqual([false, true]);
    const hackneyRows = await t.dataSource.query(
      `SELECT count(*)::int AS responses, (SELECT count(*)::int FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id
         WHERE r.consultation_id = $1 AND r.on_behalf_of_authority_id = $2) AS answers
         FROM consultation_response WHERE consultation_id = $1 AND on_behalf_of_authority_id = $2`,
      [survey.id, hackney.id],
    );
    expect(hackneyRows).toEqual([{ responses: 1, answers: 2 }]);

    const refused = await t.fails(RESPONSES, { id: survey.id }, { as: first.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' });
  });

  it('summarises "3 of 33 responded" and names the LAs yet to respond', async () => {
    const survey = await openSurvey();
    for (const code of ['lam', 'crd', 'hck']) {
      const officer = await createAuthorityOfficer(t.dataSource, code);
      const la = await authorityByShortCode(t.dataSource, code);
      await t.ok(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: la.id, answers: answersFor(survey.questions, code !== 'crd', 'Both', 3) } }, { as: officer.id });
    }
    const data = await t.ok(SUMMARY, { id: survey.id }, { as: chairs.youngPerson.id });
    const s = data.consultation.responseSummary;
    expect(s).toMatchObject({ totalResponses: 3, personalResponses: 0, respondedAuthorities: 3, totalAuthorities: 33 });
    expect(s.notRespondedAuthorities).toHaveLength(30);
    const pending = s.notRespondedAuthorities.map((a: { shortCode: string }) => a.shortCode);
    for (const code of ['lam', 'crd', 'hck']) expect(pending).not.toContain(code);
    expect(pending).toContain('swr');
    const names = s.notRespondedAuthorities.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y)));

    // Results: the co-chairs see them while open; others only after close.
    const officer = await createAuthorityOfficer(t.dataSource, 'isl');
    const hidden = await t.ok(RESULTS, { id: survey.id }, { as: officer.id });
    expect(hidden.consultation.questions[0]).toMatchObject({ results: null, resultsHidden: { reason: 'CO_CHAIRS_UNTIL_CLOSE', message: expect.stringContaining('co-chairs') } });
    const forChair = await t.ok(RESULTS, { id: survey.id }, { as: chairs.youngPerson.id });
    const [yesNo, choice, scale, text] = forChair.consultation.questions.map((q: { results: unknown }) => q.results);
    expect(yesNo).toEqual({ answered: 3, yes: 2, no: 1, optionCounts: [], scaleCounts: [], scaleMean: null });
    expect(choice.optionCounts).toEqual([
      { option: 'Own care leavers anywhere', count: 0 },
      { option: 'Any care leaver resident', count: 0 },
      { option: 'Both', count: 3 },
    ]);
    expect(scale).toMatchObject({ answered: 3, scaleMean: 3 });
    expect(scale.scaleCounts).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, count: value === 3 ? 3 : 0 })));
    expect(text).toMatchObject({ answered: 0, yes: null });

    const early = await t.fails(OUTCOME, { input: { consultationId: survey.id, summary: 'Most LAs exempt.' } }, { as: chairs.sectorLead.id });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CLOSED' });
    const closed = await t.ok(CLOSE, { input: { consultationId: survey.id } }, { as: chairs.sectorLead.id });
    const afterClose = await t.ok(RESULTS, { id: survey.id }, { as: officer.id });
    expect(afterClose.consultation.questions[0].results).toMatchObject({ yes: 2, no: 1 });

    const stale = await t.fails(OUTCOME, { input: { consultationId: survey.id, summary: 'x', expectedVersion: survey.version } }, { as: chairs.sectorLead.id });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const outcome = await t.ok(
      OUTCOME,
      { input: { consultationId: survey.id, summary: 'Two of three respondents exempt care leavers.', expectedVersion: closed.closeConsultation.consultation.version } },
      { as: chairs.sectorLead.id },
    );
    expect(outcome.recordConsultationOutcome.consultation.outcomeSummary).toBe('Two of three respondents exempt care leavers.');
    const empty = await t.fails(OUTCOME, { input: { consultationId: survey.id, summary: '' } }, { as: chairs.sectorLead.id });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
  });

  it('refuses an answer for an LA the officer does not represent, or with no LA', async () => {
    const survey = await openSurvey();
    const croydonOfficer = await createAuthorityOfficer(t.dataSource, 'crd');
    const lambeth = await authorityByShortCode(t.dataSource, 'lam');
    const forbidden = await t.fails(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: lambeth.id, answers: answersFor(survey.questions, true) } }, { as: croydonOfficer.id });
    expect(forbidden.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOES_NOT_REPRESENT_AUTHORITY', field: 'onBehalfOfAuthorityId' });
    expect(forbidden.message).toContain('Lambeth');
    const noLa = await t.fails(RESPOND, { input: { consultationId: survey.id, answers: answersFor(survey.questions, true) } }, { as: croydonOfficer.id });
    expect(noLa.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onBehalfOfAuthorityId' });
  });

  it('refuses responses before the consultation opens and after it closes, giving the dates', async () => {
    const officer = await createAuthorityOfficer(t.dataSource, 'swr');
    const southwark = await authorityByShortCode(t.dataSource, 'swr');
    const scheduled = await createConsultation(t.dataSource, { opensAt: inDays(3), closesAt: inDays(10), questions: [{ kind: QuestionKind.YES_NO }] });
    const early = await t.fails(RESPOND, { input: { consultationId: scheduled.consultation.id, onBehalfOfAuthorityId: southwark.id, answers: [{ questionId: scheduled.questions[0].id, yesNo: true }] } }, { as: officer.id });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_OPEN' });
    expect(early.message).toContain(scheduled.consultation.opensAt.toISOString());

    const ended = await createConsultation(t.dataSource, { opensAt: inDays(-10), closesAt: inDays(-1), questions: [{ kind: QuestionKind.YES_NO }] });
    const late = await t.fails(RESPOND, { input: { consultationId: ended.consultation.id, onBehalfOfAuthorityId: southwark.id, answers: [{ questionId: ended.questions[0].id, yesNo: true }] } }, { as: officer.id });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
    expect(late.message).toContain(ended.consultation.closesAt.toISOString());

    const closedEarly = await createConsultation(t.dataSource, { closedAt: inDays(-0.5), questions: [{ kind: QuestionKind.YES_NO }] });
    const afterEarlyClose = await t.fails(RESPOND, { input: { consultationId: closedEarly.consultation.id, onBehalfOfAuthorityId: southwark.id, answers: [{ questionId: closedEarly.questions[0].id, yesNo: true }] } }, { as: officer.id });
    expect(afterEarlyClose.extensions?.reason).toBe('NOT_OPEN');
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM consultation_response WHERE respondent_id = $1`, [officer.id]))[0].n)).toBe(0);
  });

  it('takes CiCC members’ own responses, one each, without showing their names to the co-chairs', async () => {
    const { consultation, questions } = await createConsultation(t.dataSource, {
      audience: ConsultationAudience.CICC,
      title: 'What should the housing offer include?',
      questions: [{ kind: QuestionKind.MULTIPLE_CHOICE, prompt: 'Which matter most?', options: ['Deposit', 'Priority need', 'Council tax'] }],
    });
    const member = await createCiccMember(t.dataSource);
    const input = { consultationId: consultation.id, answers: [{ questionId: questions[0].id, choices: ['Council tax', 'Deposit'] }] };
    const first = await t.ok(RESPOND, { input }, { as: member.id });
    expect(first.respondToConsultation.response.answers[0].choices).toEqual(['Deposit', 'Council tax']);
    const again = await t.ok(RESPOND, { input }, { as: member.id });
    expect(again.respondToConsultation).toMatchObject({ replaced: true, message: 'This replaces the earlier response you gave.' });

    const outsider = await createPerson(t.dataSource);
    const refused = await t.fails(RESPOND, { input }, { as: outsider.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CICC_MEMBER' });
    const forLa = await t.fails(RESPOND, { input: { ...input, onBehalfOfAuthorityId: (await authorityByShortCode(t.dataSource, 'lam')).id } }, { as: member.id });
    expect(forLa.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onBehalfOfAuthorityId' });

    const list = await t.ok(RESPONSES, { id: consultation.id }, { as: chairs.youngPerson.id });
    expect(list.responses.edges).toHaveLength(1);
    expect(list.responses.edges[0].node.respondent).toBeNull();
    const summary = await t.ok(SUMMARY, { id: consultation.id }, { as: chairs.youngPerson.id });
    expect(summary.consultation.responseSummary).toEqual({ totalResponses: 1, personalResponses: 1, respondedAuthorities: null, totalAuthorities: null, notRespondedAuthorities: null });
  });

  it('refuses bad input with the right codes and fields', async () => {
    const as = { as: chairs.sectorLead.id };
    const reversed = await t.fails(OPEN, { input: { ...laSurvey(), opensAt: inDays(5).toISOString(), closesAt: inDays(4).toISOString() } }, as);
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const past = await t.fails(OPEN, { input: { ...laSurvey(), closesAt: inDays(-1).toISOString() } }, as);
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const longPrompt = await t.fails(OPEN, { input: { ...laSurvey(), questions: [{ kind: 'YES_NO', prompt: 'x'.repeat(501) }] } }, as);
    expect(longPrompt.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.0.prompt' });
    const oneOption = await t.fails(OPEN, { input: { ...laSurvey(), questions: [{ kind: 'SINGLE_CHOICE', prompt: 'Which?', options: ['Only'] }] } }, as);
    expect(oneOption.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.0.options' });
    const wideScale = await t.fails(OPEN, { input: { ...laSurvey(), questions: [{ kind: 'SCALE', prompt: 'How?', scaleMin: 0, scaleMax: 20 }] } }, as);
    expect(wideScale.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.0.scaleMax' });
    const badEnum = await t.fails(OPEN, { input: { ...laSurvey(), audience: 'EVERYONE' } }, as);
    expect(badEnum.extensions?.code).toBe('BAD_USER_INPUT');
    const noTitle = await t.fails(OPEN, { input: { ...laSurvey(), title: undefined } }, as);
    expect(noTitle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const notHouse = await t.fails(OPEN, { input: { ...laSurvey(), houseId: (await bodyByCode(t.dataSource, 'LLANCL')).id } }, as);
    expect(notHouse.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'houseId' });
    const unknownHouse = await t.fails(OPEN, { input: { ...laSurvey(), houseId: '00000000-0000-4000-8000-000000000000' } }, as);
    expect(unknownHouse.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'houseId' });

    const survey = await openSurvey();
    const officer = await createAuthorityOfficer(t.dataSource, 'lam');
    const lambeth = (await authorityByShortCode(t.dataSource, 'lam')).id;
    const respond = (answers: unknown[]) => t.fails(RESPOND, { input: { consultationId: survey.id, onBehalfOfAuthorityId: lambeth, answers } }, { as: officer.id });
    const unknownQuestion = await respond([{ questionId: '00000000-0000-4000-8000-000000000000', yesNo: true }]);
    expect(unknownQuestion.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'answers.0.questionId' });
    const wrongType = await respond([{ questionId: survey.questions[0].id, text: 'yes' }, { questionId: survey.questions[1].id, choice: 'Both' }]);
    expect(wrongType.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ANSWER', field: 'answers.0.text' });
    const notAnOption = await respond([{ questionId: survey.questions[0].id, yesNo: true }, { questionId: survey.questions[1].id, choice: 'Nobody' }]);
    expect(notAnOption.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.1.choice' });
    const offScale = await respond([...answersFor(survey.questions, true), { questionId: survey.questions[2].id, scale: 9 }]);
    expect(offScale.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.2.scale' });
    const missing = await respond([{ questionId: survey.questions[0].id, yesNo: true }]);
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_REQUIRED', field: 'answers' });
    expect(missing.message).toContain('Whom do you exempt?');
    const twice = await respond([...answersFor(survey.questions, true), { questionId: survey.questions[0].id, yesNo: false }]);
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.2.questionId' });
    const notUuid = await respond([{ questionId: 'q1', yesNo: true }]);
    expect(notUuid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.0.questionId' });
    const unknownConsultation = await t.fails(`query { consultation(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, as);
    expect(unknownConsultation.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lists consultations by state, House, proposal and audience, with cursors, in a bounded number of statements', async () => {
    const health = await bodyByCode(t.dataSource, 'HOUSE_HEALTH');
    await createConsultation(t.dataSource, { houseCode: 'HOUSE_HEALTH', title: 'Scheduled', opensAt: inDays(2), closesAt: inDays(9) });
    await createConsultation(t.dataSource, { houseCode: 'HOUSE_HEALTH', title: 'Closed', opensAt: inDays(-9), closesAt: inDays(-2) });
    for (let i = 0; i < 3; i++) {
      await createConsultation(t.dataSource, { houseCode: 'HOUSE_HEALTH', title: `Open ${i}`, audience: ConsultationAudience.PARTNERS, questions: [{ kind: QuestionKind.YES_NO }] });
    }
    const LIST = `query($filter: ConsultationFilterInput, $first: Int, $after: String) {
      consultations(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { title state house { code } questions { prompt results { answered } } tally { total } tallyHiddenReason myVote { choice }
          responseSummary { totalResponses respondedAuthorities notRespondedAuthorities { name } } } }
      }
    }`;
    const titles = async (filter: Record<string, unknown>) =>
      ((await t.ok(LIST, { filter, first: 50 }, { as: chairs.youngPerson.id })).consultations.edges as { node: { title: string } }[]).map((e) => e.node.title).sort();
    expect(await titles({ houseId: health.id, state: 'SCHEDULED' })).toEqual(['Scheduled']);
    expect(await titles({ houseId: health.id, state: 'CLOSED' })).toEqual(['Closed']);
    expect(await titles({ houseId: health.id, state: 'OPEN' })).toEqual(['Open 0', 'Open 1', 'Open 2']);
    expect(await titles({ houseId: health.id, audience: 'PARTNERS' })).toEqual(['Open 0', 'Open 1', 'Open 2']);
    const proposal = await createProposal(t.dataSource, 'HOUSE_HEALTH', { status: ProposalStatus.IN_CONSULTATION });
    await createConsultation(t.dataSource, { houseCode: 'HOUSE_HEALTH', proposalId: proposal.id, title: 'On the proposal', audience: ConsultationAudience.CICC, tallyVisibility: TallyVisibility.ALWAYS });
    expect(await titles({ proposalId: proposal.id })).toEqual(['On the proposal']);

    const page1 = await t.ok(LIST, { filter: { houseId: health.id }, first: 2 }, { as: chairs.youngPerson.id });
    expect(page1.consultations).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    const page2 = await t.ok(LIST, { filter: { houseId: health.id }, first: 10, after: page1.consultations.pageInfo.endCursor }, { as: chairs.youngPerson.id });
    expect(page2.consultations.edges).toHaveLength(4);

    const statements = async (first: number) => {
      const before = t.statementCount();
      await t.ok(LIST, { filter: { houseId: health.id }, first }, { as: chairs.youngPerson.id });
      return t.statementCount() - before;
    };
    // The first three include a CiCC vote and questions, so every loader runs in both.
    expect(await statements(6)).toBe(await statements(3));
  });
});
