import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CoChairSeat, formatBirthMonth, MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { BodyModel } from '../reference/reference.model';

registerEnumType(MembershipRole, { name: 'MembershipRole', description: 'A role on a governance body.' });
registerEnumType(CoChairSeat, { name: 'CoChairSeat', description: "One of a House's two co-chair seats." });

@ObjectType('Person', { description: 'Someone taking part: a young person, an officer, a director, a partner’s lead.' })
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  /** Shown only through the `email` field resolver, which applies the privacy rule. */
  storedEmail: string;

  // careExperienced, birthMonth and under18 are fields of the person privacy rule (access/privacy.resolver.ts), which reads these.
  careExperienced: boolean;
  birthMonth: string | null;

  homeAuthorityId: string | null;

  @Field(() => Int, { description: 'Give this back as expectedVersion when updating.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
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
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field()
  current: boolean;

  @Field(() => String, { nullable: true, description: 'Why the membership began (for co-chairs, the reason for the appointment).' })
  startReason: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => MembershipModel, { nullable: true })
  sectorLead: MembershipModel | null;
}

@ObjectType()
export class CreatePersonPayload {
  @Field(() => PersonModel)
  person: PersonModel;
}

@ObjectType()
export class UpdatePersonPayload {
  @Field(() => PersonModel)
  person: PersonModel;
}

@ObjectType()
export class AddMembershipPayload {
  @Field(() => MembershipModel)
  membership: MembershipModel;
}

@ObjectType()
export class EndMembershipPayload {
  @Field(() => MembershipModel)
  membership: MembershipModel;
}

@ObjectType()
export class AppointCoChairPayload {
  @Field(() => MembershipModel, { description: 'The new term.' })
  membership: MembershipModel;

  @Field(() => MembershipModel, { nullable: true, description: 'The term this appointment ended, when the seat was filled.' })
  previous: MembershipModel | null;

  @Field(() => BodyModel)
  house: BodyModel;
}

@ObjectType()
export class EndCoChairTermPayload {
  @Field(() => MembershipModel)
  membership: MembershipModel;

  @Field(() => BodyModel)
  house: BodyModel;
}
