import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CoChairSeat, formatBirthMonth, MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { BodyModel } from '../reference/reference.model';

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'A seat on a governance body.',
  valuesMap: {
    CHAIR: { description: 'Chairs the body.' },
    CO_CHAIR_YOUNG_PERSON: { description: "A House's young-person co-chair: a care-experienced CiCC member." },
    CO_CHAIR_SECTOR_LEAD: { description: "A House's sector-lead co-chair: a lead from an LA, the NHS or a partner." },
    MEMBER: { description: "A member, who takes part in the body's work and decisions." },
    ADVISER: { description: 'Advises the body (e.g. the National Care Leaver Adviser on the Trust Board).' },
    OBSERVER: { description: "Attends without taking part in the body's decisions; gives no House or Trust Board role." },
  },
});
registerEnumType(CoChairSeat, {
  name: 'CoChairSeat',
  description: "One of a House's two co-chair seats; both must be filled for its proposals to move forward.",
  valuesMap: {
    YOUNG_PERSON: { description: 'The seat of a care-experienced young person from the CiCC.' },
    SECTOR_LEAD: { description: 'The seat of a lead from the sector (an LA, the NHS, a partner).' },
  },
});

@ObjectType('Person', { description: 'Someone taking part: a young person, an officer, a director, a partner’s lead.' })
export class PersonModel {
  @Field(() => ID, { description: "The person's id." })
  id: string;

  @Field({ description: 'The name, or "CiCC member (<home LA>)" for a young person under 18 whom you may not see by name, or "Former CiCC member".' })
  displayName: string;

  /** Shown only through the `email` field resolver, which applies the privacy rule. */
  storedEmail: string;

  // careExperienced, birthMonth and under18 are fields of the person privacy rule (access/privacy.resolver.ts), which reads these.
  careExperienced: boolean;
  birthMonth: string | null;

  homeAuthorityId: string | null;

  @Field(() => Int, { description: 'Give this back as expectedVersion when updating.' })
  version: number;

  @Field({ description: 'When the person was added.' })
  createdAt: Date;

  @Field({ description: 'When their record last changed.' })
  updatedAt: Date;

  static from(e: PersonEntity): PersonModel {
    return Object.assign(new PersonModel(), {
      id: e.id,
      displayName: e.displayName,
      storedEmail: e.email,
      careExperienced: e.careExperienced,
      birthMonth: formatBirthMonth(e.birthMonth),
      homeAuthorityId: e.homeAuthorityId,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType('Membership', { description: "A person's place on a body for a period; current while it has no end." })
export class MembershipModel {
  @Field(() => ID, { description: "The membership's id." })
  id: string;

  @Field(() => MembershipRole, { description: 'The seat held.' })
  role: MembershipRole;

  @Field({ description: 'When the place began.' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while current.' })
  endedAt: Date | null;

  @Field({ description: 'Whether the person holds the place now.' })
  current: boolean;

  @Field(() => String, { nullable: true, description: 'Why the membership began (for co-chairs, the reason for the appointment).' })
  startReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended; null while current.' })
  endReason: string | null;

  personId: string;
  bodyId: string;
  representsAuthorityId: string | null;
  representsAreaId: string | null;
  representsOrganisationId: string | null;

  static from(e: MembershipEntity): MembershipModel {
    return Object.assign(new MembershipModel(), {
      id: e.id,
      role: e.role,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      current: e.endedAt === null,
      startReason: e.startReason,
      endReason: e.endReason,
      personId: e.personId,
      bodyId: e.bodyId,
      representsAuthorityId: e.representsAuthorityId,
      representsAreaId: e.representsAreaId,
      representsOrganisationId: e.representsOrganisationId,
    });
  }
}

@ObjectType('CoChairs', { description: "A House's current co-chairs; an empty seat is null." })
export class CoChairsModel {
  @Field(() => MembershipModel, { nullable: true, description: 'The care-experienced young person from the CiCC.' })
  youngPerson: MembershipModel | null;

  @Field(() => MembershipModel, { nullable: true, description: "The sector lead co-chair (an officer or partner working in the House's theme)." })
  sectorLead: MembershipModel | null;
}

@ObjectType({ description: 'The person as added.' })
export class CreatePersonPayload {
  @Field(() => PersonModel, { description: 'The new person.' })
  person: PersonModel;
}

@ObjectType({ description: 'The person as changed.' })
export class UpdatePersonPayload {
  @Field(() => PersonModel, { description: 'The person after the change.' })
  person: PersonModel;
}

@ObjectType({ description: 'The membership as given.' })
export class AddMembershipPayload {
  @Field(() => MembershipModel, { description: 'The new membership.' })
  membership: MembershipModel;
}

@ObjectType({ description: 'The membership as ended.' })
export class EndMembershipPayload {
  @Field(() => MembershipModel, { description: 'The membership, now ended.' })
  membership: MembershipModel;
}

@ObjectType({ description: 'The new co-chair term, the one it ended, and the House.' })
export class AppointCoChairPayload {
  @Field(() => MembershipModel, { description: 'The new term.' })
  membership: MembershipModel;

  @Field(() => MembershipModel, { nullable: true, description: 'The term this appointment ended, when the seat was filled.' })
  previous: MembershipModel | null;

  @Field(() => BodyModel, { description: 'The House, with its co-chairs as they now are.' })
  house: BodyModel;
}

@ObjectType({ description: 'The ended term and the House.' })
export class EndCoChairTermPayload {
  @Field(() => MembershipModel, { description: 'The co-chair term, now ended.' })
  membership: MembershipModel;

  @Field(() => BodyModel, { description: 'The House, with the seat now empty.' })
  house: BodyModel;
}
