import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Request } from 'express';
import { WEB_CONFIG, WebConfig } from '../config/web-config';
import {
  ApiError,
  ApiInputError,
  ApiNotFoundError,
  ApiRateLimitedError,
  ServiceUnavailableError,
  SessionExpiredError,
} from './api-errors';
import { RefreshSessionDocument, TypedDocumentString } from './generated/graphql';
import type { ApiDownload } from './downloads';
import { ApiHttp, type ApiHttpAnswer } from './api-http';
import { countApiCall } from './round-trips';
import type { SessionTokens } from './session-tokens';

/** Refresh the access token when less than this is left of it. */
export const REFRESH_MARGIN_MS = 60_000;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string; retryAfterSeconds?: number } }[];
}

/**
 * The web app's only door to the API: GraphQL over HTTP with the generated typed operations.
 * It alone knows GraphQL, the visitor's tokens (refreshed when near expiry, once more when the API
 * says the token is no longer good) and the API's errors, which it turns into the classes of
 * api-errors.ts for pages and forms.
 */
@Injectable()
export class ApiClient implements OnApplicationShutdown {
  private readonly logger = new Logger('ApiClient');
  private readonly http: ApiHttp;
  /** Refreshes in flight, by refresh token, so two requests of one browser never spend it twice. */
  private readonly refreshing = new Map<string, Promise<SessionTokens>>();

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {
    this.http = new ApiHttp(config.apiUrl);
  }

  onApplicationShutdown(): void {
    this.http.close();
  }

  /** Runs one operation as the visitor of `req`: signed in when the session holds tokens, anonymous otherwise. */
  async request<R, V>(req: Request, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    let tokens = req.session?.tokens ?? null;
    if (tokens && Date.parse(tokens.accessTokenExpiresAt) - Date.now() < REFRESH_MARGIN_MS) tokens = await this.refresh(req, tokens);
    const answer = await this.send(req, document, variables, tokens?.accessToken ?? null);
    if (tokens && isUnauthenticated(answer)) {
      // The token was refused (e.g. the clock moved on): refresh once and try again.
      tokens = await this.refresh(req, tokens);
      return this.unwrap(await this.send(req, document, variables, tokens.accessToken), true);
    }
    return this.unwrap(answer, !!tokens);
  }

  /** Runs one operation without the visitor's tokens (signing in, signing out). */
  async anonymous<R, V>(req: Request, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    return this.unwrap(await this.send(req, document, variables, null), false);
  }

