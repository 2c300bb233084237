import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time/calendar';

export enum NodeEnv {
  DEVELOPMENT = 'development',
  TEST = 'test',
  PRODUCTION = 'production',
}

export enum QueueBackend {
  REDIS = 'redis',
  POSTGRES = 'postgres',
}

const toInteger = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** A whole number from `min` to `max`, read from its string form. */
function WholeNumber(min: number, max: number): PropertyDecorator {
  return (target, key) => [Transform(toInteger), IsInt(), Min(min), Max(max)].forEach((decorate) => decorate(target, key));
}

/** An IANA time zone this machine knows, such as the default, DEFAULT_TIME_ZONE. */
function IsTimeZone(): PropertyDecorator {
  return ValidateBy({ name: 'isTimeZone', validator: { validate: isTimeZone, defaultMessage: (args) => `${args?.property ?? 'TIME_ZONE'} must be an IANA time zone such as ${DEFAULT_TIME_ZONE}` } });
}

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  return value;
};

/** Five cron fields (minute hour day-of-month month day-of-week), each digits, names, *, /, - or ,. */
const CRON = /^\s*[0-9A-Za-z*/,?-]+(\s+[0-9A-Za-z*/,?#LW-]+){4}\s*$/;
const CRON_MESSAGE = (name: string) => `${name} must be a cron pattern of five fields, e.g. "0 7 * * *" (07:00 every day)`;

/** Every environment variable the service reads. `.env.example` documents each one. */
export class Environment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.DEVELOPMENT;

  @IsOptional()
  @WholeNumber(1, 65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Connections each process keeps to PostgreSQL at most. */
  @WholeNumber(1, 200)
  DATABASE_POOL_SIZE: number = 10;

  /** `npm start` only: use the embedded PostgreSQL even when a server answers on 127.0.0.1:5432. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  EMBEDDED_POSTGRES?: boolean;

  /** `npm start` only: the port of the embedded PostgreSQL. */
  @WholeNumber(1, 65535)
  EMBEDDED_POSTGRES_PORT: number = 54329;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @IsEnum(QueueBackend)
  QUEUE_BACKEND?: QueueBackend;

  @IsString()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 lowercase letters, digits, - or _' })
  QUEUE_PREFIX: string = 'compact';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  LOAD_SAMPLE_DATA?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHIQL?: boolean;

  /**
   * Whether GraphQL operations run compiled once per document (graphql-jit; the default) or as
   * graphql-js runs them. Set it false to rule the compiler out when an answer looks wrong.
   */
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_COMPILED: boolean = true;

  @IsString()
  DATA_DIR: string = '.data';

  /** Signs access tokens (HS256). Required in production; otherwise a random per-process secret. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Outgoing mail server. Unset: mail is written to DATA_DIR/outbox as .eml files. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MaxLength(200)
  MAIL_FROM: string = 'London Care Leavers Compact <no-reply@compact.localhost>';

  /** Where people open links sent by email (invitations). */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'APP_URL must be an http:// or https:// URL' })
  APP_URL: string = 'http://localhost:3000';

  /** Comma-separated browser origins allowed to call the API (CORS). Unset: none. */
  @IsOptional()
  @Matches(/^\s*https?:\/\/[^\s/,]+\s*(,\s*https?:\/\/[^\s/,]+\s*)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins like https://compact.example.org',
  })
  CORS_ORIGINS?: string;

  /** How often the worker moves waiting outbox events to the queue, in milliseconds. */
  @WholeNumber(50, 60000)
  OUTBOX_POLL_MS: number = 500;

  /** Outbox events the relay moves in one pass (and, of a kind it packs, at most in one job). */
  @WholeNumber(1, 5000)
  OUTBOX_BATCH_SIZE: number = 500;

  /** Express "trust proxy" (e.g. 1, or loopback) so rate limits see the client's address behind a proxy. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * The programme's time zone: which calendar day it is ("today", due dates, snapshot days,
   * digest weeks), how times read in messages, and how the worker's job schedules (below) are read.
   */
  @IsTimeZone()
  TIME_ZONE: string = DEFAULT_TIME_ZONE;

  /** When the reminder rules run (cron: minute hour day-of-month month day-of-week). */
  @Matches(CRON, { message: CRON_MESSAGE('REMINDERS_CRON') })
  REMINDERS_CRON: string = '0 7 * * *';

  /** When every progress rollup is recomputed and the day's snapshots are written. */
  @Matches(CRON, { message: CRON_MESSAGE('NIGHTLY_ROLLUP_CRON') })
  NIGHTLY_ROLLUP_CRON: string = '30 1 * * *';

  /** When the weekly digest goes out. */
  @Matches(CRON, { message: CRON_MESSAGE('WEEKLY_DIGEST_CRON') })
  WEEKLY_DIGEST_CRON: string = '0 8 * * 1';

  /** How often the worker checks that every job schedule is still stored, and registers any that went missing (ms). */
  @WholeNumber(1000, 86400000)
  SCHEDULE_CHECK_MS: number = 300000;

  /** How long a proposal's rollup waits for more agreement changes before it is recomputed, in milliseconds. */
  @WholeNumber(0, 600000)
  ROLLUP_DEBOUNCE_MS: number = 2000;

  /** Jobs one worker process runs at once on each queue. */
  @WholeNumber(1, 64)
  WORKER_CONCURRENCY: number = 4;

  /**
   * Rollup recomputations one worker process gathers into one (one transaction for all of them):
   * it claims up to this many due recompute jobs at once.
   */
  @WholeNumber(1, 1000)
  ROLLUP_BATCH_SIZE: number = 100;

  /**
   * Emails one worker process sends at once (its concurrency on the notifications queue). Each
   * holds a pooled database connection while it sends, so keep it below DATABASE_POOL_SIZE.
   */
  @WholeNumber(1, 64)
  MAIL_CONCURRENCY: number = 8;

  /**
   * Emails the outbox relay packs into one delivery job. A pack's emails go out together and are
   * marked sent together; a worker stopped in the middle of a pack sends it again (under the same
   * Message-IDs), so a smaller pack repeats less after a crash and a larger one costs less per email.
   */
  @WholeNumber(1, 500)
  MAIL_PACK_SIZE: number = 25;

  /**
   * How long a worker's claim on a job lasts before it must renew it (ms). A worker that dies
   * holding jobs gives them up once the claim lapses and the next stalled check runs.
   */
  @WholeNumber(1000, 600000)
  QUEUE_LOCK_DURATION_MS: number = 30000;

  /** How often workers look for jobs whose claim lapsed and put them back in the queue (ms). */
  @WholeNumber(1000, 600000)
  QUEUE_STALLED_INTERVAL_MS: number = 30000;

  /** /health/jobs answers 503 once more failed jobs than this are kept across the queues (0: any failed job). */
  @WholeNumber(0, 1000000)
  HEALTH_MAX_FAILED_JOBS: number = 0;

  /**
   * Work counts as stranded once it has waited this long (ms): an email notification still not
   * sent, an event handed to the queue whose job is gone, a progress rollup still out of date.
   * The worker puts it back in the queue, and /health/jobs reports it.
   */
  @WholeNumber(1000, 86400000)
  STRANDED_WORK_AFTER_MS: number = 600000;

  /** How often the worker looks for stranded work (ms). */
  @WholeNumber(1000, 86400000)
  STRANDED_SWEEP_EVERY_MS: number = 60000;

  /** Days before a consultation closes on which its audience members who have not answered are reminded, comma-separated. */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : String(value).split(',').map((d) => Number(d.trim()))))
  @IsArray({ message: 'REMINDER_CLOSING_DAYS must be a comma-separated list of whole days, e.g. "3,1"' })
  @ArrayMinSize(1, { message: 'REMINDER_CLOSING_DAYS must name at least one day, e.g. "3,1"' })
  @ArrayMaxSize(10, { message: 'REMINDER_CLOSING_DAYS may name at most 10 days' })
  @ArrayUnique({ message: 'REMINDER_CLOSING_DAYS must not name a day twice' })
  @IsInt({ each: true, message: 'REMINDER_CLOSING_DAYS must be a comma-separated list of whole days, e.g. "3,1"' })
  @Min(1, { each: true, message: 'REMINDER_CLOSING_DAYS must be days from 1 to 90' })
  @Max(90, { each: true, message: 'REMINDER_CLOSING_DAYS must be days from 1 to 90' })
  REMINDER_CLOSING_DAYS: number[] = [3, 1];

  /** An endorsed offer's agreement with a party counts as stale after this many days without a status change. */
  @WholeNumber(1, 365)
  REMINDER_STALE_AFTER_DAYS: number = 30;

  /** A stale agreement's officers are reminded again every this many days. */
  @WholeNumber(1, 365)
  REMINDER_STALE_REPEAT_DAYS: number = 14;

  /** A closed consultation whose proposal has not moved this many days later is raised with the House's co-chairs. */
  @WholeNumber(1, 365)
  REMINDER_STALLED_AFTER_DAYS: number = 14;

  /** Members of a body hear about its meeting this many days before. */
  @WholeNumber(1, 90)
  REMINDER_MEETING_NOTICE_DAYS: number = 7;

  /** Owners of an action item hear about it this many days before it is due. */
  @WholeNumber(1, 90)
  REMINDER_ACTION_DUE_DAYS: number = 3;

  /**
   * When a safeguarding lead will look at a concern for someone's safety, as promised to the person
   * who raised it, completing "A safeguarding lead will look at this …" (e.g. "within one working day").
   */
  @IsString()
  @MinLength(3, { message: 'SAFEGUARDING_RESPONSE_TIME must say when, e.g. "within one working day"' })
  @MaxLength(100, { message: 'SAFEGUARDING_RESPONSE_TIME must be at most 100 characters' })
  SAFEGUARDING_RESPONSE_TIME: string = 'within one working day';

  /**
   * A CiCC vote's tally is shown only once at least this many members have voted (while it is
   * open, and after it closes), so that nobody's vote can be worked out from a small count.
   */
  @WholeNumber(1, 100)
  TALLY_MIN_VOTERS: number = 5;
}

