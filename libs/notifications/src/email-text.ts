/** The parts of a notification an email is made from. */
export interface EmailParts {
  displayName: string;
  subject: string;
  body: string;
  link: string | null;
  /** A kind that always reaches the person at once: the email does not offer a choice it cannot honour. */
  alwaysEmailed?: boolean;
}

/** An absolute URL for a link stored as a path in the app, or the link itself when already absolute. */
export function absoluteLink(appUrl: string, link: string | null): string | null {
  if (!link) return null;
  if (/^https?:\/\//.test(link)) return link;
  return `${appUrl.replace(/\/$/, '')}${link.startsWith('/') ? '' : '/'}${link}`;
}

/**
 * A plain, short email: greeting, what happened and what to do (the body), the link, and how to
 * change what they receive.
 */
export function emailText(appUrl: string, parts: EmailParts): string {
  const link = absoluteLink(appUrl, parts.link);
  const lines = [`Hello ${parts.displayName},`, '', parts.body.trim()];
  if (link) lines.push('', `Open it here: ${link}`);
  if (parts.alwaysEmailed) {
    lines.push('', 'Messages like this one always come at once by email and in the app, because someone may need help.');
  } else {
    lines.push('', `To choose how you hear about this (email now, weekly digest or in the app only): ${absoluteLink(appUrl, '/settings/notifications')}`);
  }
  return lines.join('\n');
}
