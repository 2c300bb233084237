import { randomBytes } from 'node:crypto';

/** Everything the web app reads from its environment; `.env.example` documents each variable. */
export interface WebConfig {
  production: boolean;
  /** Where the web app listens. */
  port: number;
  host: string;
  /** The API's GraphQL endpoint: the only way the web app reads or changes anything. */
  apiUrl: string;
  /** PostgreSQL holding the web sessions (table web_session, made by a migration). */
  databaseUrl: string;
  /** Signs the session cookie. */
  sessionSecret: string;
  /** A signed-in session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** Express "trust proxy" for the web app (e.g. 1 behind one proxy), so Secure cookies and client addresses work. */
  trustProxy: string | null;
  /** fatal | error | warn | info | debug | trace | silent */
  logLevel: string;
  /** The programme's time zone (TIME_ZONE, shared with the API): which calendar day "today" is. */
  timeZone: string;
}

/** The programme's time zone when TIME_ZONE is not set; the API's default is the same. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

function timeZone(env: NodeJS.ProcessEnv): string {
  const zone = env.TIME_ZONE || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    throw new WebConfigError(`TIME_ZONE="${zone}" must be an IANA time zone such as ${DEFAULT_TIME_ZONE}.`);
  }
  return zone;
}

export class WebConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new WebConfigError(`${name}="${raw}" must be a port number (0-65535).`);
  return value;
}

/** Reads and checks the web app's settings; a bad value stops the process with a message naming the variable. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const production = env.NODE_ENV === 'production';
  const apiHost = env.HOST || '127.0.0.1';
  const apiUrl = env.API_URL || `http://${apiHost}:${port(env, 'PORT', 3000)}/graphql`;
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(apiUrl)) throw new WebConfigError(`API_URL="${apiUrl}" must be the API's http(s) GraphQL address, e.g. http://127.0.0.1:3000/graphql.`);
  const secret = env.SESSION_SECRET;
  if (production && (!secret || secret.length < 32)) {
    throw new WebConfigError('SESSION_SECRET must be set in production, at least 32 random characters (e.g. `openssl rand -base64 48`).');
  }
  const idle = env.SESSION_IDLE_MINUTES ? Number(env.SESSION_IDLE_MINUTES) : 120;
  if (!Number.isInteger(idle) || idle < 5 || idle > 60 * 24 * 30) {
    throw new WebConfigError(`SESSION_IDLE_MINUTES="${env.SESSION_IDLE_MINUTES}" must be a whole number of minutes from 5 to 43200.`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new WebConfigError(`LOG_LEVEL="${logLevel}" must be one of ${LOG_LEVELS.join(', ')}.`);
  return {
    production,
    port: port(env, 'WEB_PORT', 3001),
    host: env.WEB_HOST || apiHost,
    apiUrl,
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/compact',
    // Outside production a fresh secret per process: a restart signs everyone out of the web app.
    sessionSecret: secret || randomBytes(32).toString('base64'),
    sessionIdleMinutes: idle,
    trustProxy: env.WEB_TRUST_PROXY || null,
    logLevel,
    timeZone: timeZone(env),
  };
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');
