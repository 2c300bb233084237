import { Role, Viewer, viewerHolds } from '@app/access';
import { ALLOWED, Permission, refused } from '@app/core';
import { PersonalDataConflictError, PersonalDataErrorCode, PersonalDataForbiddenError } from './personal-data.errors';

/** What erasePerson needs to know about the person (see ErasureFacts SQL in PersonalDataService.erasureFacts). */
export interface ErasureFacts {
  id: string;
  erasedAt: Date | null;
  /** A safety concern about their comments, or reported by them, is still open. */
  openSafetyConcern: boolean;
}

/**
 * erasePerson: a programme admin, never on their own data, once, and not while a safety concern
 * about the person's comments (or reported by them) is open. A pure function of the viewer and
 * facts, used both by the operation and by `Person.viewerCan`.
 */
export function erasePersonPermission(viewer: Viewer, person: ErasureFacts): Permission {
  if (!viewerHolds(viewer, Role.PROGRAMME_ADMIN)) {
    return refused(new PersonalDataForbiddenError('NOT_PROGRAMME_ADMIN', "Only a programme admin can erase a person's data."));
  }
  if (viewer.personId === person.id) {
    return refused(new PersonalDataForbiddenError(PersonalDataErrorCode.CANNOT_ERASE_YOURSELF, 'Another programme admin must erase your data.', 'personId'));
  }
  if (person.erasedAt) {
    return refused(
      new PersonalDataConflictError(PersonalDataErrorCode.ALREADY_ERASED, `This person's data was already erased on ${person.erasedAt.toISOString().slice(0, 10)}.`, 'personId'),
    );
  }
  if (person.openSafetyConcern) {
    return refused(
      new PersonalDataConflictError(
        PersonalDataErrorCode.OPEN_SAFEGUARDING_CONCERN,
        "A safeguarding concern about this person's comments, or reported by them, is still open; a safeguarding lead must handle it before their data is erased.",
        'personId',
      ),
    );
  }
  return ALLOWED;
}

/** The facts erasePersonPermission needs, for the people in $1 (uuid[]); add FOR UPDATE OF p to lock them. */
export const ERASURE_FACTS_SQL = `
  SELECT p.id, p.erased_at AS "erasedAt",
         EXISTS (SELECT 1 FROM comment_report r JOIN comment c ON c.id = r.comment_id
                  WHERE r.reason = 'SAFETY_CONCERN' AND r.resolved_at IS NULL AND (c.author_id = p.id OR r.reporter_id = p.id)) AS "openSafetyConcern"
    FROM person p WHERE p.id = ANY($1::uuid[])`;
