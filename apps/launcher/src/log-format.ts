import { prettyFactory } from 'pino-pretty';

/** Turns one line a child process printed into what the launcher prints, prefixed with the process's name. */
export type LineFormatter = (process: string, line: string) => string;

interface LogLine {
  level: number;
  time: number;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  [key: string]: unknown;
}

/**
 * Development: the API's and worker's JSON log lines as short readable lines (time, level, where
 * from, message; a request as method, URL, status and time), through pino-pretty. Elsewhere the
 * JSON lines pass through unchanged for log collectors. Lines that are not JSON pass as they are.
 */
export function lineFormatter(options: { pretty: boolean; colour: boolean }): LineFormatter {
  const width = 7;
  const label = (process: string) => `${process.padEnd(width)}|`;
  if (!options.pretty) return (_process, line) => line;
  const pretty = prettyFactory({
    colorize: options.colour,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: (log, messageKey) => {
      const entry = log as LogLine;
      if (entry.req && entry.res) return `${entry.req.method} ${entry.req.url} ${entry.res.statusCode} in ${entry.responseTime} ms`;
      const message = entry[messageKey];
      return `${entry.context ? `${entry.context}: ` : ''}${typeof message === 'string' ? message : ''}`;
    },
  });
  return (process, line) => {
    const entry = parseLogLine(line);
    return `${label(process)} ${entry ? pretty(entry).trimEnd() : line}`;
  };
}

function parseLogLine(line: string): LogLine | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(line) as Partial<LogLine>;
    return typeof parsed.level === 'number' && typeof parsed.time === 'number' ? (parsed as LogLine) : null;
  } catch {
    return null;
  }
}
