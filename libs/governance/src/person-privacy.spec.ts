import { DEFAULT_TIME_ZONE, ProgrammeCalendar } from '@app/core';
import { ciccMemberLabel, FORMER_CICC_MEMBER, mayFilterByCareExperience, PersonPrivacyFacts, PersonViewer, showPerson } from './person-privacy';

const today = new ProgrammeCalendar(DEFAULT_TIME_ZONE).yearMonthOf(new Date('2025-06-15T12:00:00Z'));
const young: PersonPrivacyFacts = {
  id: 'yp',
  displayName: 'Jordan Ade',
  email: 'jordan@example.org',
  birthMonth: '2008-09-01', // 16
  careExperienced: true,
  homeAuthorityId: 'lam',
  homeAuthorityName: 'Lambeth',
  houseIds: ['housing'],
  formerCiccMember: false,
};
const adult: PersonPrivacyFacts = { ...young, id: 'ad', displayName: 'Priya Shah', email: 'priya@example.org', birthMonth: '1980-01-01', careExperienced: false, houseIds: [] };
const hidden = { birthMonth: null, under18: null, careExperienced: null, homeAuthorityId: null };
const viewer = (over: Partial<PersonViewer> = {}): PersonViewer => ({ personId: 'someone', programmeAdmin: false, coChairOf: [], ...over });

describe('how a person appears (showPerson)', () => {
  it('hides an under-18 member behind "CiCC member (<home LA>)" from ordinary viewers, with no email or birth month', () => {
    expect(showPerson(viewer(), young, today)).toEqual({ displayName: 'CiCC member (Lambeth)', email: null, ...hidden, masked: true });
    expect(showPerson({ personId: null, programmeAdmin: false, coChairOf: [] }, young, today).displayName).toBe('CiCC member (Lambeth)');
    expect(ciccMemberLabel(null)).toBe('CiCC member');
  });

  it("shows the name and personal details to the co-chairs of the young person's own House, but not the email", () => {
    expect(showPerson(viewer({ coChairOf: ['housing'] }), young, today)).toEqual({
      displayName: 'Jordan Ade',
      email: null,
      birthMonth: '2008-09-01',
      under18: true,
      careExperienced: true,
      homeAuthorityId: 'lam',
      masked: false,
    });
    expect(showPerson(viewer({ coChairOf: ['health'] }), young, today).masked).toBe(true);
  });

  it('shows the name, not the email, to safeguarding leads, who must know whom a concern is about', () => {
    expect(showPerson(viewer({ safeguardingLead: true }), young, today)).toMatchObject({ displayName: 'Jordan Ade', email: null, masked: false });
  });

  it('shows everything to programme admins and to the person themself', () => {
    expect(showPerson(viewer({ programmeAdmin: true }), young, today)).toMatchObject({ displayName: 'Jordan Ade', email: 'jordan@example.org' });
    expect(showPerson(viewer({ personId: 'yp' }), young, today)).toMatchObject({ displayName: 'Jordan Ade', email: 'jordan@example.org' });
  });

  it('shows adults by name, but their email only to admins and themselves, and their personal details as a young person\'s', () => {
    expect(showPerson(viewer(), adult, today)).toEqual({ displayName: 'Priya Shah', email: null, ...hidden, masked: false });
    expect(showPerson(viewer({ programmeAdmin: true }), adult, today)).toEqual({
      displayName: 'Priya Shah',
      email: 'priya@example.org',
      birthMonth: '1980-01-01',
      under18: false,
      careExperienced: false,
      homeAuthorityId: 'lam',
      masked: false,
    });
    expect(showPerson(viewer({ safeguardingLead: true }), adult, today)).toMatchObject({ email: null, birthMonth: '1980-01-01', careExperienced: false });
    expect(showPerson(viewer({ coChairOf: ['housing'] }), { ...adult, houseIds: ['housing'] }, today)).toMatchObject({ birthMonth: '1980-01-01', under18: false });
    expect(showPerson(viewer({ coChairOf: ['housing'] }), adult, today)).toMatchObject(hidden);
  });

  it('shows someone who left the CiCC as a former member, except to admins and themselves', () => {
    const former = { ...adult, formerCiccMember: true };
    expect(showPerson(viewer(), former, today)).toMatchObject({ displayName: FORMER_CICC_MEMBER, masked: true, email: null });
    expect(showPerson(viewer({ programmeAdmin: true }), former, today).displayName).toBe('Priya Shah');
    expect(showPerson(viewer({ personId: 'ad' }), former, today).displayName).toBe('Priya Shah');
  });

  it('shows someone whose data was erased under the pseudonym that replaced their name, to everyone', () => {
    const erased = { ...adult, displayName: 'Erased person', formerCiccMember: true, erased: true };
    expect(showPerson(viewer(), erased, today)).toMatchObject({ displayName: 'Erased person', masked: false });
  });

  it('shows a young person under 18 who left the CiCC as a former member too, not as a CiCC member', () => {
    const former = { ...young, houseIds: [], formerCiccMember: true };
    expect(showPerson(viewer(), former, today)).toEqual({ displayName: FORMER_CICC_MEMBER, email: null, birthMonth: null, under18: null, careExperienced: null, homeAuthorityId: null, masked: true });
    expect(showPerson(viewer({ safeguardingLead: true }), former, today).displayName).toBe('Jordan Ade');
  });

  it('an 18-year-old (born this month 18 years ago) is shown by name', () => {
    expect(showPerson(viewer(), { ...young, birthMonth: '2007-06-01' }, today).masked).toBe(false);
  });
});

describe('who may look for people by care experience', () => {
  it('programme admins and safeguarding leads anywhere; a House co-chair among their own House only; nobody else', () => {
    expect(mayFilterByCareExperience(viewer({ programmeAdmin: true }), null)).toBe(true);
    expect(mayFilterByCareExperience(viewer({ safeguardingLead: true }), null)).toBe(true);
    expect(mayFilterByCareExperience(viewer({ coChairOf: ['housing'] }), 'housing')).toBe(true);
    expect(mayFilterByCareExperience(viewer({ coChairOf: ['housing'] }), 'health')).toBe(false);
    expect(mayFilterByCareExperience(viewer({ coChairOf: ['housing'] }), null)).toBe(false);
    expect(mayFilterByCareExperience(viewer(), null)).toBe(false);
  });
});
