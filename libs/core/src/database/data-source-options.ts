import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseLogger } from './database-logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Repository root in source form, or `dist/` when running compiled code. */
const ROOT = join(__dirname, '..', '..', '..', '..');

/** How long a request waits for a free pooled connection before it fails. */
export const DATABASE_CONNECTION_TIMEOUT_MS = 15000;

/** The one description of the database used by the app, the worker, the CLI and the tests. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(ROOT, 'libs', '*', 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(ROOT, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: ['query', 'error'],
    logger: new DatabaseLogger(['query', 'error', 'warn', 'migration']),
    maxQueryExecutionTime: 500,
    // A request waits at most this long for a free connection, then fails (and is logged) rather
    // than hanging: a full pool is an overload to see, not to wait out forever.
    extra: { max: 10, connectionTimeoutMillis: DATABASE_CONNECTION_TIMEOUT_MS, application_name: 'compact' },
    ...overrides,
  } as DataSourceOptions;
}

export const DEFAULT_LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/compact';
