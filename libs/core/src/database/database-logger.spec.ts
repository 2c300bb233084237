import { Logger } from '@nestjs/common';
import { DatabaseLogger, LOGGED_PARAMETERS, parametersForLog, statementForLog } from './database-logger';

describe('database logger', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

  it('logs a statement over thousands of ids with its first few and a count', () => {
    const shown = parametersForLog([ids, 'x'.repeat(10_000), 42, null]) as unknown[];
    expect(shown[0]).toEqual([...ids.slice(0, LOGGED_PARAMETERS.arrayItems), '… 5000 items in all']);
    expect(shown[1]).toMatch(/^x{200}… \(10000 characters\)$/);
    expect(shown.slice(2)).toEqual([42, null]);
    expect(JSON.stringify(shown).length).toBeLessThan(1000);
  });

  it('shows at most ten parameters and says how many there were', () => {
    const shown = parametersForLog(Array.from({ length: 40 }, (_, i) => i)) as unknown[];
    expect(shown).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, '… 40 parameters in all']);
    expect(parametersForLog(undefined)).toBeUndefined();
    expect(statementForLog('SELECT 1')).toBe('SELECT 1');
    expect(statementForLog('S'.repeat(5000))).toMatch(/… \(5000 characters\)$/);
  });

  it('writes one bounded line for a slow statement, with its time', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      new DatabaseLogger(['query', 'error']).logQuerySlow(1234, 'INSERT INTO person SELECT unnest($1::uuid[])', [ids]);
      expect(warn).toHaveBeenCalledTimes(1);
      const [line, message] = warn.mock.calls[0] as [Record<string, unknown>, string];
      expect(message).toBe('Slow query');
      expect(line).toMatchObject({ query: 'INSERT INTO person SELECT unnest($1::uuid[])', ms: 1234 });
      expect(JSON.stringify(line).length).toBeLessThan(1000);
    } finally {
      warn.mockRestore();
    }
  });

  it('writes one bounded debug line for a failed statement, naming the error (the caller decides whether it was a fault)', () => {
    const error = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    try {
      new DatabaseLogger(['query', 'error']).logQueryError(new Error('deadlock detected') as unknown as string, 'UPDATE x SET y = 1 WHERE id = ANY($1)', [ids]);
      expect(error).toHaveBeenCalledTimes(1);
      const [line, message] = error.mock.calls[0] as [Record<string, unknown>, string];
      expect(message).toBe('Query failed');
      expect(line).toMatchObject({ error: 'deadlock detected' });
      expect((line.parameters as unknown[][])[0]).toHaveLength(LOGGED_PARAMETERS.arrayItems + 1);
    } finally {
      error.mockRestore();
    }
  });
});
