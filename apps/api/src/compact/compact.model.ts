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
    UNCONFIRMED: {
      description:
        'The party that would provide it agreed an earlier wording and has not confirmed this edition’s wording: nothing is promised on its behalf; ask the personal adviser.',
    },
  },
});
registerEnumType(EntitlementReason, { name: 'EntitlementReason', description: 'Why an offer does or does not apply (see explanation for the sentence).' });

@ObjectType('CompactOfferPartner')
export class CompactOfferPartnerModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  static from(p: SnapshotPartner): CompactOfferPartnerModel {
    return Object.assign(new CompactOfferPartnerModel(), { id: p.id, code: p.code, name: p.name });
  }
}

@ObjectType('CompactOfferParty', { description: "A party's agreement to an offer, as published in the edition." })
export class CompactOfferPartyModel {
  @Field(() => PartyKind)
  kind: PartyKind;

  @Field(() => ID, { description: 'The LA, ICS area or partner organisation.' })
  id: string;

  @Field({ description: 'LA short code, area code or organisation code.' })
  code: string;

  @Field()
  name: string;

  @Field(() => AgreementState)
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true })
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
  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  houseId: string;

  @Field()
  houseName: string;

  @Field()
  title: string;

  @Field({ description: 'The wording agreed.' })
  summary: string;

  @Field(() => ProposalCategory)
  category: ProposalCategory;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;

  @Field(() => DeliveryModel)
  deliveryModel: DeliveryModel;

  @Field(() => AreaRule, { nullable: true, description: 'ICS-area offers: whose care leavers an area covers.' })
  areaRule: AreaRule | null;

  @Field(() => String, { nullable: true, description: 'How the offer works for former unaccompanied asylum-seeking children.' })
  uascConsiderations: string | null;

  @Field(() => Int, { description: 'Which wording of the offer this is (it goes up when the wording or eligibility is revised).' })
  wordingVersion: number;

  @Field(() => [CompactOfferPartnerModel])
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
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field(() => DateScalar, { description: 'The date of the edition.' })
  publishedOn: string;

  @Field()
  introduction: string;

  @Field()
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

@ObjectType()
export class CompactEditionConnection extends Connection(CompactEditionModel) {}

@ObjectType('PublishCompactEditionPayload')
export class PublishCompactEditionPayload {
  @Field(() => CompactEditionModel)
  edition: CompactEditionModel;

  @Field(() => Int)
  offerCount: number;

  @Field(() => Int, { description: 'ICS-area offers that had no area rule and were given the default (by the responsible LA’s area).' })
  areaRulesDefaulted: number;
}

@ObjectType('CompactOfferPartyChange')
export class CompactOfferPartyChangeModel {
  @Field(() => CompactOfferPartyModel)
  before: CompactOfferPartyModel;

  @Field(() => CompactOfferPartyModel)
  after: CompactOfferPartyModel;
}

@ObjectType('CompactOfferChange', { description: 'An offer in both editions that changed between them.' })
export class CompactOfferChangeModel {
  @Field(() => ID)
  proposalId: string;

  @Field(() => CompactOfferModel)
  before: CompactOfferModel;

  @Field(() => CompactOfferModel)
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
  @Field(() => CompactEditionModel)
  from: CompactEditionModel;

  @Field(() => CompactEditionModel)
  to: CompactEditionModel;

  @Field(() => [CompactOfferModel])
  added: CompactOfferModel[];

  @Field(() => [CompactOfferModel])
  removed: CompactOfferModel[];

  @Field(() => [CompactOfferChangeModel])
  changed: CompactOfferChangeModel[];

  @Field(() => Int)
  unchangedCount: number;
}

@ObjectType('EntitlementProvider', { description: 'Who provides an offer: an LA, an ICS area or a partner.' })
export class EntitlementProviderModel {
  @Field(() => PartyKind)
  kind: PartyKind;

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  static from(p: EntitlementProvider): EntitlementProviderModel {
    return Object.assign(new EntitlementProviderModel(), { kind: p.kind, id: p.id, name: p.name });
  }
}

@ObjectType('Entitlement', { description: 'Whether one offer applies to the young person, who provides it, how to get it, and why.' })
export class EntitlementModel {
  @Field(() => CompactOfferModel)
  offer: CompactOfferModel;

  @Field(() => EntitlementStatus)
  status: EntitlementStatus;

  @Field(() => EntitlementReason)
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

  @Field(() => LocalAuthorityModel)
  responsibleAuthority: LocalAuthorityModel;

  @Field(() => LocalAuthorityModel)
  residentAuthority: LocalAuthorityModel;

  @Field(() => Int)
  age: number;

  @Field()
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

@ObjectType('ReviseOfferPayload')
export class ReviseOfferPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;
}

@ObjectType('ConfirmAgreementWordingPayload')
export class ConfirmAgreementWordingPayload {
  @Field(() => AgreementModel)
  agreement: AgreementModel;
}
