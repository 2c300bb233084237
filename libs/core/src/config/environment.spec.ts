import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { corsOrigins, Environment, EnvironmentError, NodeEnv, QueueBackend, shouldLoadSampleData, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('fills defaults for a bare environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ NODE_ENV: NodeEnv.DEVELOPMENT, PORT: 3000, HOST: '127.0.0.1', QUEUE_PREFIX: 'compact', LOG_LEVEL: 'info' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', LOAD_SAMPLE_DATA: 'false', GRAPHIQL: '1' });
    expect(env.PORT).toBe(8080);
    expect(env.LOAD_SAMPLE_DATA).toBe(false);
    expect(env.GRAPHIQL).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://localhost/compact'],
    ['REDIS_URL', 'localhost:6379'],
    ['QUEUE_BACKEND', 'kafka'],
    ['LOG_LEVEL', 'loud'],
    ['LOAD_SAMPLE_DATA', 'perhaps'],
    ['JWT_SECRET', 'too-short'],
    ['SMTP_URL', 'mail.example.org:25'],
    ['APP_URL', 'compact.example.org'],
    ['CORS_ORIGINS', 'https://a.example.org/path'],
    ['CORS_ORIGINS', '*'],
    ['WORKER_CONCURRENCY', '0'],
    ['QUEUE_LOCK_DURATION_MS', '10'],
    ['QUEUE_STALLED_INTERVAL_MS', 'often'],
    ['REMINDER_CLOSING_DAYS', '3,3'],
    ['REMINDER_CLOSING_DAYS', '3,soon'],
    ['REMINDER_CLOSING_DAYS', '0'],
    ['REMINDER_STALE_AFTER_DAYS', '2.5'],
    ['REMINDER_MEETING_NOTICE_DAYS', '-1'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}=`));
  });

  it('reads the reminder thresholds and queue timings, with the documented defaults', () => {
    expect(validateEnvironment({})).toMatchObject({
      REMINDER_CLOSING_DAYS: [3, 1],
      REMINDER_STALE_AFTER_DAYS: 30,
      REMINDER_STALE_REPEAT_DAYS: 14,
      REMINDER_STALLED_AFTER_DAYS: 14,
      REMINDER_MEETING_NOTICE_DAYS: 7,
      REMINDER_ACTION_DUE_DAYS: 3,
      WORKER_CONCURRENCY: 4,
      QUEUE_LOCK_DURATION_MS: 30000,
      QUEUE_STALLED_INTERVAL_MS: 30000,
    });
    expect(validateEnvironment({ REMINDER_CLOSING_DAYS: '7, 2,1', REMINDER_STALE_AFTER_DAYS: '21', QUEUE_LOCK_DURATION_MS: '5000' })).toMatchObject({
      REMINDER_CLOSING_DAYS: [7, 2, 1],
      REMINDER_STALE_AFTER_DAYS: 21,
      QUEUE_LOCK_DURATION_MS: 5000,
    });
  });

  it('treats an empty value as not set', () => {
    expect(validateEnvironment({ PORT: '', REMINDER_CLOSING_DAYS: '', JWT_SECRET: '' })).toMatchObject({ PORT: 3000, REMINDER_CLOSING_DAYS: [3, 1] });
  });

  it('says each fault once', () => {
    expect(() => validateEnvironment({ REMINDER_CLOSING_DAYS: '0,200' })).toThrow(/^Invalid configuration:\n {2}REMINDER_CLOSING_DAYS="0,200": REMINDER_CLOSING_DAYS must be days from 1 to 90$/);
  });

  it('documents every variable in .env.example, and nothing else', () => {
    const declared = new Set(getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false).map((m) => m.propertyName));
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...declared].sort());
  });

  it('needs REDIS_URL when the Redis backend is asked for', () => {
    expect(() => validateEnvironment({ QUEUE_BACKEND: QueueBackend.REDIS })).toThrow('QUEUE_BACKEND=redis needs REDIS_URL');
  });

  it('never loads sample data in production, and does by default in development only', () => {
    expect(shouldLoadSampleData(validateEnvironment({ NODE_ENV: 'production', LOAD_SAMPLE_DATA: 'true', JWT_SECRET: 's'.repeat(32) }))).toBe(false);
    expect(shouldLoadSampleData(validateEnvironment({ NODE_ENV: 'development' }))).toBe(true);
    expect(shouldLoadSampleData(validateEnvironment({ NODE_ENV: 'test' }))).toBe(false);
    expect(shouldLoadSampleData(validateEnvironment({ NODE_ENV: 'development', LOAD_SAMPLE_DATA: 'false' }))).toBe(false);
  });

  it('requires JWT_SECRET in production only', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow('JWT_SECRET is required in production');
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toBe('x'.repeat(32));
    expect(validateEnvironment({ NODE_ENV: 'development' }).JWT_SECRET).toBeUndefined();
  });

  it('reads the CORS allow-list as trimmed origins', () => {
    expect(corsOrigins(validateEnvironment({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }))).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(corsOrigins(validateEnvironment({}))).toEqual([]);
  });
});
