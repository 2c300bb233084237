import { Agent, IncomingHttpHeaders, request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** One page or form answer as a browser would receive it. */
export interface WebAnswer {
  status: number;
  /** Where a redirect points (a path), or null. */
  location: string | null;
  /** The body, decompressed. */
  html: string;
  /** Bytes on the wire for the body (compressed as sent). */
  bytes: number;
  /** Time from sending the request to the last byte, in ms. */
  ms: number;
}

/**
 * One visitor of the web app over a shared keep-alive agent: it keeps its session cookie, sends
 * forms as a browser does (urlencoded, with the page's CSRF token) and accepts compressed pages.
 * Each visitor comes from an address of its own (X-Forwarded-For through a TLS-ending proxy), as
 * a thousand phones would: the sign-in limits per address then apply to each as in real life.
 */
export class WebVisitor {
  private cookie: string | null = null;

  constructor(
    private readonly base: string,
    private readonly agent: Agent,
    private readonly address: string,
  ) {}

  get(path: string): Promise<WebAnswer> {
    return this.send('GET', path, null);
  }

  /** Submits a form with the CSRF token taken from `page`. */
  submit(path: string, page: WebAnswer, fields: Record<string, string>): Promise<WebAnswer> {
    const token = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1];
    if (!token) throw new Error(`No form token on the page before ${path} (status ${page.status})`);
    return this.send('POST', path, new URLSearchParams({ ...fields, _csrf: token }).toString());
  }

  private send(method: 'GET' | 'POST', path: string, body: string | null): Promise<WebAnswer> {
    const began = performance.now();
    const headers: Record<string, string | number> = {
      'accept-encoding': 'br, gzip',
      'x-forwarded-for': this.address,
      'x-forwarded-proto': 'https',
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== null) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    return new Promise((resolve, reject) => {
      const req = request(`${this.base}${path}`, { method, agent: this.agent, headers, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            this.keepCookie(res.headers);
            const raw = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            const html = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
            resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, html, bytes: raw.length, ms: performance.now() - began });
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path} within 30 s`)));
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  }

  private keepCookie(headers: IncomingHttpHeaders): void {
    for (const line of headers['set-cookie'] ?? []) {
      const pair = line.split(';')[0];
      if (pair.startsWith('compact.sid=')) this.cookie = pair;
    }
  }
}
