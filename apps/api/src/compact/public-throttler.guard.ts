import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerOptions } from '@nestjs/throttler';

/** Counts per client address, for operations open to anyone. */
export const PUBLIC_THROTTLER = 'public';

/** The default for public operations; each may set its own with @Throttle({ public: … }). */
export const PUBLIC_THROTTLERS: ThrottlerOptions[] = [{ name: PUBLIC_THROTTLER, ttl: 60_000, limit: 120 }];

/** Going over a public rate limit; the error formatter answers TOO_MANY_REQUESTS. */
export class PublicRateLimitedError extends ThrottlerException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests from your address. Wait ${Math.max(1, retryAfterSeconds)} seconds and try again.`);
  }
}

/** Rate limits for public operations, over GraphQL or plain HTTP. */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  protected getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown>; res?: Record<string, unknown> }>();
      return { req: ctx.req, res: ctx.res ?? (ctx.req.res as Record<string, unknown>) };
    }
    const http = context.switchToHttp();
    return { req: http.getRequest<Record<string, unknown>>(), res: http.getResponse<Record<string, unknown>>() };
  }

  protected async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new PublicRateLimitedError(detail.timeToBlockExpire);
  }
}
