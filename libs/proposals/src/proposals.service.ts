import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, inTransaction, StaleVersionError } from '@app/core';
import { BodyEntity } from '@app/reference';
import { assertBothCoChairs, coChairRoleOf, currentCoChairs } from '@app/governance';
import { ProposalSignOffEntity } from './proposal-sign-off.entity';
import { checkTransition, FORWARD_HOUSE_MOVES, TransitionRoute } from './proposal-status.machine';
import { ProposalTransitionEntity } from './proposal-transition.entity';
import { ProposalEntity, ProposalStatus } from './proposal.entity';
import { ProposalConflictError, ProposalErrorCode, ProposalForbiddenError, ProposalInputError, ProposalNotFoundError } from './proposals.errors';

export interface TransitionRequest {
  proposalId: string;
  to: ProposalStatus;
  reason: string;
  route: TransitionRoute;
  /** When given, the move is refused with CONFLICT if the proposal has changed since. */
  expectedVersion?: number;
}

export interface ProposalTransitionEvent {
  proposal: ProposalEntity;
  from: ProposalStatus;
  to: ProposalStatus;
  actor: Actor;
}

/** Runs inside the transition's transaction; throwing aborts the move. */
export type ProposalTransitionListener = (manager: EntityManager, event: ProposalTransitionEvent) => Promise<void>;

@Injectable()
export class ProposalsService {
  private readonly listeners: ProposalTransitionListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Lets another domain act on status changes in the same transaction (agreements opens one row
   * per party when a proposal is endorsed) without this domain depending on it.
   */
  onTransition(listener: ProposalTransitionListener): void {
    this.listeners.push(listener);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager, field = 'proposalId'): Promise<ProposalEntity> {
    const found = await manager.getRepository(ProposalEntity).findOneBy({ id });
    if (!found) throw new ProposalNotFoundError(ProposalErrorCode.PROPOSAL_NOT_FOUND, `No proposal has id ${id}.`, field);
    return found;
  }

  /** Reads and row-locks a proposal for the rest of the transaction. */
  async lock(manager: EntityManager, id: string, field = 'proposalId'): Promise<ProposalEntity> {
    const found = await manager.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new ProposalNotFoundError(ProposalErrorCode.PROPOSAL_NOT_FOUND, `No proposal has id ${id}.`, field);
    return found;
  }

  /**
   * Moves a proposal along the status machine, recording who, when and why. Checks the move is
   * legal for its route, that House moves are made by a current co-chair of that House, that a
   * House with an empty co-chair seat does not move forward, that UASC considerations exist
   * before leaving draft, and that both co-chairs have signed before RECOMMENDED.
   */
  async transition(actor: Actor, request: TransitionRequest, manager?: EntityManager): Promise<ProposalEntity> {
    return inTransaction(this.dataSource, manager, async (m) => {
      const proposal = await this.lock(m, request.proposalId);
      if (request.expectedVersion !== undefined && request.expectedVersion !== proposal.version) {
        throw new StaleVersionError('proposal', request.expectedVersion, proposal.version);
      }
      const from = proposal.status;
      const check = checkTransition(from, request.to, request.route);
      if (!check.ok && check.reason === 'ILLEGAL') {
        const allowed = check.allowed.length ? check.allowed.join(', ') : 'none (it is final)';
        throw new ProposalConflictError(
          ProposalErrorCode.ILLEGAL_TRANSITION,
          `A ${from} proposal cannot move to ${request.to}. Allowed from ${from}: ${allowed}.`,
          'to',
          { from, to: request.to, allowed: check.allowed },
        );
      }
      if (!check.ok && check.reason === 'WRONG_ROUTE') {
        throw new ProposalConflictError(
          ProposalErrorCode.WRONG_ROUTE,
          request.to === ProposalStatus.ENDORSED || request.route === TransitionRoute.HOUSE
            ? `Moving a ${from} proposal to ${request.to} needs a recorded Trust Board decision.`
            : `Moving a ${from} proposal to ${request.to} is for the House's co-chairs.`,
          'to',
          { from, to: request.to, routes: check.routes },
        );
      }
      if (request.route === TransitionRoute.HOUSE) await this.checkHouseMove(m, actor, proposal, request.to);
      if (from === ProposalStatus.DRAFT && request.to !== ProposalStatus.WITHDRAWN && !proposal.uascConsiderations?.trim()) {
        throw new ProposalInputError(
          ProposalErrorCode.UASC_CONSIDERATIONS_REQUIRED,
          'Say how this offer works for former unaccompanied asylum-seeking children (uascConsiderations) before it leaves draft.',
          'uascConsiderations',
        );
      }
      if (request.to === ProposalStatus.DRAFT) {
        await m.getRepository(ProposalSignOffEntity).update({ proposalId: proposal.id, voidedAt: IsNull() }, { voidedAt: new Date() });
      }

      proposal.status = request.to;
      const saved = await m.getRepository(ProposalEntity).save(proposal);
      await m.getRepository(ProposalTransitionEntity).insert({
        proposalId: proposal.id,
        fromStatus: from,
        toStatus: request.to,
        actorId: actor.personId,
        reason: request.reason,
      });
      for (const listener of this.listeners) await listener(m, { proposal: saved, from, to: request.to, actor });
      return saved;
    });
  }

  private async checkHouseMove(m: EntityManager, actor: Actor, proposal: ProposalEntity, to: ProposalStatus): Promise<void> {
    const house = await m.getRepository(BodyEntity).findOneByOrFail({ id: proposal.houseId });
    const chairs = await currentCoChairs(m, proposal.houseId);
    if (!actor.system) {
      if (!actor.personId || !coChairRoleOf(actor.personId, chairs)) {
        throw new ProposalForbiddenError(ProposalErrorCode.NOT_A_CO_CHAIR, `Only ${house.name}'s current co-chairs can change the status of its proposals.`);
      }
    }
    if (FORWARD_HOUSE_MOVES.includes(to)) assertBothCoChairs(house.name, chairs);
    if (to === ProposalStatus.RECOMMENDED) {
      const signed = await m.getRepository(ProposalSignOffEntity).find({ where: { proposalId: proposal.id, voidedAt: IsNull() } });
      const roles = new Set(signed.map((s) => s.role));
      const awaited = [chairs.youngPerson, chairs.sectorLead].filter((c) => c && !roles.has(c.role));
      if (awaited.length > 0) {
        throw new ProposalConflictError(
          ProposalErrorCode.ILLEGAL_TRANSITION,
          `Both co-chairs must sign off before ${house.name} recommends this proposal; still awaited: ${awaited.map((c) => c!.role).join(', ')}.`,
          'to',
          { awaited: awaited.map((c) => c!.role) },
        );
      }
    }
  }
}
