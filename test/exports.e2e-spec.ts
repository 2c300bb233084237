import { AgreementsService } from '@app/agreements';
import { Role } from '@app/access';
import { ConsultationAudience, QuestionKind } from '@app/consultations';
import { MembershipRole } from '@app/governance';
import { DeliveryModel, ProposalStatus } from '@app/proposals';
import {
  addMembership,
  agreementsByPartyCode,
  bodyByCode,
  createCiccMember,
  createConsultation,
  createPerson,
  createProposal,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';
import { download, rowsOf } from './support/downloads';

const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id } } }`;
const RESPOND = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { response { id } } }`;
const TODAY = new Date().toISOString().slice(0, 10);

describe('CSV exports for board papers', () => {
  let t: TestApp;
  let officer: { id: string; displayName: string };
  let nobody: string;
  let councilTax: string;
  let formula: string;
  let prescriptions: string;

  const get = (path: string, as?: string) => download(t, path, as);


  beforeAll(async () => {
    t = await startTestApp();
    officer = await createRepresentative(t.dataSource, { authority: 'lam' });
    nobody = (await createPerson(t.dataSource)).id;
    const open = async (overrides: Parameters<typeof createProposal>[2]) => {
      const p = await createProposal(t.dataSource, 'HOUSE_FINANCE', { ...overrides, status: ProposalStatus.ENDORSED });
      await t.app.get(AgreementsService).openAgreements(p.id);
      return p.id;
    };
    councilTax = await open({ title: 'Council tax exemption to 25' });
    formula = await open({ title: '=HYPERLINK("http://example.org","Click")' });
    prescriptions = await open({ title: 'Free prescriptions', deliveryModel: DeliveryModel.EACH_ICS_AREA });
    const lam = (await agreementsByPartyCode(t.dataSource, councilTax)).lam;
    await t.ok(
      SET,
      { input: { agreementId: lam.id, status: 'IMPLEMENTED', reciprocity: 'BOTH', effectiveDate: '2024-04-01', expectedVersion: lam.version } },
      { as: officer.id },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /exports/agreement-matrix.csv', () => {
    it('downloads one row per proposal × party as a dated CSV file that parses back', async () => {
      const res = await get('/exports/agreement-matrix.csv', officer.id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="agreement-matrix-${TODAY}.csv"`);
      expect(res.headers['cache-control']).toBe('no-store');
      const rows = rowsOf(res.text);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM agreement_status`);
      expect(rows).toHaveLength(count);
      expect(Object.keys(rows[0])).toEqual([
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
      ]);
      const lambeth = rows.find((r) => r['Proposal id'] === councilTax && r['Party code'] === 'lam');
      expect(lambeth).toMatchObject({
        Proposal: 'Council tax exemption to 25',
        'Proposal status': 'ENDORSED',
        'Party kind': 'LOCAL_AUTHORITY',
        Party: 'Lambeth',
        Status: 'IMPLEMENTED',
        Reciprocity: 'BOTH',
        'Effective date': '2024-04-01',
        'Re-confirmation needed': 'No',
        'Changed by': officer.displayName,
      });
      expect(lambeth!['Last changed']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });

    it('escapes values a spreadsheet would run as formulas', async () => {
      const rows = rowsOf((await get(`/exports/agreement-matrix.csv?proposalIds=${formula}`, officer.id)).text);
      expect(rows).toHaveLength(33);
      expect(new Set(rows.map((r) => r.Proposal))).toEqual(new Set(['\'=HYPERLINK("http://example.org","Click")']));
    });

    it('takes the same filters as the GraphQL matrix, from the query string', async () => {
      const implemented = rowsOf((await get('/exports/agreement-matrix.csv?partyKind=LOCAL_AUTHORITY&statuses=IMPLEMENTED,DECLINED', officer.id)).text);
      expect(implemented.map((r) => [r['Proposal id'], r['Party code']])).toEqual([[councilTax, 'lam']]);

      const two = rowsOf((await get(`/exports/agreement-matrix.csv?proposalIds=${councilTax}&proposalIds=${prescriptions}&partyKind=ICS_AREA`, officer.id)).text);
      expect(new Set(two.map((r) => r['Proposal id']))).toEqual(new Set([prescriptions]));
      expect(two.map((r) => r['Party kind'])).toEqual(Array(two.length).fill('ICS_AREA'));

      const house = await bodyByCode(t.dataSource, 'HOUSE_HEALTH');
      expect(rowsOf((await get(`/exports/agreement-matrix.csv?houseId=${house.id}`, officer.id)).text)).toEqual([]);
    });

    it('answers bad filters with 400 and unknown ones with 404, as JSON naming the field', async () => {
      const bad = await get('/exports/agreement-matrix.csv?statuses=IMPLEMENTED,SIGNED', officer.id);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statuses' });
      const unknown = await get('/exports/agreement-matrix.csv?areaId=00000000-0000-4000-8000-000000000000', officer.id);
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.text)).toMatchObject({ code: 'NOT_FOUND', field: 'areaId' });
    });

    it('refuses callers who are not signed in (401) or hold no role that may see the matrix (403), saying why', async () => {
      const anonymous = await get('/exports/agreement-matrix.csv');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(anonymous.text)).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_ACTOR', message: 'Sign in to do this.' });

      const forbidden = await get('/exports/agreement-matrix.csv', nobody);
      expect(forbidden.status).toBe(403);
      const body = JSON.parse(forbidden.text);
      expect(body).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
      expect(body.message).toContain('TRUST_BOARD_MEMBER');

      const badToken = await t.http().get('/exports/agreement-matrix.csv').set('authorization', 'Bearer not-a-token');
      expect(badToken.status).toBe(401);
      expect(badToken.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('GET /exports/consultations/:id/responses.csv', () => {
    let consultationId: string;
    let chairs: Awaited<ReturnType<typeof seatCoChairs>>;

    beforeAll(async () => {
      chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
      const { consultation, questions } = await createConsultation(t.dataSource, {
        houseCode: 'HOUSE_HOUSING',
        title: 'Council tax: who is exempt?',
        questions: [
          { kind: QuestionKind.YES_NO, prompt: 'Do you exempt care leavers from council tax?' },
          { kind: QuestionKind.MULTIPLE_CHOICE, prompt: 'Which care leavers?', options: ['Own care leavers', 'Residents'] },
          { kind: QuestionKind.FREE_TEXT, prompt: 'Anything else?', required: false },
        ],
      });
      consultationId = consultation.id;
      const [yesNo, which, other] = questions;
      const lambeth = (await t.dataSource.query(`SELECT id FROM local_authority WHERE short_code = 'lam'`))[0].id;
      await t.ok(
        RESPOND,
        {
          input: {
            consultationId,
            onBehalfOfAuthorityId: lambeth,
            answers: [
              { questionId: yesNo.id, yesNo: true },
              { questionId: which.id, choices: ['Own care leavers', 'Residents'] },
              { questionId: other.id, text: '=1+1, "quoted", and\na new line' },
            ],
          },
        },
        { as: officer.id },
      );
    });

    it("downloads one row per response with a column per question, for the House's co-chairs", async () => {
      const res = await get(`/exports/consultations/${consultationId}/responses.csv`, chairs.sectorLead.id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="consultation-responses-council-tax-who-is-exempt-${TODAY}.csv"`);
      const rows = rowsOf(res.text);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        'On behalf of': 'Lambeth',
        Respondent: officer.displayName,
        'Do you exempt care leavers from council tax?': 'Yes',
        'Which care leavers?': 'Own care leavers; Residents',
        'Anything else?': '\'=1+1, "quoted", and\na new line',
      });
    });

    it('refuses anyone else: 401 signed out, 403 without the role or for another House, 404 for an unknown consultation', async () => {
      expect((await get(`/exports/consultations/${consultationId}/responses.csv`)).status).toBe(401);
      const noRole = await get(`/exports/consultations/${consultationId}/responses.csv`, officer.id);
      expect(noRole.status).toBe(403);
      expect(JSON.parse(noRole.text)).toMatchObject({ code: 'FORBIDDEN', details: { roles: ['HOUSE_CO_CHAIR', 'PROGRAMME_ADMIN', 'ALDCS_VIEWER', 'TRUST_BOARD_MEMBER'] } });
      const health = await seatCoChairs(t.dataSource, 'HOUSE_HEALTH');
      const otherHouse = await get(`/exports/consultations/${consultationId}/responses.csv`, health.sectorLead.id);
      expect(otherHouse.status).toBe(403);
      expect(JSON.parse(otherHouse.text)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' });
      const unknown = await get('/exports/consultations/00000000-0000-4000-8000-000000000000/responses.csv', chairs.sectorLead.id);
      expect(unknown.status).toBe(404);
      const malformed = await get('/exports/consultations/not-an-id/responses.csv', chairs.sectorLead.id);
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });
  describe("who reads a survey's answers, and when", () => {
    const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state } } }`;
    const RESPONSES = `query($id: ID!) { responses(consultationId: $id) { totalCount edges { node { onBehalfOfAuthority { shortCode } answers { yesNo } } } } }`;
    let readers: Record<string, string>;
    let chairs: Awaited<ReturnType<typeof seatCoChairs>>;

    beforeAll(async () => {
      chairs = await seatCoChairs(t.dataSource, 'HOUSE_TRANSPORT');
      const ete = await seatCoChairs(t.dataSource, 'HOUSE_ETE');
      const admin = await createPerson(t.dataSource);
      await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
      const aldcs = await createPerson(t.dataSource);
      await grantRoleDirectly(t.dataSource, aldcs.id, Role.ALDCS_VIEWER);
      const board = await createPerson(t.dataSource);
      await addMembership(t.dataSource, board.id, 'TRUST_BOARD', MembershipRole.MEMBER);
      const cicc = await createCiccMember(t.dataSource);
      readers = {
        HOUSE_CO_CHAIR: chairs.sectorLead.id,
        PROGRAMME_ADMIN: admin.id,
        ALDCS_VIEWER: aldcs.id,
        TRUST_BOARD_MEMBER: board.id,
        OTHER_HOUSE_CO_CHAIR: ete.sectorLead.id,
        LA_OFFICER: officer.id,
        CICC_MEMBER: cicc.id,
      };
    });

    /** What each reader gets from the CSV and the GraphQL list: the HTTP status, and the GraphQL code (or OK). */
    async function asEachReader(consultationId: string): Promise<Record<string, [number, string]>> {
      const out: Record<string, [number, string]> = {};
      for (const [reader, id] of Object.entries(readers)) {
        const csv = await get(`/exports/consultations/${consultationId}/responses.csv`, id);
        const gql = await t.gql(RESPONSES, { id: consultationId }, { as: id });
        out[reader] = [csv.status, gql.errors ? `${gql.errors[0].extensions?.code} ${gql.errors[0].extensions?.reason}` : 'OK'];
        if (csv.status === 200) expect(rowsOf(csv.text)).toHaveLength(gql.data!.responses.totalCount);
      }
      return out;
    }

    it("an LA survey's answers are for the House's co-chairs while it runs, and for programme admins and the directors too once it closes", async () => {
      const { consultation, questions } = await createConsultation(t.dataSource, {
        houseCode: 'HOUSE_TRANSPORT',
        title: 'Bus passes: who pays?',
        questions: [{ kind: QuestionKind.YES_NO, prompt: 'Do you fund bus passes?' }],
      });
      const lambeth = (await t.dataSource.query(`SELECT id FROM local_authority WHERE short_code = 'lam'`))[0].id;
      await t.ok(RESPOND, { input: { consultationId: consultation.id, onBehalfOfAuthorityId: lambeth, answers: [{ questionId: questions[0].id, yesNo: true }] } }, { as: officer.id });

      const open = await asEachReader(consultation.id);
      expect(open).toEqual({
        HOUSE_CO_CHAIR: [200, 'OK'],
        PROGRAMME_ADMIN: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
        ALDCS_VIEWER: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
        TRUST_BOARD_MEMBER: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
        OTHER_HOUSE_CO_CHAIR: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
        LA_OFFICER: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
        CICC_MEMBER: [403, 'FORBIDDEN NOT_A_CO_CHAIR'],
      });
      const early = JSON.parse((await get(`/exports/consultations/${consultation.id}/responses.csv`, readers.ALDCS_VIEWER)).text);
      expect(early.message).toContain('programme admins, ALDCS viewers and Trust Board members can read them once it closes');
      expect(early.message).not.toContain('Ask a programme admin');

      await t.ok(CLOSE, { input: { consultationId: consultation.id } }, { as: chairs.sectorLead.id });
      const closed = await asEachReader(consultation.id);
      expect(closed).toEqual({
        HOUSE_CO_CHAIR: [200, 'OK'],
        PROGRAMME_ADMIN: [200, 'OK'],
        ALDCS_VIEWER: [200, 'OK'],
        TRUST_BOARD_MEMBER: [200, 'OK'],
        OTHER_HOUSE_CO_CHAIR: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        LA_OFFICER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        CICC_MEMBER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
      });
      const rows = rowsOf((await get(`/exports/consultations/${consultation.id}/responses.csv`, readers.TRUST_BOARD_MEMBER)).text);
      expect(rows).toEqual([expect.objectContaining({ 'On behalf of': 'Lambeth', 'Do you fund bus passes?': 'Yes' })]);
      // The CSV's roles are only a first filter: an LA officer is refused by the guard, naming who may.
      const guard = JSON.parse((await get(`/exports/consultations/${consultation.id}/responses.csv`, readers.LA_OFFICER)).text);
      expect(guard).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    });

    it("young people's own answers to a CiCC consultation reach programme admins once it closes, never the directors", async () => {
      const { consultation } = await createConsultation(t.dataSource, {
        houseCode: 'HOUSE_TRANSPORT',
        title: 'Travel to college',
        audience: ConsultationAudience.CICC,
        closedAt: new Date(),
        closesAt: new Date(Date.now() + 86_400_000),
      });
      expect(await asEachReader(consultation.id)).toEqual({
        HOUSE_CO_CHAIR: [200, 'OK'],
        PROGRAMME_ADMIN: [200, 'OK'],
        ALDCS_VIEWER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        TRUST_BOARD_MEMBER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        OTHER_HOUSE_CO_CHAIR: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        LA_OFFICER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
        CICC_MEMBER: [403, 'FORBIDDEN RESPONSES_NOT_VISIBLE'],
      });
    });
  });
});