  /**
   * Fetches one of the API's downloads (a path under its /exports/) as the visitor, for the web
   * app to pass on: the browser never holds the API's tokens. Refusals become the same errors as
   * GraphQL's.
   */
  async download(req: Request, path: string): Promise<ApiDownload> {
    let tokens = req.session?.tokens ?? null;
    if (!tokens) throw new SessionExpiredError();
    if (Date.parse(tokens.accessTokenExpiresAt) - Date.now() < REFRESH_MARGIN_MS) tokens = await this.refresh(req, tokens);
    countApiCall(req);
    let response: globalThis.Response;
    try {
      response = await fetch(new URL(path, this.config.apiUrl), {
        headers: { authorization: `Bearer ${tokens.accessToken}`, ...(req.ip ? { 'x-forwarded-for': req.ip } : {}) },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      this.logger.error(`The API at ${this.config.apiUrl} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      throw new ServiceUnavailableError();
    }
    if (response.status === 401) throw new SessionExpiredError();
    if (response.status === 403) throw new ApiError('You cannot download this.', 'FORBIDDEN');
    if (response.status === 404) throw new ApiNotFoundError('Not found.', 'NOT_FOUND', null, null);
    if (!response.ok) throw new ServiceUnavailableError();
    const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download.csv';
    return { filename, contentType: response.headers.get('content-type') ?? 'text/csv; charset=utf-8', body: await response.text() };
  }

  private async refresh(req: Request, tokens: SessionTokens): Promise<SessionTokens> {
    let pending = this.refreshing.get(tokens.refreshToken);
    if (!pending) {
      pending = this.send(req, RefreshSessionDocument, { input: { refreshToken: tokens.refreshToken } }, null).then((answer) => {
        if (answer.errors?.length || !answer.data) {
          const code = answer.errors?.[0]?.extensions?.code;
          if (code === 'SERVICE_UNAVAILABLE' || code === 'INTERNAL_SERVER_ERROR') this.unwrap(answer, false);
          throw new SessionExpiredError();
        }
        return answer.data.refreshSession.tokens;
      });
      this.refreshing.set(tokens.refreshToken, pending);
      // Keep the answer a moment for requests that read the old token just before it was replaced.
      void pending.catch(() => undefined).finally(() => setTimeout(() => this.refreshing.delete(tokens.refreshToken), 10_000).unref());
    }
    try {
      const fresh = await pending;
      if (req.session) req.session.tokens = fresh;
      return fresh;
    } catch (error) {
      if (error instanceof SessionExpiredError && req.session) {
        delete req.session.tokens;
        delete req.session.person;
      }
      throw error;
    }
  }

  private async send<R, V>(req: Request, document: TypedDocumentString<R, V>, variables: V | undefined, accessToken: string | null): Promise<GraphQLResponse<R>> {
    countApiCall(req);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    // The visitor's address, for the API's per-address rate limits (it trusts it only behind TRUST_PROXY).
    if (req.ip) headers['x-forwarded-for'] = req.ip;
    const correlationId = req.header?.('x-correlation-id');
    if (correlationId) headers['x-correlation-id'] = correlationId;
    let response: ApiHttpAnswer;
    try {
      response = await this.http.post(headers, JSON.stringify({ query: document.toString(), variables: variables ?? {} }), 15_000);
    } catch (error) {
      this.logger.error(`The API at ${this.config.apiUrl} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      throw new ServiceUnavailableError();
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) throw new ServiceUnavailableError();
    if (!response.contentType.includes('json')) {
      this.logger.error(`The API answered HTTP ${response.status} without JSON`);
      throw new ServiceUnavailableError();
    }
    try {
      return JSON.parse(response.text) as GraphQLResponse<R>;
    } catch {
      this.logger.error(`The API answered HTTP ${response.status} with JSON that could not be read`);
      throw new ServiceUnavailableError();
    }
  }

  private unwrap<R>(answer: GraphQLResponse<R>, signedIn: boolean): R {
    const error = answer.errors?.[0];
    if (!error) {
      if (answer.data === undefined || answer.data === null) throw new ApiError('The API sent no data.', 'INTERNAL_SERVER_ERROR');
      return answer.data;
    }
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const field = error.extensions?.field ?? null;
    const reason = error.extensions?.reason ?? null;
    switch (code) {
      case 'BAD_USER_INPUT':
        return throwing(new ApiInputError(error.message, code, field, reason));
      case 'CONFLICT':
        return throwing(field ? new ApiInputError(error.message, code, field, reason) : new ApiError(error.message, code, field, reason));
      case 'TOO_MANY_REQUESTS':
        return throwing(new ApiRateLimitedError(error.message, error.extensions?.retryAfterSeconds ?? null));
      case 'NOT_FOUND':
        return throwing(new ApiNotFoundError(error.message, code, field, reason));
      case 'UNAUTHENTICATED':
        // Signed in: the session has ended. Signing in: a refused code or link, shown on its form.
        if (signedIn) return throwing(new SessionExpiredError());
        return throwing(field ? new ApiInputError(error.message, code, field, reason) : new ApiError(error.message, code, field, reason));
      case 'SERVICE_UNAVAILABLE':
        return throwing(new ServiceUnavailableError(error.message));
      default:
        return throwing(new ApiError(error.message, code, field, reason));
    }
  }
}

function isUnauthenticated(answer: GraphQLResponse<unknown>): boolean {
  return answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;
}

function throwing(error: Error): never {
  throw error;
}
