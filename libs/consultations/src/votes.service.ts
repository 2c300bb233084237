import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { Actor, requirePerson } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { ConsultationState, consultationState, effectiveClose } from './consultation-rules';
import { ConsultationAudience, ConsultationEntity } from './consultation.entity';
import { ConsultationConflictError, ConsultationErrorCode, ConsultationForbiddenError } from './consultations.errors';
import { isCurrentCiccMember } from './membership-checks';
import { VoteChoice } from './vote.entity';

export interface Tally {
  consultationId: string;
  support: number;
  oppose: number;
  abstain: number;
  total: number;
}

/** The caller's own vote; the only vote anyone can read. */
export interface OwnVote {
  consultationId: string;
  proposalId: string;
  choice: VoteChoice;
  castAt: Date;
  updatedAt: Date;
}

export interface CastVoteResult {
  vote: OwnVote;
  /** True when this changed an earlier vote of the member on the proposal. */
  changed: boolean;
  consultation: ConsultationEntity;
}

/**
 * CiCC members' votes on proposals. Who voted how is never read back: only tallies, and each
 * member's own vote.
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Casts or changes a current CiCC member's vote on a proposal while a CiCC consultation on it
   * is open. One vote per member per proposal, kept so by Postgres even under double submits.
   */
  async cast(actor: Actor, request: { proposalId: string; choice: VoteChoice }): Promise<CastVoteResult> {
    const personId = requirePerson(actor);
    return this.dataSource.transaction(async (m) => {
      // The proposal is looked up only when the vote is refused, so that an unknown proposal is
      // still NOT_FOUND whatever else is wrong; a vote that goes through needs no extra statement.
      if (!(await isCurrentCiccMember(m, personId))) {
        await this.proposals.get(request.proposalId, m);
        throw new ConsultationForbiddenError(ConsultationErrorCode.NOT_A_CICC_MEMBER, 'Only current members of the Children in Care Council can vote on proposals.');
      }
      const now = new Date();
      // A share lock: closing the consultation waits for this vote, and a vote after close finds it closed.
      const consultation = await m
        .getRepository(ConsultationEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_read')
        .where('c.proposalId = :proposalId AND c.audience = :audience', { proposalId: request.proposalId, audience: ConsultationAudience.CICC })
        .andWhere('c.closedAt IS NULL AND c.opensAt <= :now AND c.closesAt > :now', { now })
        .orderBy('c.opensAt', 'DESC')
        .getOne();
      if (!consultation) {
        await this.proposals.get(request.proposalId, m);
        throw await this.whyNoVote(request.proposalId, now);
      }

      const [row] = (await m.query(
        `INSERT INTO vote (proposal_id, consultation_id, member_id, choice)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_vote_proposal_member
         DO UPDATE SET choice = EXCLUDED.choice, consultation_id = EXCLUDED.consultation_id, updated_at = now()
         RETURNING choice, cast_at, updated_at, (xmax <> 0) AS changed`,
        [request.proposalId, consultation.id, personId, request.choice],
      )) as { choice: VoteChoice; cast_at: Date; updated_at: Date; changed: boolean }[];
      // Votes are anonymous: the trail says that this person voted on the proposal, never how.
      await this.audit.record(m, actor, {
        action: 'castVote',
        entityType: 'proposal',
        entityId: request.proposalId,
        always: true,
        after: { consultationId: consultation.id, vote: row.changed ? 'CHANGED' : 'CAST' },
      });
      return {
        vote: { consultationId: consultation.id, proposalId: request.proposalId, choice: row.choice, castAt: row.cast_at, updatedAt: row.updated_at },
        changed: row.changed,
        consultation,
      };
    });
  }

  /** A CONFLICT saying when voting opens or closed, or that there is none. */
  private async whyNoVote(proposalId: string, now: Date): Promise<ConsultationConflictError> {
    const latest = await this.dataSource.getRepository(ConsultationEntity).findOne({
      where: { proposalId, audience: ConsultationAudience.CICC },
      order: { opensAt: 'DESC' },
    });
    if (!latest) {
      return new ConsultationConflictError(ConsultationErrorCode.NO_VOTE_OPEN, 'There is no CiCC consultation on this proposal, so it is not open for votes.', 'proposalId');
    }
    if (consultationState(latest, now) === ConsultationState.SCHEDULED) {
      return new ConsultationConflictError(
        ConsultationErrorCode.NOT_YET_OPEN,
        `Voting on this proposal opens at ${latest.opensAt.toISOString()} and closes at ${latest.closesAt.toISOString()}.`,
        'proposalId',
        { consultationId: latest.id },
      );
    }
    return new ConsultationConflictError(
      ConsultationErrorCode.NO_VOTE_OPEN,
      `Voting on this proposal closed at ${effectiveClose(latest).toISOString()}; votes can no longer be cast or changed.`,
      'proposalId',
      { consultationId: latest.id },
    );
  }

  /** Vote tallies of each consultation in one statement (the final tally once kept). */
  async tallies(consultationIds: readonly string[]): Promise<Tally[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id,
              coalesce(c.final_support, count(v.id) FILTER (WHERE v.choice = 'SUPPORT'))::int AS support,
              coalesce(c.final_oppose, count(v.id) FILTER (WHERE v.choice = 'OPPOSE'))::int AS oppose,
              coalesce(c.final_abstain, count(v.id) FILTER (WHERE v.choice = 'ABSTAIN'))::int AS abstain
         FROM consultation c
         LEFT JOIN vote v ON v.consultation_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [[...consultationIds]],
    )) as { id: string; support: number; oppose: number; abstain: number }[];
    return rows.map((r) => ({ consultationId: r.id, support: r.support, oppose: r.oppose, abstain: r.abstain, total: r.support + r.oppose + r.abstain }));
  }

  /** The actor's own votes in the given consultations. */
  async ownVotes(actor: Actor, consultationIds: readonly string[]): Promise<OwnVote[]> {
    if (!actor.personId) return [];
    const rows = (await this.dataSource.query(
      `SELECT consultation_id, proposal_id, choice, cast_at, updated_at FROM vote WHERE member_id = $1 AND consultation_id = ANY($2::uuid[])`,
      [actor.personId, [...consultationIds]],
    )) as { consultation_id: string; proposal_id: string; choice: VoteChoice; cast_at: Date; updated_at: Date }[];
    return rows.map((r) => ({ consultationId: r.consultation_id, proposalId: r.proposal_id, choice: r.choice, castAt: r.cast_at, updatedAt: r.updated_at }));
  }
}
