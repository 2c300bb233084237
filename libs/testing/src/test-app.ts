import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TransactionHost } from '@nestjs-cls/transactional';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DatabaseLogger, Tx } from '@app/core';
import { SessionService, SignInMethod } from '@app/identity';
import { MailTransport, OutboxMailTransport, SmtpMailTransport } from '@app/mail';
// test/setup-env.ts sets this file's environment before any module (and so the config) loads.
import { AppModule } from '../../../apps/api/src/app.module';
import { configureHttpApplication } from '../../../apps/api/src/graphql/graphql.module';
import { TestSmtpServer } from './smtp';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface RequestOptions {
  /** Send as this person: the harness signs them in (a real session and access token). */
  as?: string | null;
  /** Send this access token instead (e.g. one obtained through the sign-in operations). */
  token?: string | null;
  /** Extra HTTP headers. */
  headers?: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** The services' transaction host: `txHost.withTransaction(...)` runs service calls in one transaction. */
  txHost: Tx;
  /** Sends one GraphQL operation over HTTP, as the given person (or anonymously). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResult<T>>;
  /** Like gql, but fails the test with the errors if there are any, and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<T>;
  /** Like gql, but expects exactly one error and returns it. */
  fails(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<{ message: string; extensions?: Record<string, any> }>;
  /** Raw HTTP against the app, for tests of the HTTP edge itself. */
  http(): ReturnType<typeof request>;
  /** An access token for a person, minted by the app's own session service (cached per person). */
  tokenFor(personId: string): Promise<string>;
  /** Forgets a person's cached access token, after an operation ended their sessions; the next `as` signs them in again. */
  forgetToken(personId: string): void;
  /** SQL statements run by this process so far (see DatabaseLogger), not counting the harness's own sign-ins. */
  statementCount(): number;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Send the app's mail to this SMTP server. Otherwise mail goes to an outbox in the system temp folder. */
  smtp?: Pick<TestSmtpServer, 'url'>;
  /**
   * Run on the file's database as another TestApp of this file left it (a second API process, or
   * one restarted) instead of a fresh copy; close() then leaves the database for the others.
   */
  sharedDatabase?: boolean;
}

/**
 * Boots the real API (the same AppModule `npm start` runs) on a fresh copy of the test template
 * database. `test/setup-env.ts` has already pointed DATABASE_URL at a name unique to this file.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const url = new URL(process.env.DATABASE_URL as string);
  const name = url.pathname.slice(1);
  if (!options.sharedDatabase) await createDatabaseFromTemplate(name);

  const from = 'Compact tests <no-reply@compact.test>';
  const mail = options.smtp ? new SmtpMailTransport(options.smtp.url, from) : new OutboxMailTransport(join(tmpdir(), `compact-outbox-${name}`), from);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(MailTransport).useValue(mail).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false, bodyParser: false });
  configureHttpApplication(app);
  await app.init();
  const dataSource = app.get(DataSource);
  const txHost: Tx = app.get(TransactionHost);
  const server = app.getHttpServer();

  // Signing people in for `as` runs statements of its own; keep them out of statementCount.
  let harnessStatements = 0;
  const tokens = new Map<string, Promise<{ token: string; expiresAt: Date }>>();
  const tokenFor = async (personId: string): Promise<string> => {
    let minted = tokens.get(personId);
    const cached = minted ? await minted : null;
    if (!cached || cached.expiresAt.getTime() - Date.now() < 60_000) {
      minted = (async () => {
        const before = DatabaseLogger.statementCount;
        const session = await app.get(SessionService).issueFor(personId, SignInMethod.EMAIL_CODE);
        harnessStatements += DatabaseLogger.statementCount - before;
        return { token: session.accessToken, expiresAt: session.accessTokenExpiresAt };
      })();
      tokens.set(personId, minted);
      minted.catch(() => tokens.delete(personId));
    }
    return (await minted!).token;
  };

  const gql: TestApp['gql'] = async (query, variables, options) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    const token = options?.token ?? (options?.as ? await tokenFor(options.as) : null);
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [header, value] of Object.entries(options?.headers ?? {})) req.set(header, value);
    const res = await req.send({ query, variables });
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from /graphql: ${res.text}`);
    return res.body as GraphQLResult<any>;
  };

  return {
    app,
    dataSource,
    txHost,
    gql,
    async ok(query, variables, options) {
      const res = await gql(query, variables, options);
      if (res.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data as any;
    },
    async fails(query, variables, options) {
      const res = await gql(query, variables, options);
      if (!res.errors || res.errors.length !== 1) {
        throw new Error(`Expected exactly one error, got: ${JSON.stringify(res, null, 2)}`);
      }
      return res.errors[0];
    },
    http: () => request(server),
    tokenFor,
    forgetToken: (personId) => void tokens.delete(personId),
    statementCount: () => DatabaseLogger.statementCount - harnessStatements,
    async close() {
      await app.close();
      if (mail instanceof SmtpMailTransport) mail.close();
      else await rm(mail.directory, { recursive: true, force: true });
      if (!options.sharedDatabase) await dropDatabase(name);
    },
  };
}
