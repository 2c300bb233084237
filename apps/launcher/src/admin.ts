import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DomainError, EnvironmentError, validateEnvironment } from '@app/core';
import { prepareDatabase } from './prepare-database';
import { grantProgrammeAdmin } from './programme-admin';
import { resolveDatabase } from './services';

const USAGE = `Usage: npm run admin -- grant <email> [--name "Display name"]

  grant   Makes the person with this email a programme admin, recording them first
          (as --name, or the part of the email before the @) if nobody has that email.
          Running it again changes nothing. It is recorded in the audit trail as done
          by the system.

It uses the database npm start would: DATABASE_URL, else PostgreSQL on 127.0.0.1:5432,
else the embedded PostgreSQL in DATA_DIR (the running one, or started for the command).`;

/** `npm run admin`: operator commands that need no one signed in, such as making the first programme admin. */
async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, email, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'grant' || !email || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }

  const env = validateEnvironment(process.env);
  const database = await resolveDatabase(env, { adopt: false });
  try {
    console.log(`Database: ${database.description}`);
    await prepareDatabase(database.url);
    const { person, created, granted } = await grantProgrammeAdmin(database.url, email, parsed.values.name);
    const who = `${person.displayName} <${person.email}>`;
    if (created) console.log(`Recorded ${who} and made them a programme admin.`);
    else if (granted) console.log(`${who} is now a programme admin.`);
    else console.log(`${who} is already a programme admin; nothing changed.`);
    if (!created && parsed.values.name && parsed.values.name !== person.displayName) {
      console.log(`(They were already recorded as "${person.displayName}"; --name was not used.)`);
    }
    console.log(`They sign in with a code sent to ${person.email}: requestSignInCode, then verifySignInCode.`);
    return 0;
  } finally {
    await database.stop();
  }
}

function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvironmentError || error instanceof DomainError ? error.message : error);
    process.exit(1);
  },
);