export class EnvironmentError extends Error {}

/**
 * Validates raw environment variables. Throws one error whose message names every variable at
 * fault, so a mistyped value stops the process before it does anything.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // An empty value (`NAME=` in an env file) means "not set": the default applies.
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const env = plainToInstance(Environment, given, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const value = JSON.stringify(raw[e.property]);
      const why = [...new Set(Object.values(e.constraints ?? {}))].join('; ');
      return `  ${e.property}=${value}: ${why}`;
    });
    throw new EnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (env.QUEUE_BACKEND === QueueBackend.REDIS && !env.REDIS_URL) {
    throw new EnvironmentError('Invalid configuration:\n  QUEUE_BACKEND=redis needs REDIS_URL');
  }
  if (env.NODE_ENV === NodeEnv.PRODUCTION && !env.JWT_SECRET) {
    throw new EnvironmentError('Invalid configuration:\n  JWT_SECRET is required in production (at least 32 random characters)');
  }
  return env;
}

export function isProduction(env: Environment): boolean {
  return env.NODE_ENV === NodeEnv.PRODUCTION;
}

/** Sample data loads outside production unless turned off; production never loads it. */
export function shouldLoadSampleData(env: Environment): boolean {
  if (isProduction(env)) return false;
  return env.LOAD_SAMPLE_DATA ?? env.NODE_ENV === NodeEnv.DEVELOPMENT;
}

/** The browser origins allowed by CORS_ORIGINS. */
export function corsOrigins(env: Pick<Environment, 'CORS_ORIGINS'>): string[] {
  return (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o.length > 0);
}
