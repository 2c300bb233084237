import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import {
  type DraftingHouseFragment,
  type HouseMove,
  HouseDraftProposalDocument,
  HouseEditProposalDocument,
  HouseEditProposalPageDocument,
  type HouseEditProposalPageQuery,
  HouseMoveProposalDocument,
  HouseNewProposalPageDocument,
  HouseProposalPageDocument,
  type HouseProposalPageQuery,
  type ProposalStatus,
} from '../../api/generated/graphql';
import { formErrors, type FormErrors, type FormFields } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { AUDIENCE_OPTIONS, londonDay } from './consultation-form';
import { idFromPath as idParam } from '../../forms/ids';
import { isFormRefusal, refusalErrors } from './house-forms';
import { CATEGORY_OPTIONS, DELIVERY_OPTIONS, enteredProposal, type EnteredProposal, PROPOSAL_FIELDS, proposalContent, proposalFieldOfApi, storedProposal } from './proposal-form';

export const STATUS_TEXT: Record<ProposalStatus, string> = {
  DRAFT: 'Draft',
  IN_CONSULTATION: 'In consultation',
  RECOMMENDED: 'Recommended to the Trust Board',
  ENDORSED: 'Endorsed',
  ADOPTED: 'Adopted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

/** Each move a House's co-chairs make themselves: its address, what it is called and what it means. */
export const MOVES: Record<string, { to: HouseMove; action: string; button: string; done: string; final: boolean; warning: string | null; reasonHint: string }> = {
  consultation: {
    to: 'IN_CONSULTATION',
    action: 'Put into consultation',
    button: 'Put it into consultation',
    done: 'It is now in consultation. Open a consultation to ask people about it.',
    final: false,
    warning: null,
    reasonHint: 'For example, what you want to find out. It is kept in the proposal’s history.',
  },
  draft: {
    to: 'DRAFT',
    action: 'Send back to draft',
    button: 'Send it back to draft',
    done: 'It is back in draft.',
    final: false,
    warning: 'Any sign-offs are cancelled. Both co-chairs must sign it off again later.',
    reasonHint: 'For example, what needs more work. It is kept in the proposal’s history.',
  },
  withdraw: {
    to: 'WITHDRAWN',
    action: 'Withdraw',
    button: 'Yes, withdraw it',
    done: 'You withdrew it.',
    final: true,
    warning: 'You cannot undo this. A withdrawn proposal cannot be taken forward again.',
    reasonHint: 'Say why the House is taking it back. It is kept in the proposal’s history.',
  },
  decline: {
    to: 'DECLINED',
    action: 'Decline',
    button: 'Yes, decline it',
    done: 'You declined it.',
    final: true,
    warning: 'You cannot undo this. A declined proposal cannot be taken forward again.',
    reasonHint: 'Say why the House is not taking it forward. It is kept in the proposal’s history.',
  },
};

const REASON_FIELDS: FormFields = { reason: 'reason' };

type EditableProposal = NonNullable<HouseEditProposalPageQuery['proposal']>;

/**
 * A House's co-chairs draft proposals, edit them, move them on and see their consultations. What
 * each person may do comes from the API's viewerCan and allowedNextStatuses; the API refuses the rest.
 */
@Controller('our-house')
export class DraftingController {
  constructor(private readonly api: ApiClient) {}

  @Get(':houseId/proposals/new')
  async newProposal(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string): Promise<void> {
    const data = await this.api.request(req, HouseNewProposalPageDocument, { houseId: idParam(houseId) });
    this.renderForm(res, data.body, data.organisations, null, { title: '', summary: '', category: '', deliveryModel: '', partnerIds: [], minAge: '18', maxAge: '25', uascConsiderations: '', rationale: '', evidenceLinks: '' }, null);
  }

  @Post(':houseId/proposals/new')
  async draftProposal(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(houseId);
    const entered = enteredProposal(body);
    const { content, problems } = proposalContent(entered);
    let errors = problems.length ? formErrors(problems, PROPOSAL_FIELDS) : null;
    if (!errors) {
      try {
        const { createProposal } = await this.api.request(req, HouseDraftProposalDocument, { input: { houseId, ...content } });
        req.session.flash = 'You drafted the proposal. It stays in draft until the co-chairs put it into consultation.';
        return redirectAfterSaving(req, res, `/our-house/${houseId}/proposals/${createProposal.proposal.id}`);
      } catch (error) {
        if (!isFormRefusal(error)) throw error;
        errors = refusalErrors(error, PROPOSAL_FIELDS, proposalFieldOfApi(error.field));
      }
    }
    const data = await this.api.request(req, HouseNewProposalPageDocument, { houseId });
    res.status(400);
    this.renderForm(res, data.body, data.organisations, null, entered, errors);
  }

  @Get(':houseId/proposals/:proposalId')
  async proposal(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const data = await this.api.request(req, HouseProposalPageDocument, { houseId: idParam(houseId), proposalId: idParam(proposalId) });
    const { house, proposal } = this.inHouse(data.body, data.proposal);
    const flash = req.session.flash;
    delete req.session.flash;
    const moves = proposal.viewerCan.setStatus
      ? Object.entries(MOVES)
          .filter(([, m]) => proposal.allowedNextStatuses.includes(m.to))
          .map(([slug, m]) => ({ href: `/our-house/${house.id}/proposals/${proposal.id}/move/${slug}`, text: m.action, final: m.final }))
      : [];
    res.render('journeys/our-house/house-proposal.njk', {
      pageTitle: proposal.title,
      backLink: `/our-house/${house.id}`,
      house,
      proposal,
      flash,
      statusText: STATUS_TEXT[proposal.status],
      categoryText: CATEGORY_OPTIONS.find((o) => o.value === proposal.category)?.text ?? proposal.category,
      deliveryText: DELIVERY_OPTIONS.find((o) => o.value === proposal.deliveryModel)?.text ?? proposal.deliveryModel,
      moves,
      signedBy: proposal.signOff.signed.map((s) => s.person.displayName),
      consultations: data.consultations.edges.map(({ node: c }) => ({
        ...c,
        audienceText: AUDIENCE_OPTIONS.find((o) => o.value === c.audience)?.text ?? c.audience,
        stateText: c.state === 'OPEN' ? 'Open' : c.state === 'SCHEDULED' ? 'Not open yet' : 'Closed',
        opensOn: londonDay(c.opensAt),
        closesOn: londonDay(c.closedAt ?? c.closesAt),
      })),
    });
  }

  @Get(':houseId/proposals/:proposalId/edit')
  async editPage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const data = await this.api.request(req, HouseEditProposalPageDocument, { houseId: idParam(houseId), proposalId: idParam(proposalId) });
    const { house, proposal } = this.inHouse(data.body, data.proposal);
    this.renderForm(res, house, data.organisations, proposal, storedProposal(proposal), null);
  }

  @Post(':houseId/proposals/:proposalId/edit')
  async edit(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(houseId);
    idParam(proposalId);
    const entered = enteredProposal(body);
    const expectedVersion = Number(body.expectedVersion);
    const { content, problems } = proposalContent(entered);
    let errors = problems.length ? formErrors(problems, PROPOSAL_FIELDS) : null;
    if (!errors) {
      try {
        await this.api.request(req, HouseEditProposalDocument, { input: { proposalId, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : -1, ...content } });
        req.session.flash = 'You saved your changes.';
        return redirectAfterSaving(req, res, `/our-house/${houseId}/proposals/${proposalId}`);
      } catch (error) {
        if (!isFormRefusal(error)) throw error;
        errors = refusalErrors(error, PROPOSAL_FIELDS, proposalFieldOfApi(error.field));
      }
    }
    const data = await this.api.request(req, HouseEditProposalPageDocument, { houseId, proposalId });
    const { house, proposal } = this.inHouse(data.body, data.proposal);
    res.status(400);
    this.renderForm(res, house, data.organisations, proposal, entered, errors);
  }

  @Get(':houseId/proposals/:proposalId/move/:move')
  async movePage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string, @Param('move') move: string): Promise<void> {
    const data = await this.api.request(req, HouseProposalPageDocument, { houseId: idParam(houseId), proposalId: idParam(proposalId) });
    this.renderMove(res, data, move, '', null);
  }

  @Post(':houseId/proposals/:proposalId/move/:move')
  async moveProposal(
    @Req() req: Request,
    @Res() res: Response,
    @Param('houseId') houseId: string,
    @Param('proposalId') proposalId: string,
    @Param('move') move: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    idParam(houseId);
    idParam(proposalId);
    const chosen = MOVES[move];
    if (!chosen) throw new NotFoundException();
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const expectedVersion = Number(body.expectedVersion);
    let errors: FormErrors | null = null;
    try {
      await this.api.request(req, HouseMoveProposalDocument, { input: { proposalId, to: chosen.to, reason, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : -1 } });
      req.session.flash = chosen.done;
      return redirectAfterSaving(req, res, `/our-house/${houseId}/proposals/${proposalId}`);
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      errors = refusalErrors(error, REASON_FIELDS, 'reason');
    }
    const data = await this.api.request(req, HouseProposalPageDocument, { houseId, proposalId });
    res.status(400);
    this.renderMove(res, data, move, reason, errors);
  }

  private inHouse<P extends { houseId: string }>(house: DraftingHouseFragment | null | undefined, proposal: P | null | undefined): { house: DraftingHouseFragment; proposal: P } {
    if (!house || !proposal || proposal.houseId !== house.id) throw new NotFoundException();
    return { house, proposal };
  }

  private renderMove(res: Response, data: HouseProposalPageQuery, move: string, reason: string, errors: FormErrors | null): void {
    const chosen = MOVES[move];
    if (!chosen) throw new NotFoundException();
    const { house, proposal } = this.inHouse(data.body, data.proposal);
    res.render('journeys/our-house/move.njk', {
      pageTitle: `${chosen.action}: ${proposal.title}`,
      backLink: `/our-house/${house.id}/proposals/${proposal.id}`,
      house,
      proposal,
      move: chosen,
      allowed: proposal.viewerCan.setStatus && proposal.allowedNextStatuses.includes(chosen.to),
      statusText: STATUS_TEXT[proposal.status],
      reason,
      errors,
    });
  }

  private renderForm(
    res: Response,
    house: DraftingHouseFragment | null | undefined,
    organisations: { id: string; name: string }[],
    proposal: EditableProposal | null,
    entered: EnteredProposal,
    errors: FormErrors | null,
  ): void {
    if (!house) throw new NotFoundException();
    res.render('journeys/our-house/proposal-form.njk', {
      pageTitle: proposal ? `Edit ${proposal.title}` : 'Draft a proposal',
      backLink: proposal ? `/our-house/${house.id}/proposals/${proposal.id}` : `/our-house/${house.id}`,
      house,
      proposal,
      allowed: proposal ? proposal.viewerCan.edit : house.viewerCan.createProposal,
      voidsSignOffs: proposal?.status === 'IN_CONSULTATION',
      signedBy: proposal ? proposal.signOff.signed.map((s) => s.person.displayName) : [],
      entered,
      categoryItems: CATEGORY_OPTIONS.map((o) => ({ value: o.value, text: o.text, hint: { text: o.hint }, checked: entered.category === o.value })),
      deliveryItems: DELIVERY_OPTIONS.map((o) => ({ value: o.value, text: o.text, hint: { text: o.hint }, checked: entered.deliveryModel === o.value })),
      partnerItems: organisations.map((o) => ({ value: o.id, text: o.name, checked: entered.partnerIds.includes(o.id) })),
      errors,
    });
  }
}
