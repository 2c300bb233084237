import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgreementState, PartyKind, Reciprocity } from '@app/agreements';
import {
  CompactEditionEntity,
  Entitlement,
  EntitlementProvider,
  EntitlementReason,
  EntitlementsAnswer,
  EntitlementStatus,
  listedParties,
  OfferChange,
  OfferSnapshot,
  SnapshotParty,
  SnapshotPartner,
} from '@app/compact';
import { AreaRule, DeliveryModel, ProposalCategory } from '@app/proposals';
import { Connection } from '../graphql/connection';
import { LocalAuthorityModel } from '../reference/reference.model';
import { AgreementModel } from '../agreements/agreements.model';
import { ProposalModel } from '../proposals/proposal.model';
import { DateScalar } from '../graphql/scalars';

registerEnumType(AreaRule, {
  name: 'AreaRule',
  description: "For an ICS-area offer, whose care leavers an area's agreement covers.",
  valuesMap: {
    RESPONSIBLE_AUTHORITY_AREA: { description: "Care leavers of the area's LAs, wherever they live." },
    RESIDENT_AUTHORITY_AREA: { description: "Care leavers living in the area's LAs, whoever is responsible for them." },
    EITHER_AREA: { description: 'Both.' },
  },
});
registerEnumType(EntitlementStatus, {
  name: 'EntitlementStatus',
  description: 'Whether an offer applies to the young person on the date asked.',
  valuesMap: {
    AVAILABLE: { description: 'They can get it now.' },
    COMING: { description: 'Formally agreed, or in place from a later date: they will be able to get it.' },
    NOT_AVAILABLE: { description: 'Not provided to them (not agreed, declined, or their circumstances are not covered).' },
    NOT_ELIGIBLE: { description: "They are outside the offer's age range." },
    UNCONFIRMED: { description: 'The party that would provide it agreed an earlier wording and has not confirmed this edition’s wording: nothing is promised on its behalf; ask the personal adviser.' },
  },
});
registerEnumType(EntitlementReason, {
  name: 'EntitlementReason',
  description: 'Why an offer does or does not apply: a stable code per rule (explanation gives the sentence).',
  valuesMap: {
    OUTSIDE_AGE_RANGE: { description: 'The young person is younger or older than the offer allows.' },
    SAME_AUTHORITY: { description: 'The responsible and resident LA are the same, and it provides the offer.' },
    OWN_CARE_LEAVERS_ANYWHERE: { description: 'The responsible LA provides it to its own care leavers wherever they live.' },
    ANY_CARE_LEAVER_RESIDENT: { description: 'The LA the young person lives in provides it to any care leaver living there.' },
    BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES: { description: 'Both LAs would provide it; the responsible LA does.' },
    AREA_OF_RESPONSIBLE_AUTHORITY: { description: 'An ICS-area offer provided by the area of the responsible LA.' },
    AREA_OF_RESIDENT_AUTHORITY: { description: 'An ICS-area offer provided by the area of the LA the young person lives in.' },
    PARTNER_OFFER: { description: "A partner's offer, open to every care leaver in the age range." },
    AGREED_NOT_YET_IMPLEMENTED: { description: 'Agreed, but not yet in place on the date asked.' },
    NOT_COVERED_BY_RECIPROCITY: { description: 'An LA provides it, but only to care leavers this young person is not one of.' },
    NOT_COVERED_BY_AREA_RULE: { description: 'An ICS area provides it, but its area rule does not reach this young person.' },
    DECLINED: { description: 'The party that would provide it declined it.' },
    NOT_YET_AGREED: { description: 'The party that would provide it has not agreed it yet.' },
    NO_AREA_ON_DATE: { description: 'The LA the area rule looks at was in no ICS area on the date asked.' },
    AWAITING_RECONFIRMATION: { description: "The party that would provide it has not confirmed the offer's current wording (see UNCONFIRMED)." },
  },
});

@ObjectType('CompactOfferPartner', { description: 'A partner named on an offer as one that must agree it.' })
export class CompactOfferPartnerModel {
  @Field(() => ID, { description: "The partner organisation's id." })
  id: string;

  @Field({ description: "The organisation's short code." })
  code: string;

  @Field({ description: "The organisation's name." })
  name: string;

  static from(p: SnapshotPartner): CompactOfferPartnerModel {
    return Object.assign(new CompactOfferPartnerModel(), { id: p.id, code: p.code, name: p.name });
  }
}

@ObjectType('CompactOfferParty', { description: "A party's agreement to an offer, as published in the edition." })
export class CompactOfferPartyModel {
  @Field(() => PartyKind, { description: 'Whether the party is an LA, an ICS area or a partner organisation.' })
  kind: PartyKind;

