import { Agent as HttpAgent, request as httpRequest, IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** An answer from the API, read whole. */
export interface ApiHttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * POSTs to the API over kept-alive connections with node's own HTTP client: every page makes at
 * least one call, and fetch() costs several times more CPU per request than this.
 */
export class ApiHttp {
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  constructor(private readonly url: string) {
    const secure = url.startsWith('https:');
    this.agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.send = secure ? httpsRequest : httpRequest;
  }

  post(headers: Record<string, string>, body: string, timeoutMs: number): Promise<ApiHttpAnswer> {
    return new Promise((resolve, reject) => {
      const req = this.send(this.url, { method: 'POST', agent: this.agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, timeout: timeoutMs }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
