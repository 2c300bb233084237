import { registerEnumType } from '@nestjs/graphql';
import { AccessErrorCode } from '@app/access';
import { AgreementErrorCode } from '@app/agreements';
import { CommentErrorCode } from '@app/comments';
import { CompactErrorCode } from '@app/compact';
import { ConsultationErrorCode } from '@app/consultations';
import { CORE_ERROR_REASON_MEANINGS } from '@app/core';
import { GovernanceErrorCode, PrivacyErrorCode } from '@app/governance';
import { IdentityErrorCode } from '@app/identity';
import { JobsErrorCode } from '@app/jobs';
import { MeetingErrorCode } from '@app/meetings';
import { NotificationsErrorCode } from '@app/notifications';
import { PersonalDataErrorCode } from '@app/personal-data';
import { ProposalErrorCode } from '@app/proposals';
import { ReferenceErrorCode } from '@app/reference';

/** Each domain's reasons, with the part of the programme whose rules raise them. */
const DOMAIN_REASONS: [string, Record<string, string>][] = [
  ['Access', AccessErrorCode],
  ['Agreements', AgreementErrorCode],
  ['Comments and safeguarding', CommentErrorCode],
  ['The Compact', CompactErrorCode],
  ['Consultations and votes', ConsultationErrorCode],
  ['Governance (people, memberships, co-chairs)', GovernanceErrorCode],
  ['Privacy', PrivacyErrorCode],
  ['Sign-in and sessions', IdentityErrorCode],
  ['Background jobs', JobsErrorCode],
  ['Meetings', MeetingErrorCode],
  ['Notifications', NotificationsErrorCode],
  ['Personal data', PersonalDataErrorCode],
  ['Proposals', ProposalErrorCode],
  ['Reference data', ReferenceErrorCode],
];

function inWords(reason: string): string {
  const words = reason.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const meanings = new Map<string, string>();
for (const [reason, meaning] of Object.entries(CORE_ERROR_REASON_MEANINGS)) meanings.set(reason, meaning);
for (const [area, codes] of DOMAIN_REASONS) {
  for (const reason of Object.values(codes)) {
    const meaning = `${area}: ${inWords(reason).toLowerCase()} (the message says what to do).`;
    meanings.set(reason, meanings.has(reason) && !meanings.get(reason)!.startsWith(area) ? `${meanings.get(reason)} Also raised by ${area.toLowerCase()}.` : meaning);
  }
}

/**
 * Every value `extensions.reason` of an error can take, so a client can map refusals to its own
 * words or actions; `extensions.code` gives the kind (BAD_USER_INPUT, NOT_FOUND, …).
 */
export const ErrorReason: Record<string, string> = Object.fromEntries([...meanings.keys()].sort().map((r) => [r, r]));

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Every value an error\'s extensions.reason can take (extensions.code gives its kind). Not returned by any field: listed so clients can map refusals; the message says the same for a person.',
  valuesMap: Object.fromEntries([...meanings].map(([reason, description]) => [reason, { description }])),
});

/** The error kinds of extensions.code. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: "The kind of an error, in its extensions.code. Not returned by any field: listed so clients can rely on it.",
  valuesMap: {
    BAD_USER_INPUT: { description: 'An input is wrong; extensions.field names it when there is one.' },
    NOT_FOUND: { description: 'The record asked for does not exist (a single-item lookup answers null beside this error).' },
    CONFLICT: { description: "The record's state does not allow this now (or someone else changed it first)." },
    FORBIDDEN: { description: 'The caller may not do this.' },
    UNAUTHENTICATED: { description: 'Nobody is signed in, or the session has ended.' },
    TOO_MANY_REQUESTS: { description: 'Too many attempts; try again after extensions.retryAfterSeconds.' },
    SERVICE_UNAVAILABLE: { description: 'The service cannot reach its database; try again after extensions.retryAfterSeconds.' },
    INTERNAL_SERVER_ERROR: { description: 'Something went wrong in the service; the message is hidden and the error logged.' },
  },
});

/** Types the schema lists though no field returns them (passed to buildSchemaOptions.orphanedTypes). */
export const ORPHANED_SCHEMA_TYPES = [ErrorReason, ErrorCode] as unknown as (new () => unknown)[];
