import { ConsultationAudience, QuestionKind } from '@app/consultations';
import { authorityByShortCode, createAuthorityOfficer, createCiccMember, createConsultation, createPerson, startTestApp, TestApp } from '@app/testing';

const RESPONDS_FOR = `query($id: ID!) {
  consultation(id: $id) {
    viewerCan { respond }
    viewerRespondsFor { name onBehalfOfAuthorityId onBehalfOfAreaId onBehalfOfOrganisationId response { id answers { questionId yesNo text } } }
  }
}`;
const RESPOND = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { response { id } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

describe('Whom a person may answer a consultation for, with the response kept for it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives an LA officer their LA, with the answers any officer of that LA last gave', async () => {
    const { consultation, questions } = await createConsultation(t.dataSource, {
      questions: [{ kind: QuestionKind.YES_NO }, { kind: QuestionKind.FREE_TEXT, required: false }],
    });
    const lambeth = await authorityByShortCode(t.dataSource, 'lam');
    const [first, second] = [await createAuthorityOfficer(t.dataSource, 'lam'), await createAuthorityOfficer(t.dataSource, 'lam')];

    const before = await t.ok(RESPONDS_FOR, { id: consultation.id }, { as: second.id });
    expect(before.consultation).toEqual({
      viewerCan: { respond: true },
      viewerRespondsFor: [{ name: 'Lambeth', onBehalfOfAuthorityId: lambeth.id, onBehalfOfAreaId: null, onBehalfOfOrganisationId: null, response: null }],
    });

    const answers = [
      { questionId: questions[0].id, yesNo: true },
      { questionId: questions[1].id, text: 'Agreed at cabinet.' },
    ];
    const sent = await t.ok(RESPOND, { input: { consultationId: consultation.id, onBehalfOfAuthorityId: lambeth.id, answers } }, { as: first.id });
    const after = await t.ok(RESPONDS_FOR, { id: consultation.id }, { as: second.id });
    expect(after.consultation.viewerRespondsFor[0].response).toEqual({
      id: sent.respondToConsultation.response.id,
      answers: [
        { questionId: questions[0].id, yesNo: true, text: null },
        { questionId: questions[1].id, yesNo: null, text: 'Agreed at cabinet.' },
      ],
    });

    // Another LA's officer sees only their own LA, with nothing kept for it yet.
    const croydon = await t.ok(RESPONDS_FOR, { id: consultation.id }, { as: (await createAuthorityOfficer(t.dataSource, 'crd')).id });
    expect(croydon.consultation.viewerRespondsFor).toEqual([expect.objectContaining({ name: 'Croydon', response: null })]);
  });

  it('is empty for someone outside the audience, and before the consultation opens or after it closes', async () => {
    const open = await createConsultation(t.dataSource, { questions: [{ kind: QuestionKind.YES_NO }] });
    const outsider = await t.ok(RESPONDS_FOR, { id: open.consultation.id }, { as: (await createPerson(t.dataSource)).id });
    expect(outsider.consultation).toEqual({ viewerCan: { respond: false }, viewerRespondsFor: [] });

    const officer = await createAuthorityOfficer(t.dataSource, 'swr');
    const scheduled = await createConsultation(t.dataSource, { opensAt: inDays(3), closesAt: inDays(10), questions: [{ kind: QuestionKind.YES_NO }] });
    const closed = await createConsultation(t.dataSource, { opensAt: inDays(-10), closesAt: inDays(-1), questions: [{ kind: QuestionKind.YES_NO }] });
    for (const c of [scheduled, closed]) {
      const data = await t.ok(RESPONDS_FOR, { id: c.consultation.id }, { as: officer.id });
      expect(data.consultation.viewerRespondsFor).toEqual([]);
    }
  });

  it('gives a CiCC member themself, with their own earlier answer only', async () => {
    const { consultation, questions } = await createConsultation(t.dataSource, { audience: ConsultationAudience.CICC, questions: [{ kind: QuestionKind.YES_NO }] });
    const [member, other] = [await createCiccMember(t.dataSource), await createCiccMember(t.dataSource)];
    await t.ok(RESPOND, { input: { consultationId: consultation.id, answers: [{ questionId: questions[0].id, yesNo: false }] } }, { as: member.id });

    const own = await t.ok(RESPONDS_FOR, { id: consultation.id }, { as: member.id });
    expect(own.consultation.viewerRespondsFor).toEqual([
      {
        name: 'Yourself',
        onBehalfOfAuthorityId: null,
        onBehalfOfAreaId: null,
        onBehalfOfOrganisationId: null,
        response: { id: expect.any(String), answers: [{ questionId: questions[0].id, yesNo: false, text: null }] },
      },
    ]);
    const theirs = await t.ok(RESPONDS_FOR, { id: consultation.id }, { as: other.id });
    expect(theirs.consultation.viewerRespondsFor).toEqual([expect.objectContaining({ name: 'Yourself', response: null })]);
  });

  it('answers for a list of consultations in the same number of statements, however long', async () => {
    const officer = await createAuthorityOfficer(t.dataSource, 'hck');
    const hackney = await authorityByShortCode(t.dataSource, 'hck');
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await createConsultation(t.dataSource, { houseCode: 'HOUSE_FINANCE', title: `Listed ${i}`, questions: [{ kind: QuestionKind.YES_NO }] }));
    await t.ok(RESPOND, { input: { consultationId: made[1].consultation.id, onBehalfOfAuthorityId: hackney.id, answers: [{ questionId: made[1].questions[0].id, yesNo: true }] } }, { as: officer.id });
    const LIST = `query($first: Int) { consultations(filter: { state: OPEN }, first: $first) { edges { node { title viewerRespondsFor { name response { id } } } } } }`;
    const listed = await t.ok(LIST, { first: 100 }, { as: officer.id });
    const byTitle = new Map((listed.consultations.edges as { node: { title: string; viewerRespondsFor: { name: string; response: { id: string } | null }[] } }[]).map((e) => [e.node.title, e.node.viewerRespondsFor]));
    expect(byTitle.get('Listed 1')).toEqual([{ name: 'Hackney', response: { id: expect.any(String) } }]);
    expect(byTitle.get('Listed 2')).toEqual([{ name: 'Hackney', response: null }]);
    const statements = async (first: number) => {
      const before = t.statementCount();
      await t.ok(LIST, { first }, { as: officer.id });
      return t.statementCount() - before;
    };
    expect(await statements(4)).toBe(await statements(2));
  });
});
