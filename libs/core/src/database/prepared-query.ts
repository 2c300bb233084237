import { DataSource, QueryFailedError } from 'typeorm';

interface PgClient {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * Runs one statement as a named prepared statement: Postgres parses it once per pooled
 * connection and, after a few runs, keeps one generic plan for it. For a short statement on a
 * hot path (a vote, the session check on every request) planning is most of the database's work.
 *
 * Only for a fixed text whose parameters do not change its best plan (lookups by key). The name
 * stands for that text on every pooled connection, so each name is used for one text only, across
 * the whole product (the driver refuses a second text under a name it has prepared). It is logged and counted like any other statement,
 * and fails as dataSource.query does (QueryFailedError, so isUniqueViolation and the rest apply).
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    dataSource.logger.logQuery(text, values, runner);
    try {
      return (await client.query<T>({ name, text, values })).rows;
    } catch (error) {
      dataSource.logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    await runner.release();
  }
}