  @Field(() => ID, { description: 'The LA, ICS area or partner organisation.' })
  id: string;

  @Field({ description: 'LA short code, area code or organisation code.' })
  code: string;

  @Field({ description: "The party's name." })
  name: string;

  @Field(() => AgreementState, { description: 'FORMALLY_AGREED or IMPLEMENTED: the only statuses an edition lists.' })
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true, description: 'LA offers only: which care leavers the LA extends it to.' })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the offer took effect for the party (IMPLEMENTED).' })
  effectiveDate: string | null;

  @Field({ description: 'The party agreed an earlier wording and has not yet confirmed this one.' })
  reconfirmationNeeded: boolean;

  static from(p: SnapshotParty): CompactOfferPartyModel {
    return Object.assign(new CompactOfferPartyModel(), {
      kind: p.kind,
      id: p.id,
      code: p.code,
      name: p.name,
      status: p.status,
      reciprocity: p.reciprocity,
      effectiveDate: p.effectiveDate,
      reconfirmationNeeded: p.reconfirmationNeeded,
    });
  }
}

@ObjectType('CompactOffer', { description: 'An offer as published in an edition of the Compact.' })
export class CompactOfferModel {
  @Field(() => ID, { description: 'The proposal the offer came from.' })
  proposalId: string;

  @Field(() => ID, { description: 'The House that drafted it.' })
  houseId: string;

  @Field({ description: "The House's name." })
  houseName: string;

  @Field({ description: "The offer's title." })
  title: string;

  @Field({ description: 'The wording agreed.' })
  summary: string;

  @Field(() => ProposalCategory, { description: "The area of care leavers' lives it serves." })
  category: ProposalCategory;

  @Field(() => Int, { description: 'Youngest eligible age.' })
  minAge: number;

  @Field(() => Int, { description: 'Oldest eligible age.' })
  maxAge: number;

  @Field(() => DeliveryModel, { description: 'Who must agree it: each LA, each ICS area, one partner or several.' })
  deliveryModel: DeliveryModel;

  @Field(() => AreaRule, { nullable: true, description: 'ICS-area offers: whose care leavers an area covers.' })
  areaRule: AreaRule | null;

  @Field(() => String, { nullable: true, description: 'How the offer works for former unaccompanied asylum-seeking children.' })
  uascConsiderations: string | null;

  @Field(() => Int, { description: 'Which wording of the offer this is (it goes up when the wording or eligibility is revised).' })
  wordingVersion: number;

  @Field(() => [CompactOfferPartnerModel], { description: 'Partner offers only: the partners named on it.' })
  partners: CompactOfferPartnerModel[];

  @Field(() => [CompactOfferPartyModel], { description: 'Parties that have formally agreed or implemented the offer, with their terms.' })
  parties: CompactOfferPartyModel[];

  static from(o: OfferSnapshot): CompactOfferModel {
    return Object.assign(new CompactOfferModel(), {
      proposalId: o.proposalId,
      houseId: o.houseId,
      houseName: o.houseName,
      title: o.title,
      summary: o.summary,
      category: o.category,
      minAge: o.minAge,
      maxAge: o.maxAge,
      deliveryModel: o.deliveryModel,
      areaRule: o.areaRule,
      uascConsiderations: o.uascConsiderations,
      wordingVersion: o.wordingVersion,
      partners: o.partners.map(CompactOfferPartnerModel.from),
      parties: listedParties(o).map(CompactOfferPartyModel.from),
    });
  }
}

@ObjectType('CompactEdition', { description: 'A published edition of the Compact. It never changes.' })
export class CompactEditionModel {
  @Field(() => ID, { description: "The edition's id." })
  id: string;

  @Field(() => Int, { description: "The edition's number: 1 for the first (launched 5 March 2024), one more for each after." })
  number: number;

  @Field({ description: "The edition's title." })
  title: string;

  @Field(() => DateScalar, { description: 'The date of the edition.' })
  publishedOn: string;

  @Field({ description: 'The introduction printed at its front.' })
  introduction: string;

  @Field({ description: 'When it was published in the service.' })
  publishedAt: Date;

  static from(e: CompactEditionEntity): CompactEditionModel {
    return Object.assign(new CompactEditionModel(), {
      id: e.id,
      number: e.number,
      title: e.title,
      publishedOn: e.publishedOn,
      introduction: e.introduction,
      publishedAt: e.publishedAt,
    });
  }
}

@ObjectType({ description: 'A page of Compact editions.' })
export class CompactEditionConnection extends Connection(CompactEditionModel) {}

@ObjectType('PublishCompactEditionPayload', { description: 'The edition as published.' })
export class PublishCompactEditionPayload {
  @Field(() => CompactEditionModel, { description: 'The new edition.' })
  edition: CompactEditionModel;

