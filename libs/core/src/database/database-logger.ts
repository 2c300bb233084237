import { Logger as NestLogger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * TypeORM logger: counts statements (tests use it to prove a view does not run one query per
 * row), logs slow queries through Nest's logger, and stays quiet otherwise. A failed statement is
 * logged at debug only: its error reaches the caller, which knows whether it was expected (a
 * duplicate refused as CONFLICT) or a fault (logged at error, with the statement, where it is handled).
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
      if (message.type === 'query-slow') this.logger.warn({ query: message.message, parameters: message.parameters }, 'Slow query');
      else if (message.type === 'query-error') this.logger.debug({ query: message.message, parameters: message.parameters }, 'Query failed');
      else if (message.type === 'migration' || message.type === 'schema-build') this.logger.log(String(message.message));
    }
  }
}
