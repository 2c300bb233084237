/** Longest reason shown outside the admin's own view (the public /health/jobs). */
export const PUBLIC_REASON_MAX = 200;

/**
 * A job's failure reason fit for a public monitoring answer: its first line, clipped, with email
 * addresses and network addresses (which a mail or connection error may carry) left out.
 */
export function publicFailureReason(reason: string | null | undefined): string | null {
  if (!reason) return null;
  const line = reason.split('\n', 1)[0].trim();
  const cleaned = line
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '[address]')
    .replace(/(?<![\w:])\[?[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*\]?(?![\w:])/gi, '[address]');
  return cleaned.length <= PUBLIC_REASON_MAX ? cleaned : `${cleaned.slice(0, PUBLIC_REASON_MAX - 1)}…`;
}
