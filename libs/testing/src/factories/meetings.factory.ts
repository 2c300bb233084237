import { DataSource } from 'typeorm';
import { MembershipRole, PersonEntity } from '@app/governance';
import { MeetingEntity } from '@app/meetings';
import { addMembership, createPerson } from './people.factory';
import { bodyByCode } from './reference.factory';

/** A person with a current membership of a body (default: a Trust Board member). */
export async function createBodyMember(ds: DataSource, bodyCode = 'TRUST_BOARD', role: MembershipRole = MembershipRole.MEMBER): Promise<PersonEntity> {
  const person = await createPerson(ds);
  await addMembership(ds, person.id, bodyCode, role);
  return person;
}

/** Inserts a meeting directly (for arranging tests; scheduling through the API is tested separately). */
export async function createMeeting(ds: DataSource, bodyCode = 'TRUST_BOARD', overrides: Partial<MeetingEntity> = {}): Promise<MeetingEntity> {
  const body = await bodyByCode(ds, bodyCode);
  const repo = ds.getRepository(MeetingEntity);
  return repo.save(repo.create({ bodyId: body.id, title: `${body.name} meeting`, startsAt: new Date('2026-03-05T10:00:00Z'), ...overrides }));
}
