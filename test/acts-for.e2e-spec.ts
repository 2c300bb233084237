import { Clock } from '@app/core';
import { AccessService, actsForSql, partiesActedFor, Role, roleHoldersSql } from '@app/access';
import { ConsultationAudience, QuestionKind } from '@app/consultations';
import { MembershipRole, PersonEntity } from '@app/governance';
import { NotificationsService } from '@app/notifications';
import { DEFAULT_REMINDER_SETTINGS, isDirector, RemindersService } from '@app/reminders';
import {
  addMembership,
  authorityByShortCode,
  createConsultation,
  createPerson,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const RESPOND = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced message response { id } } }`;
const RESPONSES = `query($id: ID!) { responses(consultationId: $id) { edges { node {
  respondent { id } onBehalfOfAuthority { shortCode } onBehalfOfArea { code } onBehalfOfOrganisation { code } answers { yesNo } } } } }`;

/**
 * Who acts for a local authority, an ICS area or a partner is one rule (actsFor in @app/access):
 * answering consultations for it, changing its agreements and being reminded of what it owes all
 * follow it, and the SQL the reminders and digests run is generated from the same definition.
 */
describe('acting for an LA, an ICS area or a partner: one rule everywhere', () => {
  let t: TestApp;
  let ids: { lam: string; crd: string; ncl: string; nel: string; tfl: string };
  let chairs: { youngPerson: PersonEntity; sectorLead: PersonEntity };
  let lamOfficer: PersonEntity;
  let crdByGrant: PersonEntity;
  let youngFromLambeth: PersonEntity;
  let nclOfficer: PersonEntity;
  let nclByGrant: PersonEntity;
  let tflOfficer: PersonEntity;

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    const code = async (table: string, value: string) => (await ds.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE code = $1`, [value]))[0].id;
    ids = {
      lam: (await authorityByShortCode(ds, 'lam')).id,
      crd: (await authorityByShortCode(ds, 'crd')).id,
      ncl: await code('area', 'NCL'),
      nel: await code('area', 'NEL'),
      tfl: await code('organisation', 'GLA_TFL'),
    };
    chairs = await seatCoChairs(ds, 'HOUSE_HOUSING');
    lamOfficer = await createRepresentative(ds, { authority: 'lam' });
    crdByGrant = await createPerson(ds, { displayName: 'Croydon deputy' });
    await grantRoleDirectly(ds, crdByGrant.id, Role.LA_OFFICER, { authority: ids.crd });
    // A young person's CiCC membership records the LA they come from.
    youngFromLambeth = await createPerson(ds, { careExperienced: true, birthMonth: '2010-01-01', homeAuthorityId: ids.lam });
    await addMembership(ds, youngFromLambeth.id, 'CICC', MembershipRole.MEMBER, { representsAuthorityId: ids.lam });
    nclOfficer = await createRepresentative(ds, { area: 'NCL', bodyCode: 'TRUST_BOARD' });
    nclByGrant = await createPerson(ds, { displayName: 'NCL deputy' });
    await grantRoleDirectly(ds, nclByGrant.id, Role.PARTNER_OFFICER, { area: ids.ncl });
    tflOfficer = await createRepresentative(ds, { organisation: 'GLA_TFL' });
  });
  afterAll(() => t.close());

  const survey = async (audience: ConsultationAudience, closesAt = new Date(Date.now() + 7 * DAY)) =>
    (await createConsultation(t.dataSource, { audience, title: `${audience} survey ${Math.random()}`, closesAt, questions: [{ kind: QuestionKind.YES_NO }] }));

  it('a CiCC member recorded with their home LA cannot answer for that LA, nor overwrite its answer', async () => {
    const { consultation, questions } = await survey(ConsultationAudience.LOCAL_AUTHORITIES);
    const input = (yesNo: boolean) => ({ consultationId: consultation.id, onBehalfOfAuthorityId: ids.lam, answers: [{ questionId: questions[0].id, yesNo }] });
    await t.ok(RESPOND, { input: input(true) }, { as: lamOfficer.id });

    const refused = await t.fails(RESPOND, { input: input(false) }, { as: youngFromLambeth.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOES_NOT_REPRESENT_AUTHORITY', field: 'onBehalfOfAuthorityId' });
    expect(refused.message).toContain('a CiCC membership does not');

    const { responses } = await t.ok(RESPONSES, { id: consultation.id }, { as: chairs.sectorLead.id });
    expect(responses.edges.map((e: any) => e.node)).toEqual([
      { respondent: { id: lamOfficer.id }, onBehalfOfAuthority: { shortCode: 'lam' }, onBehalfOfArea: null, onBehalfOfOrganisation: null, answers: [{ yesNo: true }] },
    ]);
  });

  it('an LA officer by grant answers for their LA, and only theirs, and is told whom they can answer for', async () => {
    const { consultation, questions } = await survey(ConsultationAudience.HOUSING_DIRECTORS);
    const answers = [{ questionId: questions[0].id, yesNo: true }];
    const done = await t.ok(RESPOND, { input: { consultationId: consultation.id, onBehalfOfAuthorityId: ids.crd, answers } }, { as: crdByGrant.id });
    expect(done.respondToConsultation).toMatchObject({ replaced: false, message: "Thank you: Croydon's response is recorded." });

    const sideways = await t.fails(RESPOND, { input: { consultationId: consultation.id, onBehalfOfAuthorityId: ids.lam, answers } }, { as: crdByGrant.id });
    expect(sideways.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOES_NOT_REPRESENT_AUTHORITY' });
    expect(sideways.message).toContain('You can answer for Croydon.');
    const missing = await t.fails(RESPOND, { input: { consultationId: consultation.id, answers } }, { as: crdByGrant.id });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTHORITY_REQUIRED', field: 'onBehalfOfAuthorityId' });
  });

  it('an ICS officer answers a partner consultation for their ICS; another who acts for it replaces that answer; nobody answers for a party they do not act for', async () => {
    const { consultation, questions } = await survey(ConsultationAudience.PARTNERS);
    const input = (party: Record<string, string>, yesNo: boolean) => ({ consultationId: consultation.id, ...party, answers: [{ questionId: questions[0].id, yesNo }] });

    const first = await t.ok(RESPOND, { input: input({ onBehalfOfAreaId: ids.ncl }, true) }, { as: nclOfficer.id });
    expect(first.respondToConsultation.message).toBe("Thank you: North Central London's response is recorded.");
    const second = await t.ok(RESPOND, { input: input({ onBehalfOfAreaId: ids.ncl }, false) }, { as: nclByGrant.id });
    expect(second.respondToConsultation).toMatchObject({ replaced: true, message: "This replaces North Central London's earlier response." });
    await t.ok(RESPOND, { input: input({ onBehalfOfOrganisationId: ids.tfl }, true) }, { as: tflOfficer.id });

    const otherArea = await t.fails(RESPOND, { input: input({ onBehalfOfAreaId: ids.nel }, true) }, { as: nclOfficer.id });
    expect(otherArea.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOES_NOT_REPRESENT_PARTNER', field: 'onBehalfOfAreaId' });
    const laOfficer = await t.fails(RESPOND, { input: input({ onBehalfOfOrganisationId: ids.tfl }, true) }, { as: lamOfficer.id });
    expect(laOfficer.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOES_NOT_REPRESENT_PARTNER' });
    const noParty = await t.fails(RESPOND, { input: input({}, true) }, { as: nclOfficer.id });
    expect(noParty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PARTNER_REQUIRED' });
    const two = await t.fails(RESPOND, { input: input({ onBehalfOfAreaId: ids.ncl, onBehalfOfOrganisationId: ids.tfl }, true) }, { as: nclOfficer.id });
    expect(two.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONE_PARTY_ONLY' });

    const { responses } = await t.ok(RESPONSES, { id: consultation.id }, { as: chairs.sectorLead.id });
    expect(responses.edges.map((e: any) => e.node)).toEqual([
      { respondent: { id: nclByGrant.id }, onBehalfOfAuthority: null, onBehalfOfArea: { code: 'NCL' }, onBehalfOfOrganisation: null, answers: [{ yesNo: false }] },
      { respondent: { id: tflOfficer.id }, onBehalfOfAuthority: null, onBehalfOfArea: null, onBehalfOfOrganisation: { code: 'GLA_TFL' }, answers: [{ yesNo: true }] },
    ]);
  });

  it('announcements and closing reminders reach exactly those who may answer for a party that has not answered, read where they would read them', async () => {
    const reminders = new RemindersService(t.txHost, t.app.get(NotificationsService), t.app.get(Clock), DEFAULT_REMINDER_SETTINGS);
    const now = new Date(Date.now() + HOUR);
    const la = await survey(ConsultationAudience.LOCAL_AUTHORITIES, new Date(now.getTime() + 2 * DAY));
    const partners = await survey(ConsultationAudience.PARTNERS, new Date(now.getTime() + 2 * DAY));
    await reminders.consultationOpened(la.consultation.id, now);
    await reminders.consultationOpened(partners.consultation.id, now);
    await t.ok(RESPOND, { input: { consultationId: la.consultation.id, onBehalfOfAuthorityId: ids.crd, answers: [{ questionId: la.questions[0].id, yesNo: true }] } }, { as: crdByGrant.id });
    await t.ok(
      RESPOND,
      { input: { consultationId: partners.consultation.id, onBehalfOfOrganisationId: ids.tfl, answers: [{ questionId: partners.questions[0].id, yesNo: true }] } },
      { as: tflOfficer.id },
    );
    await reminders.consultationsClosing(now);

    /** The notifications about a consultation a person reads in the app: "opened" and "closing" kinds. */
    const heard = async (person: PersonEntity, consultationId: string) => {
      const { myNotifications } = await t.ok(`{ myNotifications(first: 100) { edges { node { kind link } } } }`, {}, { as: person.id });
      return myNotifications.edges
        .map((e: any) => e.node)
        .filter((n: any) => n.link?.includes(consultationId))
        .map((n: any) => n.kind)
        .sort();
    };
    expect(await heard(lamOfficer, la.consultation.id)).toEqual(['CONSULTATION_CLOSING', 'CONSULTATION_OPENED']);
    expect(await heard(crdByGrant, la.consultation.id)).toEqual(['CONSULTATION_OPENED']);
    expect(await heard(youngFromLambeth, la.consultation.id)).toEqual([]);
    expect(await heard(nclOfficer, la.consultation.id)).toEqual([]);

    expect(await heard(nclOfficer, partners.consultation.id)).toEqual(['CONSULTATION_CLOSING', 'CONSULTATION_OPENED']);
    expect(await heard(nclByGrant, partners.consultation.id)).toEqual(['CONSULTATION_CLOSING', 'CONSULTATION_OPENED']);
    expect(await heard(tflOfficer, partners.consultation.id)).toEqual(['CONSULTATION_OPENED']);
    expect(await heard(lamOfficer, partners.consultation.id)).toEqual([]);
  });

  it('the SQL behind reminders, digests and notices names, person by person, the roles and parties rolesOf and actsFor do', async () => {
    const ds = t.dataSource;
    const observer = await createRepresentative(ds, { area: 'NEL', bodyCode: 'TRUST_BOARD' });
    await ds.query(`UPDATE membership SET role = 'OBSERVER' WHERE person_id = $1`, [observer.id]);
    const board = await createPerson(ds);
    await addMembership(ds, board.id, 'TRUST_BOARD', MembershipRole.ADVISER);
    const aldcs = await createPerson(ds);
    await grantRoleDirectly(ds, aldcs.id, Role.ALDCS_VIEWER);
    const ended = await createRepresentative(ds, { authority: 'hck' });
    await ds.query(`UPDATE membership SET ended_at = now() WHERE person_id = $1`, [ended.id]);
    const revoked = await createPerson(ds);
    const grant = await grantRoleDirectly(ds, revoked.id, Role.LA_OFFICER, { authority: ids.lam });
    await ds.query(`UPDATE role_grant SET revoked_at = now() WHERE id = $1`, [grant]);
    const people = [chairs.youngPerson, chairs.sectorLead, lamOfficer, crdByGrant, youngFromLambeth, nclOfficer, nclByGrant, tflOfficer, observer, board, aldcs, ended, revoked];

    const access = t.app.get(AccessService);
    const key = (role: string, scope: string | null) => `${role}${scope ? `@${scope}` : ''}`;
    for (const person of people) {
      const roles = await access.rolesOf(person.id);
      const fromSql = await ds.query<{ role: string; scope_id: string | null }[]>(`SELECT role, scope_id FROM (${roleHoldersSql()}) h WHERE h.person_id = $1`, [person.id]);
      expect({ person: person.id, roles: [...new Set(fromSql.map((r) => key(r.role, r.scope_id)))].sort() }).toEqual({
        person: person.id,
        roles: [...new Set(roles.map((a) => key(a.role, a.scope?.id ?? null)))].sort(),
      });
      const acting = await ds.query<{ id: string }[]>(`SELECT coalesce(authority_id, area_id, organisation_id) AS id FROM (${actsForSql()}) o WHERE o.person_id = $1`, [person.id]);
      expect({ person: person.id, acting: acting.map((r) => r.id).sort() }).toEqual({ person: person.id, acting: partiesActedFor(roles).map((p) => p.id).sort() });
      const director = roles.some((a) => a.role === Role.ALDCS_VIEWER || a.role === Role.TRUST_BOARD_MEMBER);
      expect({ person: person.id, director: await isDirector(ds.manager, person.id) }).toEqual({ person: person.id, director });
    }
    // The cases this covers, so that the comparison above cannot pass by having nobody in it.
    expect(partiesActedFor(await access.rolesOf(youngFromLambeth.id))).toEqual([]);
    expect(partiesActedFor(await access.rolesOf(observer.id))).toEqual([{ kind: 'AREA', id: (await ds.query(`SELECT id FROM area WHERE code = 'NEL'`))[0].id }]);
    expect(await isDirector(ds.manager, board.id)).toBe(true);
    expect(await isDirector(ds.manager, aldcs.id)).toBe(true);
    expect(await isDirector(ds.manager, observer.id)).toBe(false);
    expect(partiesActedFor(await access.rolesOf(ended.id))).toEqual([]);
    expect(partiesActedFor(await access.rolesOf(revoked.id))).toEqual([]);
  });

  it('myParties lists, person by person, exactly the parties actsFor says they act for; myHouses the Houses they co-chair', async () => {
    const ds = t.dataSource;
    const houseChair = await createPerson(ds, { displayName: 'Health co-chair by grant' });
    const health = (await ds.query<{ id: string }[]>(`SELECT id FROM body WHERE code = 'HOUSE_HEALTH'`))[0].id;
    await grantRoleDirectly(ds, houseChair.id, Role.HOUSE_CO_CHAIR, { body: health });
    const MINE = `{ myParties { id kind name } myHouses { id name } }`;
    const expected: [PersonEntity, { id: string; kind: string }[], string[]][] = [
      [lamOfficer, [{ id: ids.lam, kind: 'LOCAL_AUTHORITY' }], []],
      [crdByGrant, [{ id: ids.crd, kind: 'LOCAL_AUTHORITY' }], []],
      [youngFromLambeth, [], []],
      [nclOfficer, [{ id: ids.ncl, kind: 'ICS_AREA' }], []],
      [nclByGrant, [{ id: ids.ncl, kind: 'ICS_AREA' }], []],
      [tflOfficer, [{ id: ids.tfl, kind: 'ORGANISATION' }], []],
      [chairs.youngPerson, [], ['Housing']],
      [chairs.sectorLead, [], ['Housing']],
      [houseChair, [], ['Health']],
    ];
    const access = t.app.get(AccessService);
    for (const [person, parties, houses] of expected) {
      const mine = await t.ok(MINE, {}, { as: person.id });
      // The same parties as the rule the operations apply, named.
      expect({ who: person.displayName, parties: mine.myParties.map((p: { id: string; kind: string }) => ({ id: p.id, kind: p.kind })) }).toEqual({ who: person.displayName, parties });
      expect(partiesActedFor(await access.rolesOf(person.id)).map((p) => p.id)).toEqual(parties.map((p) => p.id));
      expect(mine.myParties.every((p: { name: string }) => p.name.length > 0)).toBe(true);
      expect({ who: person.displayName, houses: mine.myHouses.map((h: { name: string }) => h.name.replace(/^House of /, '').replace(/ House$/, '')) }).toEqual({
        who: person.displayName,
        houses: houses.map((h) => expect.stringContaining(h)),
      });
    }
    const anonymous = await t.fails(MINE, {});
    expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
