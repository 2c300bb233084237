import { IdentityErrorCode } from './identity.errors';

/** Most people one list may invite at once. */
export const MAX_INVITATION_ROWS = 200;

/** One person to invite, as written in a list (e.g. a row of a CSV file): every value is text, checked here. */
export interface InvitationRow {
  displayName?: string | null;
  email?: string | null;
  /** "YYYY-MM", or empty. */
  birthMonth?: string | null;
  /** The council they come from: its name, three-letter code or GSS code; or empty. */
  homeCouncil?: string | null;
  /** "yes" or "no" (also y/n, true/false), or empty for no. */
  careExperienced?: string | null;
}

/** What is wrong with one value of a row: a stable code, the value it is about and what to do. */
export interface InvitationProblem {
  code: IdentityErrorCode | string;
  field: string | null;
  message: string;
}

/** A council as a list may name it. */
export interface CouncilName {
  id: string;
  name: string;
  shortCode: string;
  gssCode: string;
}

/** A row's values ready for an invitation, or its problems. */
export interface ReadRow {
  displayName: string;
  email: string;
  birthMonth: string | null;
  homeAuthorityId: string | null;
  careExperienced: boolean;
  problems: InvitationProblem[];
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false', '']);

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/**
 * Reads every row of a list of people to invite, finding each row's problems that need no
 * database: a missing name or email, an email on two rows, a council not in London, a
 * care-experienced answer that is not yes or no. The rules every invitation follows (the email's
 * form, the birth month, who may give which place) are checked by inviting for real.
 */
export function readInvitationRows(rows: readonly InvitationRow[], councils: readonly CouncilName[]): ReadRow[] {
  const firstRowOfEmail = new Map<string, number>();
  return rows.map((row, index) => {
    const problems: InvitationProblem[] = [];
    const displayName = text(row.displayName);
    const email = text(row.email);
    const birthMonth = text(row.birthMonth) || null;
    if (!displayName) problems.push({ code: IdentityErrorCode.INVITEE_NAME_MISSING, field: 'displayName', message: 'Enter the person’s name.' });
    if (!email) {
      problems.push({ code: IdentityErrorCode.INVITEE_EMAIL_MISSING, field: 'email', message: 'Enter the person’s email address.' });
    } else {
      const key = email.toLowerCase();
      const first = firstRowOfEmail.get(key);
      if (first === undefined) firstRowOfEmail.set(key, index);
      else problems.push({ code: IdentityErrorCode.INVITEE_EMAIL_REPEATED, field: 'email', message: `This email is also on row ${first + 1}: invite each person once.` });
    }
    const council = text(row.homeCouncil).toLowerCase();
    let homeAuthorityId: string | null = null;
    if (council) {
      const found = councils.find((c) => c.name.toLowerCase() === council || c.shortCode.toLowerCase() === council || c.gssCode.toLowerCase() === council);
      if (found) homeAuthorityId = found.id;
      else problems.push({ code: IdentityErrorCode.HOME_COUNCIL_UNKNOWN, field: 'homeCouncil', message: `“${text(row.homeCouncil)}” is not one of London’s 33 councils: give its name, like Hackney, or leave it empty.` });
    }
    const care = text(row.careExperienced).toLowerCase();
    if (!YES.has(care) && !NO.has(care)) {
      problems.push({ code: IdentityErrorCode.CARE_EXPERIENCED_NOT_YES_OR_NO, field: 'careExperienced', message: 'Say whether they are care-experienced with yes or no.' });
    }
    return { displayName, email, birthMonth, homeAuthorityId, careExperienced: YES.has(care), problems };
  });
}
