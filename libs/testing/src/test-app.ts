import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DatabaseLogger } from '@app/core';
// test/setup-env.ts sets this file's environment before any module (and so the config) loads.
import { AppModule } from '../../../apps/api/src/app.module';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Sends one GraphQL operation over HTTP, as the given person (or anonymously). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { as?: string | null }): Promise<GraphQLResult<T>>;
  /** Like gql, but fails the test with the errors if there are any, and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { as?: string | null }): Promise<T>;
  /** Like gql, but expects exactly one error and returns it. */
  fails(query: string, variables?: Record<string, unknown>, options?: { as?: string | null }): Promise<{ message: string; extensions?: Record<string, any> }>;
  /** SQL statements run by this process so far (see DatabaseLogger). */
  statementCount(): number;
  close(): Promise<void>;
}

/**
 * Boots the real API (the same AppModule `npm start` runs) on a fresh copy of the test template
 * database. `test/setup-env.ts` has already pointed DATABASE_URL at a name unique to this file.
 */
export async function startTestApp(): Promise<TestApp> {
  const url = new URL(process.env.DATABASE_URL as string);
  const name = url.pathname.slice(1);
  await createDatabaseFromTemplate(name);

  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();

  const gql: TestApp['gql'] = async (query, variables, options) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (options?.as) req.set('x-person-id', options.as);
    const res = await req.send({ query, variables });
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from /graphql: ${res.text}`);
    return res.body as GraphQLResult<any>;
  };

  return {
    app,
    dataSource,
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
    statementCount: () => DatabaseLogger.statementCount,
    async close() {
      await app.close();
      await dropDatabase(name);
    },
  };
}
