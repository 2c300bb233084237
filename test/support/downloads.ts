import { parse } from 'csv-parse/sync';
import { TestApp } from '@app/testing';

export interface Download {
  status: number;
  headers: Record<string, string>;
  /** The body as text, whatever its type. */
  text: string;
}

/** A GET of a download route, as a person (signed in by the harness) or anonymously, with the body kept as text. */
export async function download(t: TestApp, path: string, as?: string): Promise<Download> {
  const req = t
    .http()
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done(null, body));
    });
  if (as) req.set('authorization', `Bearer ${await t.tokenFor(as)}`);
  const res = await req;
  return { status: res.status, headers: res.headers, text: res.body as string };
}

/** The rows of a CSV download, keyed by its header. */
export function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true });
}
