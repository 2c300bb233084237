import { AreaKind } from './area.entity';
import { BodyKind, HouseTheme } from './body.entity';
import { OrganisationKind } from './organisation.entity';

/** London's reference data other than the LAs (which come from london-authorities.csv). */

/** Membership loaded from the CSV is taken to start here (ICSs became statutory on 1 July 2022). */
export const AREA_MEMBERSHIP_START = '2022-07-01';

export const AREAS: { kind: AreaKind; code: string; name: string }[] = [
  { kind: AreaKind.ICS_AREA, code: 'NCL', name: 'North Central London' },
  { kind: AreaKind.ICS_AREA, code: 'NEL', name: 'North East London' },
  { kind: AreaKind.ICS_AREA, code: 'NWL', name: 'North West London' },
  { kind: AreaKind.ICS_AREA, code: 'SEL', name: 'South East London' },
  { kind: AreaKind.ICS_AREA, code: 'SWL', name: 'South West London' },
  { kind: AreaKind.SUB_REGION, code: 'CLF', name: 'Central London Forward' },
  { kind: AreaKind.SUB_REGION, code: 'LL', name: 'Local London' },
  { kind: AreaKind.SUB_REGION, code: 'SLP', name: 'South London Partnership' },
  { kind: AreaKind.SUB_REGION, code: 'WLA', name: 'West London Alliance' },
];

export const ORGANISATIONS: { code: string; name: string; kind: OrganisationKind; areaCode?: string }[] = [
  { code: 'GLA_TFL', name: 'Greater London Authority / Transport for London', kind: OrganisationKind.MAYORAL },
  { code: 'ICB_NCL', name: 'NHS North Central London ICB', kind: OrganisationKind.NHS_ICB, areaCode: 'NCL' },
  { code: 'ICB_NEL', name: 'NHS North East London ICB', kind: OrganisationKind.NHS_ICB, areaCode: 'NEL' },
  { code: 'ICB_NWL', name: 'NHS North West London ICB', kind: OrganisationKind.NHS_ICB, areaCode: 'NWL' },
  { code: 'ICB_SEL', name: 'NHS South East London ICB', kind: OrganisationKind.NHS_ICB, areaCode: 'SEL' },
  { code: 'ICB_SWL', name: 'NHS South West London ICB', kind: OrganisationKind.NHS_ICB, areaCode: 'SWL' },
  { code: 'LONDON_COUNCILS', name: 'London Councils', kind: OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION },
  { code: 'CARE_LEAVER_COVENANT', name: 'Care Leaver Covenant', kind: OrganisationKind.NATIONAL_PROGRAMME },
  { code: 'CATCH22', name: 'Catch-22', kind: OrganisationKind.CHARITY },
  { code: 'JOHN_LEWIS', name: 'John Lewis Partnership', kind: OrganisationKind.BUSINESS },
  { code: 'PYL', name: 'Partnership for Young London', kind: OrganisationKind.CHARITY },
  { code: 'LIIA', name: 'London Innovation and Improvement Alliance', kind: OrganisationKind.IMPROVEMENT_ALLIANCE },
];

export const BODIES: { code: string; name: string; kind: BodyKind; theme?: HouseTheme; description: string }[] = [
  { code: 'TRUST_BOARD', name: 'Care Leavers Trust Board', kind: BodyKind.TRUST_BOARD, description: 'Oversees the Compact and decides which offers are endorsed.' },
  { code: 'CICC', name: 'London Children in Care Council', kind: BodyKind.CICC, description: 'Care-experienced young people aged 14–25 from every LA; co-leads every part of the work.' },
  { code: 'COMPACT_WORKING_GROUP', name: 'Compact Working Group', kind: BodyKind.WORKING_GROUP, description: 'Lambeth, LIIA and Partnership for Young London.' },
  { code: 'LLANCL', name: 'London Local Authority Network for Care Leavers', kind: BodyKind.NETWORK, description: "The LAs' leaving-care leads; the reference group for delivery." },
  { code: 'HOUSE_HEALTH', name: 'Health House', kind: BodyKind.HOUSE, theme: HouseTheme.HEALTH, description: 'Health, including mental health and wellbeing.' },
  { code: 'HOUSE_HOUSING', name: 'Housing House', kind: BodyKind.HOUSE, theme: HouseTheme.HOUSING, description: 'Housing, homelessness and council tax.' },
  { code: 'HOUSE_ETE', name: 'Education, Training and Employment House', kind: BodyKind.HOUSE, theme: HouseTheme.EDUCATION_TRAINING_EMPLOYMENT, description: 'The LA role, HE/FE, and links with employers.' },
  { code: 'HOUSE_TRANSPORT', name: 'Transport House', kind: BodyKind.HOUSE, theme: HouseTheme.TRANSPORT, description: 'Travel costs and access.' },
  { code: 'HOUSE_FINANCE', name: 'Finance House', kind: BodyKind.HOUSE, theme: HouseTheme.FINANCE, description: 'A standardised financial offer.' },
  { code: 'HOUSE_RELATIONSHIPS', name: 'Relationships House', kind: BodyKind.HOUSE, theme: HouseTheme.RELATIONSHIPS, description: 'Lifelong links, mentoring and belonging.' },
];