  @Field(() => Int, { description: 'How many offers it holds.' })
  offerCount: number;

  @Field(() => Int, { description: 'ICS-area offers that had no area rule and were given the default (by the responsible LA’s area).' })
  areaRulesDefaulted: number;
}

@ObjectType('CompactOfferPartyChange', { description: 'A listed party whose terms changed between two editions.' })
export class CompactOfferPartyChangeModel {
  @Field(() => CompactOfferPartyModel, { description: "The party's terms in the older edition." })
  before: CompactOfferPartyModel;

  @Field(() => CompactOfferPartyModel, { description: "The party's terms in the newer edition." })
  after: CompactOfferPartyModel;
}

@ObjectType('CompactOfferChange', { description: 'An offer in both editions that changed between them.' })
export class CompactOfferChangeModel {
  @Field(() => ID, { description: 'The proposal the offer came from.' })
  proposalId: string;

  @Field(() => CompactOfferModel, { description: 'The offer in the older edition.' })
  before: CompactOfferModel;

  @Field(() => CompactOfferModel, { description: 'The offer in the newer edition.' })
  after: CompactOfferModel;

  @Field(() => [String], { description: 'Offer fields that changed (e.g. summary, maxAge, partners).' })
  changedFields: string[];

  @Field(() => [CompactOfferPartyModel], { description: 'Parties that formally agreed or implemented it since.' })
  partiesAdded: CompactOfferPartyModel[];

  @Field(() => [CompactOfferPartyModel], { description: 'Parties listed before that are no longer.' })
  partiesRemoved: CompactOfferPartyModel[];

  @Field(() => [CompactOfferPartyChangeModel], { description: 'Parties listed in both whose terms changed.' })
  partiesChanged: CompactOfferPartyChangeModel[];

  static from(c: OfferChange): CompactOfferChangeModel {
    return Object.assign(new CompactOfferChangeModel(), {
      proposalId: c.proposalId,
      before: CompactOfferModel.from(c.before),
      after: CompactOfferModel.from(c.after),
      changedFields: c.changedFields,
      partiesAdded: c.partiesAdded.map(CompactOfferPartyModel.from),
      partiesRemoved: c.partiesRemoved.map(CompactOfferPartyModel.from),
      partiesChanged: c.partiesChanged.map((p) =>
        Object.assign(new CompactOfferPartyChangeModel(), { before: CompactOfferPartyModel.from(p.before), after: CompactOfferPartyModel.from(p.after) }),
      ),
    });
  }
}

@ObjectType('CompactEditionDiff', { description: 'What a newer edition added, removed and changed versus an older one.' })
export class CompactEditionDiffModel {
  @Field(() => CompactEditionModel, { description: 'The older edition.' })
  from: CompactEditionModel;

  @Field(() => CompactEditionModel, { description: 'The newer edition.' })
  to: CompactEditionModel;

  @Field(() => [CompactOfferModel], { description: 'Offers only in the newer edition.' })
  added: CompactOfferModel[];

  @Field(() => [CompactOfferModel], { description: 'Offers only in the older edition.' })
  removed: CompactOfferModel[];

  @Field(() => [CompactOfferChangeModel], { description: 'Offers in both that changed.' })
  changed: CompactOfferChangeModel[];

  @Field(() => Int, { description: 'Offers in both that did not change.' })
  unchangedCount: number;
}

@ObjectType('CompactEditionPreview', { description: 'What the next edition would hold if it were published now, compared with the latest edition. Nothing is published.' })
export class CompactEditionPreviewModel {
  @Field(() => CompactEditionModel, { nullable: true, description: 'The latest edition; null before the first is published.' })
  latest: CompactEditionModel | null;

  @Field(() => Int, { description: "The next edition's number: one more than the latest (1 for the first)." })
  nextNumber: number;

  @Field(() => Int, { description: 'How many offers the next edition would hold: every ADOPTED offer.' })
  offerCount: number;

  @Field(() => [CompactOfferModel], { description: 'Offers it would add.' })
  added: CompactOfferModel[];

  @Field(() => [CompactOfferModel], { description: 'Offers of the latest edition it would no longer hold.' })
  removed: CompactOfferModel[];

  @Field(() => [CompactOfferChangeModel], { description: 'Offers in both that would change, with what changed.' })
  changed: CompactOfferChangeModel[];

  @Field(() => Int, { description: 'Offers in both that would not change.' })
  unchangedCount: number;
}

@ObjectType('EntitlementProvider', { description: 'Who provides an offer: an LA, an ICS area or a partner.' })
export class EntitlementProviderModel {
  @Field(() => PartyKind, { description: 'Whether it is an LA, an ICS area or a partner organisation.' })
  kind: PartyKind;

