import { Logger as NestLogger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** How much of a statement's parameters a log line carries (slow or failed statements). */
export const LOGGED_PARAMETERS = {
  /** Parameters shown; the rest are counted. */
  count: 10,
  /** Items shown of an array parameter (a list of ids); the rest are counted. */
  arrayItems: 5,
  /** Characters shown of a text parameter (or of an object's JSON). */
  chars: 200,
  /** Characters shown of the statement itself. */
  statementChars: 4000,
};

/** One parameter fit for a log line: long texts clipped, long arrays cut to their first items with a count. */
function loggableParameter(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, LOGGED_PARAMETERS.arrayItems).map(loggableParameter);
    return value.length > shown.length ? [...shown, `… ${value.length} items in all`] : shown;
  }
  if (typeof value === 'string') return clip(value, LOGGED_PARAMETERS.chars);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return '<unprintable object>';
  }
  return json.length > LOGGED_PARAMETERS.chars ? clip(json, LOGGED_PARAMETERS.chars) : value;
}

/**
 * A statement's parameters as a log line carries them: at most LOGGED_PARAMETERS.count, each
 * array cut to its first items and each text clipped, so a statement over thousands of ids (a
 * bulk insert, a list of proposals) logs a line of bounded size.
 */
export function parametersForLog(parameters: readonly unknown[] | Record<string, unknown> | undefined): unknown {
  if (!parameters) return undefined;
  if (!Array.isArray(parameters)) return loggableParameter(parameters);
  const shown = parameters.slice(0, LOGGED_PARAMETERS.count).map(loggableParameter);
  return parameters.length > shown.length ? [...shown, `… ${parameters.length} parameters in all`] : shown;
}

/** A statement's text as a log line carries it. */
export function statementForLog(query: unknown): string {
  return clip(String(query), LOGGED_PARAMETERS.statementChars);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * TypeORM logger: counts statements (tests use it to prove a view does not run one query per
 * row), logs slow queries through Nest's logger, and stays quiet otherwise. A failed statement is
 * logged at debug only: its error reaches the caller, which knows whether it was expected (a
 * duplicate refused as CONFLICT) or a fault (logged at error, with the statement, where it is handled).
 * Logged parameters are cut down (parametersForLog), so no line carries thousands of them.
 */
export class DatabaseLogger extends AbstractLogger {
  private static statements = 0;
  private readonly logger = new NestLogger('Database');

  /** Statements run by this process since it started. */
  static get statementCount(): number {
    return DatabaseLogger.statements;
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    DatabaseLogger.statements += 1;
    super.logQuery(query, parameters, queryRunner);
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | LogMessage[]): void {
    const messages = Array.isArray(logMessage) ? logMessage : [logMessage];
    for (const message of messages) {
      // TypeORM sends each slow or failed statement as two messages: the statement, then its time or error.
      if (message.type === 'query-slow' && message.format === 'sql') {
        this.logger.warn({ query: statementForLog(message.message), parameters: parametersForLog(message.parameters), ms: message.additionalInfo?.time as number | undefined }, 'Slow query');
      } else if (message.type === 'query-error' && message.format === 'sql') {
        const error = messages.find((m) => m !== message && m.type === 'query-error')?.message as unknown;
        this.logger.debug({ query: statementForLog(message.message), parameters: parametersForLog(message.parameters), error: error instanceof Error ? error.message : error }, 'Query failed');
      } else if (message.type === 'migration' || message.type === 'schema-build') this.logger.log(String(message.message));
    }
  }
}
