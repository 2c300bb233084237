import { randomUUID } from 'node:crypto';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessConflictError, AccessErrorCode, AccessModule, AccessService, Role } from '@app/access';
import { Actor, Clock, dataSourceOptions, DEFAULT_TIME_ZONE, ProgrammeCalendar, transactionsModule } from '@app/core';
import { GovernanceModule, GovernanceService, PersonEntity } from '@app/governance';

/**
 * The programme's clock, in TIME_ZONE, without the service's full configuration: the command runs
 * before (or without) the settings only the API and the worker need.
 */
@Global()
@Module({
  providers: [{ provide: Clock, useFactory: () => new Clock(new ProgrammeCalendar(process.env.TIME_ZONE || DEFAULT_TIME_ZONE)) }],
  exports: [Clock],
})
class AdminClockModule {}

/** The services `npm run admin` calls, on the database the launcher found. */
@Module({})
class ProgrammeAdminModule {
  static on(url: string): DynamicModule {
    return {
      module: ProgrammeAdminModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url), extra: { max: 2 } }), transactionsModule(), AdminClockModule, AccessModule, GovernanceModule],
    };
  }
}

export interface ProgrammeAdminGrant {
  person: Pick<PersonEntity, 'id' | 'displayName' | 'email'>;
  /** The person was not recorded before. */
  created: boolean;
  /** The role was given now (false: they held it already). */
  granted: boolean;
}

/**
 * Makes the person with `email` a programme admin, recording them first (as `displayName`, or the
 * part of the email before the @) if nobody has that email. Idempotent. Done by the system (no
 * person), through the same services as the API, so each change has its audit event.
 */
export async function grantProgrammeAdmin(url: string, email: string, displayName?: string): Promise<ProgrammeAdminGrant> {
  const app = await NestFactory.createApplicationContext(ProgrammeAdminModule.on(url), { logger: false, abortOnError: false });
  try {
    const actor: Actor = { personId: null, system: true, correlationId: `npm-run-admin-${randomUUID()}` };
    const found = await app
      .get(DataSource)
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('lower(p.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const person = found ?? (await app.get(GovernanceService).createPerson(actor, { displayName: displayName ?? email.trim().split('@')[0], email }));
    const access = app.get(AccessService);
    if (await access.hasRole(person.id, Role.PROGRAMME_ADMIN)) return { person, created: false, granted: false };
    try {
      await access.grantRole(actor, { personId: person.id, role: Role.PROGRAMME_ADMIN, reason: 'Granted with npm run admin' });
    } catch (error) {
      // Someone else granted it in the meantime: the outcome asked for holds.
      if (error instanceof AccessConflictError && error.reason === AccessErrorCode.ALREADY_GRANTED) return { person, created: !found, granted: false };
      throw error;
    }
    return { person, created: !found, granted: true };
  } finally {
    await app.close();
  }
}