  @Field(() => ID, { description: 'The LA, ICS area or organisation id.' })
  id: string;

  @Field({ description: 'Its name, to tell the young person whom to ask.' })
  name: string;

  static from(p: EntitlementProvider): EntitlementProviderModel {
    return Object.assign(new EntitlementProviderModel(), { kind: p.kind, id: p.id, name: p.name });
  }
}

@ObjectType('Entitlement', { description: 'Whether one offer applies to the young person, who provides it, how to get it, and why.' })
export class EntitlementModel {
  @Field(() => CompactOfferModel, { description: 'The offer as the edition publishes it.' })
  offer: CompactOfferModel;

  @Field(() => EntitlementStatus, { description: 'Whether the young person can get it on the date asked.' })
  status: EntitlementStatus;

  @Field(() => EntitlementReason, { description: 'Which rule decided, as a code a client can map; explanation says it in words.' })
  reason: EntitlementReason;

  @Field({ description: 'Why, in plain English.' })
  explanation: string;

  @Field(() => [EntitlementProviderModel], { description: 'Who provides it (or will): one LA or area; for partner offers, every partner that does.' })
  providers: EntitlementProviderModel[];

  @Field(() => [EntitlementProviderModel], {
    description:
      'Who could provide it to this young person but has not agreed it, has declined it, or has not confirmed its current wording. Empty when it is available or coming.',
  })
  notAgreedBy: EntitlementProviderModel[];

  @Field(() => String, {
    nullable: true,
    description: 'How to get it; when it is not available, what the young person or their personal adviser can do. Null only when they are outside its age range.',
  })
  howToAccess: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For COMING offers, when it starts, if known.' })
  availableFrom: string | null;

  @Field(() => String, { nullable: true, description: 'For former unaccompanied asylum-seeking children: how the offer works for them.' })
  uascNote: string | null;

  static from(offer: OfferSnapshot, e: Entitlement): EntitlementModel {
    return Object.assign(new EntitlementModel(), {
      offer: CompactOfferModel.from(offer),
      status: e.status,
      reason: e.reason,
      explanation: e.explanation,
      providers: e.providers.map(EntitlementProviderModel.from),
      notAgreedBy: e.notAgreedBy.map(EntitlementProviderModel.from),
      howToAccess: e.howToAccess,
      availableFrom: e.availableFrom,
      uascNote: e.uascNote,
    });
  }
}

@ObjectType('Entitlements', { description: 'Every offer in the edition in force on the date asked, for one young person.' })
export class EntitlementsModel {
  @Field(() => CompactEditionModel, { description: 'The edition in force on the date asked, which answered.' })
  edition: CompactEditionModel;

  @Field({ description: 'Which edition answered, in words, e.g. "Edition 2 of the Compact, dated 1 May 2025".' })
  answeredFrom: string;

  @Field(() => LocalAuthorityModel, { description: 'The LA responsible for the young person (the one that looked after them).' })
  responsibleAuthority: LocalAuthorityModel;

  @Field(() => LocalAuthorityModel, { description: 'The LA the young person lives in.' })
  residentAuthority: LocalAuthorityModel;

  @Field(() => Int, { description: "The young person's age, as asked." })
  age: number;

  @Field({ description: 'Whether the young person is a former unaccompanied asylum-seeking child, as asked.' })
  formerUasc: boolean;

  @Field(() => DateScalar, { description: 'The date asked about.' })
  on: string;

  @Field(() => [EntitlementModel], { description: "In the edition's order." })
  offers: EntitlementModel[];

  static from(a: EntitlementsAnswer): EntitlementsModel {
    return Object.assign(new EntitlementsModel(), {
      edition: CompactEditionModel.from(a.edition),
      answeredFrom: a.answeredFrom,
      responsibleAuthority: LocalAuthorityModel.from(a.responsibleAuthority),
      residentAuthority: LocalAuthorityModel.from(a.residentAuthority),
      age: a.age,
      formerUasc: a.formerUasc,
      on: a.on,
      offers: a.offers.map((o) => EntitlementModel.from(o.offer, o.entitlement)),
    });
  }
}

@ObjectType('ReviseOfferPayload', { description: 'The proposal with its revised offer.' })
export class ReviseOfferPayload {
  @Field(() => ProposalModel, { description: 'The proposal after the revision.' })
  proposal: ProposalModel;
}

@ObjectType('ConfirmAgreementWordingPayload', { description: 'The agreement as confirmed.' })
export class ConfirmAgreementWordingPayload {
  @Field(() => AgreementModel, { description: 'The agreement, no longer awaiting re-confirmation.' })
  agreement: AgreementModel;
}
