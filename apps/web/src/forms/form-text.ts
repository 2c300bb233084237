import type { Request } from 'express';

/** The one-off message a page shows after a change (then forgets). */
export function takeFlash(req: Request): string | undefined {
  const flash = req.session.flash;
  delete req.session.flash;
  return flash;
}

/** A form's text field, with Windows line endings made plain and the ends trimmed. */
export function formText(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
}
