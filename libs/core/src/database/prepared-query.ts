import { EntityManager, QueryFailedError, QueryRunner } from 'typeorm';

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
 * and fails as a manager's query does (QueryFailedError, so isUniqueViolation and the rest apply).
 *
 * `manager` is the transaction host's current manager: inside a transaction the statement runs on
 * that transaction's connection, otherwise on a connection borrowed from the pool for it.
 */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const joined = manager.queryRunner && !manager.queryRunner.isReleased ? manager.queryRunner : null;
  const runner: QueryRunner = joined ?? manager.connection.createQueryRunner();
  const logger = manager.connection.logger;
  try {
    const client = (await runner.connect()) as PgClient;
    logger.logQuery(text, values, runner);
    try {
      return (await client.query<T>({ name, text, values })).rows;
    } catch (error) {
      logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (!joined) await runner.release();
  }
}
