import { Agent, request } from 'node:http';

export interface JsonAnswer {
  status: number;
  body: { data?: unknown; errors?: unknown[] } & Record<string, unknown>;
}

/**
 * The load generator's HTTP client: node:http over kept-alive connections (one per request in
 * flight). On two shared cores the generator's own CPU is taken from the service it measures;
 * fetch() costs several times more per request than this, so the scenarios use this instead.
 */
export class JsonClient {
  private readonly agent: Agent;

  constructor(private readonly url: string, connections: number) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  post(body: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<JsonAnswer> {
    return new Promise((resolve, reject) => {
      const req = request(
        this.url,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (error) {
              reject(error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
