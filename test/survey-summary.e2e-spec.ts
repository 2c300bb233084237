import { MembershipRole } from '@app/governance';
import { addMembership, bodyByCode, createPerson, createRepresentative, startTestApp, TestApp } from '@app/testing';

const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id body { code } questions { id prompt } } } }`;
const RESPOND = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state } } }`;
const RESULTS = `query($id: ID!) {
  consultation(id: $id) {
    responseSummary { respondedAuthorities totalAuthorities respondedSummary }
    questions { prompt results { answered yes no yesShare noShare yesSummary noSummary } }
  }
}`;

/** The Compact Working Group's survey of London's LAs, early 2022: 28 of 33 answered. */
const SURVEY: [string, number][] = [
  ['Do care leavers have some form of council tax exemption?', 28],
  ['Can care leavers be assessed as intentionally homeless?', 20],
  ['Do care leavers have rent deposit / guarantee support?', 17],
  ['Do care leavers have an additional mentoring offer?', 16],
  ['Do you have a dedicated mental health / wellbeing offer for care leavers?', 20],
  ['Do you offer free or discounted access to leisure centres?', 22],
  ['Do you have an LA apprenticeship offer for care leavers?', 17],
  ['Do you have dedicated skills/pre-employment programmes for care leavers?', 19],
];

describe('The 2022 survey of local authorities, run by the Compact Working Group', () => {
  let t: TestApp;
  let chair: string;
  let consultationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    chair = (await createPerson(t.dataSource)).id;
    await addMembership(t.dataSource, chair, 'COMPACT_WORKING_GROUP', MembershipRole.CHAIR);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is opened by the Working Group’s chair, not only by a House', async () => {
    const group = await bodyByCode(t.dataSource, 'COMPACT_WORKING_GROUP');
    const res = await t.ok(
      OPEN,
      {
        input: {
          bodyId: group.id,
          title: 'Survey of London local authorities: care leaver offers',
          audience: 'LOCAL_AUTHORITIES',
          closesAt: new Date(Date.now() + 14 * 24 * 3600_000).toISOString(),
          questions: SURVEY.map(([prompt]) => ({ kind: 'YES_NO', prompt })),
        },
      },
      { as: chair },
    );
    expect(res.openConsultation.consultation.body.code).toBe('COMPACT_WORKING_GROUP');
    consultationId = res.openConsultation.consultation.id;
  });

  it('says how many of those that answered said yes, labelled as such, beside how many answered', async () => {
    const { consultation } = await t.ok(`query($id: ID!) { consultation(id: $id) { questions { id } } }`, { id: consultationId }, { as: chair });
    const questionIds: string[] = consultation.questions.map((q: { id: string }) => q.id);
    const authorities = await t.dataSource.query<{ id: string; short_code: string }[]>(`SELECT id, short_code FROM local_authority ORDER BY name LIMIT 28`);
    for (const [i, la] of authorities.entries()) {
      const officer = (await createRepresentative(t.dataSource, { authority: la.short_code })).id;
      const answers = SURVEY.map(([, yes], q) => ({ questionId: questionIds[q], yesNo: i < yes }));
      await t.ok(RESPOND, { input: { consultationId, onBehalfOfAuthorityId: la.id, answers } }, { as: officer });
    }
    await t.ok(CLOSE, { input: { consultationId } }, { as: chair });

    const anyone = (await createPerson(t.dataSource)).id;
    const { consultation: results } = await t.ok(RESULTS, { id: consultationId }, { as: anyone });
    expect(results.responseSummary).toEqual({ respondedAuthorities: 28, totalAuthorities: 33, respondedSummary: '28 of 33 local authorities answered (85%)' });
    const byPrompt = Object.fromEntries(results.questions.map((q: { prompt: string; results: unknown }) => [q.prompt, q.results]));
    expect(byPrompt[SURVEY[0][0]]).toEqual({ answered: 28, yes: 28, no: 0, yesShare: 1, noShare: 0, yesSummary: '28 of 28 that answered, 100%', noSummary: '0 of 28 that answered, 0%' });
    expect(byPrompt[SURVEY[1][0]]).toMatchObject({ yes: 20, no: 8, yesSummary: '20 of 28 that answered, 71%', noSummary: '8 of 28 that answered, 29%' });
    // As the briefing printed them: 61%, 57%, 71%, 79%, 61%, 68%.
    expect(SURVEY.slice(2).map(([prompt]) => byPrompt[prompt].yesSummary)).toEqual([
      '17 of 28 that answered, 61%',
      '16 of 28 that answered, 57%',
      '20 of 28 that answered, 71%',
      '22 of 28 that answered, 79%',
      '17 of 28 that answered, 61%',
      '19 of 28 that answered, 68%',
    ]);
    expect(byPrompt[SURVEY[1][0]].yesShare).toBeCloseTo(20 / 28, 12);
  });
});
