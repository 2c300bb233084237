import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './postgres-errors';

/** An error as node-postgres raises it for a server message. */
function serverError(code: string, message = 'server says no'): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it('recognises a database that is down, restarting, shutting down or out of connections', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('57P03', 'the database system is starting up'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('53300', 'sorry, too many clients already'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('08006'))).toBe(true);
    const aggregate = Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNREFUSED' })]), {});
    expect(isDatabaseUnavailable(aggregate)).toBe(true);
  });

  it('looks inside TypeORM’s wrapper and a cause', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], serverError('57P01')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('query failed', { cause: serverError('57P03') }))).toBe(true);
  });

  it('leaves bugs and bad input alone', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT x', [], serverError('42703', 'column "x" does not exist')))).toBe(false);
    expect(isDatabaseUnavailable(serverError('23505'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of null (reading 'length')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false);
  });
});
