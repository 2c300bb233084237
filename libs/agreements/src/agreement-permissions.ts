import { ALLOWED, Permission, refused } from '@app/core';
import { actsFor, PartyScope, ScopeKind, Viewer } from '@app/access';
import { AGREEMENT_STATUSES, ProposalStatus } from '@app/proposals';
import { AgreementStatusEntity, PartyKind } from './agreement-status.entity';
import { AgreementConflictError, AgreementErrorCode, AgreementForbiddenError } from './agreements.errors';

/**
 * Who may do what to a party's agreement. Each rule is a pure function of the viewer and facts,
 * used both by the operation (which throws the refusal) and by `Agreement.viewerCan`.
 */

export type AgreementFacts = Pick<AgreementStatusEntity, 'partyKind' | 'localAuthorityId' | 'areaId' | 'organisationId' | 'reconfirmationNeeded'>;

/** The party an agreement is asked of, as a role scope. */
export function partyScopeOf(row: Pick<AgreementStatusEntity, 'partyKind' | 'localAuthorityId' | 'areaId' | 'organisationId'>): PartyScope {
  const id = row.localAuthorityId ?? row.areaId ?? row.organisationId;
  if (!id) throw new Error('An agreement row has no party.');
  return partyScope({ kind: row.partyKind, id });
}

/** The kind of party a role scope names (the inverse of partyScope). */
export function partyKindOf(scope: PartyScope): PartyKind {
  return scope.kind === ScopeKind.AUTHORITY ? PartyKind.LOCAL_AUTHORITY : scope.kind === ScopeKind.AREA ? PartyKind.ICS_AREA : PartyKind.ORGANISATION;
}

/** A party (by kind and id) as a role scope. */
export function partyScope(party: { kind: PartyKind; id: string }): PartyScope {
  const kind = party.kind === PartyKind.LOCAL_AUTHORITY ? ScopeKind.AUTHORITY : party.kind === PartyKind.ICS_AREA ? ScopeKind.AREA : ScopeKind.ORGANISATION;
  return { kind, id: party.id };
}

/**
 * Someone who acts for the party now (actsFor: LA_OFFICER of that LA, or PARTNER_OFFICER of that
 * area or partner, from a membership or a grant), and the system. The operation names, in its
 * refusal, whom the caller does act for.
 */
export function representsPermission(viewer: Viewer, party: PartyScope): Permission {
  if (viewer.system || actsFor(viewer.roles, party)) return ALLOWED;
  return refused(new AgreementForbiddenError(AgreementErrorCode.NOT_A_REPRESENTATIVE, "Only someone who represents this party can change its agreement."));
}

/** Agreements change only while the offer is out for agreement (ENDORSED or ADOPTED). */
export function offerOpenPermission(proposalStatus: ProposalStatus | null | undefined, field = 'agreementId'): Permission {
  if (proposalStatus && AGREEMENT_STATUSES.includes(proposalStatus)) return ALLOWED;
  return refused(
    new AgreementConflictError(AgreementErrorCode.PROPOSAL_NOT_OPEN, `This offer is ${proposalStatus ?? 'gone'}, so agreements to it can no longer be changed.`, field, {
      proposalStatus,
    }),
  );
}

/** updateAuthorityAgreements and updatePartyAgreements: the party's representative (each item's offer must also be out for agreement). */
export function updatePartyAgreementsPermission(viewer: Viewer, party: { kind: PartyKind; id: string }): Permission {
  return representsPermission(viewer, partyScope(party));
}

/** setAgreementStatus (and each item of updateAuthorityAgreements): the party's representative, while the offer is out for agreement. */
export function setAgreementStatusPermission(viewer: Viewer, row: AgreementFacts, proposalStatus: ProposalStatus | null | undefined): Permission {
  const represents = representsPermission(viewer, partyScopeOf(row));
  if (!represents.allowed) return represents;
  return offerOpenPermission(proposalStatus);
}

/** confirmAgreementWording: the party's representative, while the party is asked to re-confirm a revised wording. */
export function confirmWordingPermission(viewer: Viewer, row: AgreementFacts): Permission {
  const represents = representsPermission(viewer, partyScopeOf(row));
  if (!represents.allowed) return represents;
  if (!row.reconfirmationNeeded) {
    return refused(
      new AgreementConflictError(
        AgreementErrorCode.NOTHING_TO_CONFIRM,
        'This agreement is not waiting for re-confirmation: the party has not agreed an earlier wording of the offer.',
        'agreementId',
      ),
    );
  }
  return ALLOWED;
}
