import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AreaEntity,
  AreaKind,
  BodyEntity,
  BodyKind,
  HouseTheme,
  LocalAuthorityEntity,
  OrganisationEntity,
  OrganisationKind,
} from '@app/reference';

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'What kind of grouping of local authorities an area is.',
  valuesMap: {
    ICS_AREA: { description: 'An NHS Integrated Care System area, which agrees health offers for its LAs.' },
    SUB_REGION: { description: "A children's-services sub-region, which a director on the Trust Board represents." },
  },
});
registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'What kind of governance body it is.',
  valuesMap: {
    TRUST_BOARD: { description: 'The Care Leavers Trust Board, which oversees the Compact and decides on recommended offers.' },
    CICC: { description: 'The London Children in Care Council: care-experienced young people aged 14–25.' },
    WORKING_GROUP: { description: 'A working group, such as the Compact Working Group.' },
    NETWORK: { description: "A network, such as LLANCL, the LAs' leaving-care leads." },
    HOUSE: { description: 'One of the six thematic Houses that find and deliver offers, co-chaired by a young person and a sector lead.' },
  },
});
registerEnumType(HouseTheme, {
  name: 'HouseTheme',
  description: 'The theme of a House.',
  valuesMap: {
    HEALTH: { description: 'Health, including mental health.' },
    HOUSING: { description: 'Housing.' },
    EDUCATION_TRAINING_EMPLOYMENT: { description: 'Education, training and employment.' },
    TRANSPORT: { description: 'Transport.' },
    FINANCE: { description: 'A standardised financial offer.' },
    RELATIONSHIPS: { description: 'Relationships.' },
  },
});
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of partner organisation it is.',
  valuesMap: {
    MAYORAL: { description: "The Mayor of London's bodies, such as the GLA and TfL." },
    NHS_ICB: { description: 'An NHS Integrated Care Board, serving one ICS area.' },
    LOCAL_GOVERNMENT_ASSOCIATION: { description: 'An association of councils, such as London Councils.' },
    CHARITY: { description: 'A charity.' },
    BUSINESS: { description: 'A business.' },
    IMPROVEMENT_ALLIANCE: { description: 'A sector improvement alliance, such as LIIA.' },
    NATIONAL_PROGRAMME: { description: 'A national programme, such as the Care Leaver Covenant.' },
  },
});

@ObjectType('LocalAuthority', { description: "One of London's 33 local authorities." })
export class LocalAuthorityModel {
  @Field(() => ID, { description: "The LA's id." })
  id: string;

  @Field({ description: 'ONS GSS code, e.g. E09000022.' })
  gssCode: string;

  @Field({ description: "The LA's name, e.g. Lambeth." })
  name: string;

  @Field({ description: 'Three-letter code, e.g. lam.' })
  shortCode: string;

  @Field(() => Int, { description: 'Row in the London Squared tile grid (0–6).' })
  tileRow: number;

  @Field(() => Int, { description: 'Column in the London Squared tile grid (0–7).' })
  tileCol: number;

  static from(e: LocalAuthorityEntity): LocalAuthorityModel {
    return Object.assign(new LocalAuthorityModel(), { id: e.id, gssCode: e.gssCode, name: e.name, shortCode: e.shortCode, tileRow: e.tileRow, tileCol: e.tileCol });
  }
}

@ObjectType('Area', { description: 'An ICS area or sub-region: a group of LAs whose membership has dates.' })
export class AreaModel {
  @Field(() => ID, { description: "The area's id." })
  id: string;

  @Field(() => AreaKind, { description: "ICS area (health offers are agreed per ICS area) or sub-region (for the Trust Board's directors)." })
  kind: AreaKind;

  @Field({ description: "The area's short code, e.g. NCL." })
  code: string;

  @Field({ description: "The area's name." })
  name: string;

  static from(e: AreaEntity): AreaModel {
    return Object.assign(new AreaModel(), { id: e.id, kind: e.kind, code: e.code, name: e.name });
  }
}

@ObjectType('Organisation', { description: 'A partner organisation.' })
export class OrganisationModel {
  @Field(() => ID, { description: "The organisation's id." })
  id: string;

  @Field({ description: "The organisation's short code." })
  code: string;

  @Field({ description: "The organisation's name." })
  name: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  kind: OrganisationKind;

  areaId: string | null;

  static from(e: OrganisationEntity): OrganisationModel {
    return Object.assign(new OrganisationModel(), { id: e.id, code: e.code, name: e.name, kind: e.kind, areaId: e.areaId });
  }
}

@ObjectType('Body', { description: 'A governance body: the Trust Board, the CiCC, a working group, a network, or a House.' })
export class BodyModel {
  @Field(() => ID, { description: "The body's id." })
  id: string;

  @Field(() => BodyKind, { description: 'What kind of body it is.' })
  kind: BodyKind;

  @Field({ description: "The body's short code." })
  code: string;

  @Field({ description: "The body's name." })
  name: string;

  @Field(() => HouseTheme, { nullable: true, description: "A House's theme; null for other bodies." })
  theme: HouseTheme | null;

  @Field({ description: 'What the body does.' })
  description: string;

  static from(e: BodyEntity): BodyModel {
    return Object.assign(new BodyModel(), { id: e.id, kind: e.kind, code: e.code, name: e.name, theme: e.theme, description: e.description });
  }
}
