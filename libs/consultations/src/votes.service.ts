import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { auditInsertSql, auditInsertValues } from '@app/audit';
import { AccessService } from '@app/access';
import { Actor, Clock, enforce, Environment, preparedQuery, requirePerson, Tx } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { castVotePermission, signOffAfterVotePermission, VoteFacts } from './consultation-permissions';
import { consultationOpenSql, TallyAccess, tallyAccess } from './consultation-rules';
import { ConsultationAudience, ConsultationEntity } from './consultation.entity';
import { ConsultationConflictError, ConsultationErrorCode } from './consultations.errors';
import { currentCiccMemberSql } from './membership-checks';
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
export class VotesService implements OnModuleInit {
  /** The vote statement, built once from the consultation's columns (and prepared on each connection). */
  private castSql: string | undefined;

  /** The fewest voters whose tally may be shown (TALLY_MIN_VOTERS). */
  readonly minVotersForTally: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly access: AccessService,
    config: ConfigService<Environment, true>,
    private readonly clock: Clock,
  ) {
    this.minVotersForTally = config.get('TALLY_MIN_VOTERS', { infer: true });
  }

  /** "14 March 2026 at 10:00 (London time)". */
  private localTime(at: Date): string {
    return this.clock.calendar.dayAndTimeInWordsWithZone(at);
  }

  /** The young people's vote must count: no co-chair signs a proposal off while it is still to close. */
  onModuleInit(): void {
    this.proposals.beforeSignOff(async ({ proposal, actor, now }) => {
      const facts = (await this.voteFacts(actor.personId, [proposal.id])).get(proposal.id)!;
      enforce(signOffAfterVotePermission(proposal, facts, now, this.clock.calendar));
    });
  }

  /**
   * Whether a caller may see a consultation's tally: its rule, then the minimum number of voters
   * (see tallyAccess). `voters` is the tally's total.
   */
  tallyAccess(consultation: Pick<ConsultationEntity, 'tallyVisibility'> & { takesVotes: boolean; closed: boolean }, voters: number, hasVoted: boolean): TallyAccess {
    return tallyAccess(consultation.tallyVisibility, { takesVotes: consultation.takesVotes, closed: consultation.closed, hasVoted, voters, minVoters: this.minVotersForTally });
  }

  /**
   * Casts or changes a current CiCC member's vote on a proposal while a CiCC consultation on it
   * is open. One vote per member per proposal, kept so by Postgres even under double submits.
   *
   * A vote that goes through is one statement (see CAST_VOTE): the membership check, the open
   * consultation under a share lock, the vote and its audit event, committed together. Only a
   * refused vote runs more, to say why.
   */
  async cast(actor: Actor, request: { proposalId: string; choice: VoteChoice }): Promise<CastVoteResult> {
    const personId = requirePerson(actor);
    const now = this.clock.now();
    this.castSql ??= castVoteStatement(this.dataSource);
    const [row] = await preparedQuery<CastVoteRow>(this.txHost.tx, CAST_VOTE_STATEMENT_NAME, this.castSql, [
      request.proposalId,
      personId,
      request.choice,
      now,
      ...auditInsertValues(actor),
    ]);
    if (!row.voted) {
      // An unknown proposal is NOT_FOUND whatever else is wrong.
      await this.proposals.get(request.proposalId);
      // The statement applies castVotePermission's rule; the rule says why it did not vote.
      const facts = (await this.voteFacts(personId, [request.proposalId])).get(request.proposalId)!;
      enforce(castVotePermission(await this.access.viewer(actor), facts, now));
      throw new ConsultationConflictError(ConsultationErrorCode.NO_VOTE_OPEN, 'The vote could not be recorded; try again.', 'proposalId');
    }
    const consultation = this.hydrateConsultation(row);
    return {
      vote: { consultationId: consultation.id, proposalId: request.proposalId, choice: row.vote_choice, castAt: row.vote_cast_at, updatedAt: row.vote_updated_at },
      changed: row.vote_changed,
      consultation,
    };
  }

  /** The consultation columns a vote statement returns, each as `c_<column>`. */
  private consultationColumns(): readonly ColumnMetadata[] {
    return this.dataSource.getMetadata(ConsultationEntity).columns;
  }

  private hydrateConsultation(row: CastVoteRow): ConsultationEntity {
    const consultation = new ConsultationEntity();
    for (const column of this.consultationColumns()) {
      column.setEntityValue(consultation, this.dataSource.driver.prepareHydratedValue(row[`c_${column.databaseName}`], column));
    }
    return consultation;
  }

  /**
   * What castVotePermission needs for each proposal, in one statement: its latest CiCC
   * consultation and which consultation the person's vote on it is in. Unknown ids give no consultation.
   */
  async voteFacts(personId: string | null, proposalIds: readonly string[]): Promise<Map<string, VoteFacts>> {
    if (proposalIds.length === 0) return new Map();
    const rows = await this.txHost.tx.query<{ proposalId: string; latest: { id: string; audience: ConsultationAudience; opensAt: string; closesAt: string; closedAt: string | null } | null; ownVoteConsultationId: string | null }[]>(
      `SELECT p.id AS "proposalId",
              (SELECT json_build_object('id', c.id, 'audience', c.audience, 'opensAt', c.opens_at, 'closesAt', c.closes_at, 'closedAt', c.closed_at)
                 FROM consultation c WHERE c.proposal_id = p.id AND c.audience = 'CICC' ORDER BY c.opens_at DESC, c.id LIMIT 1) AS latest,
              (SELECT v.consultation_id FROM vote v WHERE v.proposal_id = p.id AND v.member_id = $2::uuid) AS "ownVoteConsultationId"
         FROM unnest($1::uuid[]) AS p(id)`,
      [[...new Set(proposalIds)], personId],
    );
    return new Map(
      rows.map((r) => [
        r.proposalId,
        {
          proposalId: r.proposalId,
          latest: r.latest && {
            id: r.latest.id,
            audience: r.latest.audience,
            opensAt: new Date(r.latest.opensAt),
            closesAt: new Date(r.latest.closesAt),
            closedAt: r.latest.closedAt ? new Date(r.latest.closedAt) : null,
          },
          ownVoteConsultationId: r.ownVoteConsultationId,
        },
      ]),
    );
  }

  /** Vote tallies of each consultation in one statement (the final tally once kept). */
  async tallies(consultationIds: readonly string[]): Promise<Tally[]> {
    const rows = await this.txHost.tx.query<{ id: string; support: number; oppose: number; abstain: number }[]>(
      `SELECT c.id,
              coalesce(c.final_support, count(v.id) FILTER (WHERE v.choice = 'SUPPORT'))::int AS support,
              coalesce(c.final_oppose, count(v.id) FILTER (WHERE v.choice = 'OPPOSE'))::int AS oppose,
              coalesce(c.final_abstain, count(v.id) FILTER (WHERE v.choice = 'ABSTAIN'))::int AS abstain
         FROM consultation c
         LEFT JOIN vote v ON v.consultation_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [[...consultationIds]],
    );
    return rows.map((r) => ({ consultationId: r.id, support: r.support, oppose: r.oppose, abstain: r.abstain, total: r.support + r.oppose + r.abstain }));
  }

  /** The actor's own votes in the given consultations. */
  async ownVotes(actor: Actor, consultationIds: readonly string[]): Promise<OwnVote[]> {
    if (!actor.personId) return [];
    const rows = await this.txHost.tx.query<{ consultation_id: string; proposal_id: string; choice: VoteChoice; cast_at: Date; updated_at: Date }[]>(
      `SELECT consultation_id, proposal_id, choice, cast_at, updated_at FROM vote WHERE member_id = $1 AND consultation_id = ANY($2::uuid[])`,
      [actor.personId, [...consultationIds]],
    );
    return rows.map((r) => ({ consultationId: r.consultation_id, proposalId: r.proposal_id, choice: r.choice, castAt: r.cast_at, updatedAt: r.updated_at }));
  }
}

/** The name the vote statement is prepared under on each connection. */
export const CAST_VOTE_STATEMENT_NAME = 'cast_vote';

/** The one statement that casts a vote (see castVoteSql), as the service sends it; the benchmark's floor sends the same text. */
export function castVoteStatement(dataSource: DataSource): string {
  return castVoteSql(dataSource.getMetadata(ConsultationEntity).columns);
}

interface CastVoteRow {
  /** Whether the caller is a current CiCC member. */
  member: boolean;
  /** Whether the vote was written (a member, and a CiCC consultation on the proposal is open). */
  voted: boolean;
  vote_choice: VoteChoice;
  vote_cast_at: Date;
  vote_updated_at: Date;
  vote_changed: boolean;
  /** The consultation voted in, column by column (`c_<column>`). */
  [column: `c_${string}`]: unknown;
}

/**
 * One statement that casts a vote: $1 proposal, $2 member, $3 choice, $4 now, $5/$6 the audit
 * actor and correlation id. It always returns one row saying whether the caller is a member and
 * whether the vote was written.
 *
 * - `member`: the same rule as isCurrentCiccMember, checked in the statement that votes.
 * - `open`: the open CiCC consultation on the proposal, under a share lock. Closing a
 *   consultation takes its row FOR UPDATE and counts the final tally under that lock, so it waits
 *   for a vote in flight to commit and counts it; a vote arriving while a close is in flight waits
 *   for it, re-reads the row and finds it closed, and writes nothing.
 * - `cast`: the upsert on (proposal, member); `changed` is true when it replaced an earlier vote.
 * - `audit`: the event, in the same statement and so the same transaction. Votes are anonymous:
 *   the trail says that this person voted on the proposal, never how.
 */
function castVoteSql(columns: readonly ColumnMetadata[]): string {
  return `WITH member AS (
       SELECT EXISTS (${currentCiccMemberSql('$2::uuid')}) AS ok
     ), open AS (
       SELECT ${columns.map((c) => `c.${c.databaseName}`).join(', ')} FROM consultation c
        WHERE (SELECT ok FROM member) AND c.proposal_id = $1::uuid AND c.audience = 'CICC'
          AND ${consultationOpenSql('c', '$4::timestamptz')}
        ORDER BY c.opens_at DESC
        LIMIT 1
        FOR SHARE
     ), cast_vote AS (
       INSERT INTO vote (proposal_id, consultation_id, member_id, choice)
       SELECT $1::uuid, open.id, $2::uuid, $3::vote_choice FROM open
       ON CONFLICT ON CONSTRAINT uq_vote_proposal_member
       DO UPDATE SET choice = EXCLUDED.choice, consultation_id = EXCLUDED.consultation_id, updated_at = now()
       RETURNING consultation_id, choice, cast_at, updated_at, (xmax <> 0) AS changed
     ), audit AS (
       ${auditInsertSql({
         from: 'cast_vote',
         action: 'castVote',
         entityType: 'proposal',
         entityId: '$1::uuid',
         after: `jsonb_build_object('consultationId', cast_vote.consultation_id, 'vote', CASE WHEN cast_vote.changed THEN 'CHANGED' ELSE 'CAST' END)`,
         actor: '$5',
         correlationId: '$6',
       })}
     )
     SELECT member.ok AS member, cast_vote.consultation_id IS NOT NULL AS voted,
            cast_vote.choice AS vote_choice, cast_vote.cast_at AS vote_cast_at, cast_vote.updated_at AS vote_updated_at, cast_vote.changed AS vote_changed,
            ${columns.map((c) => `open.${c.databaseName} AS c_${c.databaseName}`).join(', ')}
       FROM member LEFT JOIN cast_vote ON true LEFT JOIN open ON true`;
}
