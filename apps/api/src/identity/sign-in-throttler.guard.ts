import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerOptions } from '@nestjs/throttler';
import { normaliseEmail } from '@app/identity';
import { GraphQLContext } from '../graphql/context';

/** Raised when a caller goes over a rate limit; the error formatter answers TOO_MANY_REQUESTS. */
export class RateLimitedError extends ThrottlerException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
  }
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Counts per client address (the default tracker). */
export const ADDRESS_THROTTLER = 'address';
/** Counts per email address named in the operation's input. */
export const EMAIL_THROTTLER = 'email';

/** The email an operation's input names, normalised, so case and spaces cannot dodge the limit. */
function emailTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  const input = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>().input;
  return typeof input?.email === 'string' ? `email:${normaliseEmail(input.email)}` : 'email:none';
}

/**
 * Defaults for the sign-in operations; each operation may set its own with @Throttle. Per address
 * they are generous (refreshing and signing out, many people behind one address); per email strict.
 * Counts are kept in the shared store (@app/rate-limits): every API process counts together.
 */
export const SIGN_IN_THROTTLERS: ThrottlerOptions[] = [
  { name: ADDRESS_THROTTLER, ttl: FIFTEEN_MINUTES, limit: 600 },
  { name: EMAIL_THROTTLER, ttl: FIFTEEN_MINUTES, limit: 10, getTracker: emailTracker },
];

/** Rate limits for GraphQL operations: reads the request from the GraphQL context. */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected getRequestResponse(context: ExecutionContext): { req: GraphQLContext['req']; res: GraphQLContext['res'] } {
    const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return { req: ctx.req, res: ctx.res };
  }

  protected async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(detail.timeToBlockExpire);
  }
}
