import type { Request, Response } from 'express';

/**
 * API round trips made while answering one request, sent back in a Server-Timing header
 * (`api;desc="2"`), so tests can hold each page to as few calls as it needs.
 */
export function countApiCall(req: Request): void {
  const locals = req.res?.locals as { apiCalls?: number } | undefined;
  if (locals) locals.apiCalls = (locals.apiCalls ?? 0) + 1;
}

export function apiCallsOf(res: Response): number {
  return (res.locals as { apiCalls?: number }).apiCalls ?? 0;
}
