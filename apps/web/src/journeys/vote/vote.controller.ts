import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { CastVoteDocument, VoteChoice, VotePageDocument, VotePageQuery } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, FormErrors } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { closesIn } from '../../views/closing';
import { choiceText, VOTE_CHOICES } from '../proposal/proposal-view';
import { idFromPath } from '../proposal/proposal-page';

const FIELDS = { choice: 'choice' };

/** Voting on a proposal, and changing a vote, by submitting a form (one question on its page). */
@Controller('proposals/:id/vote')
export class VoteController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const data = await this.api.request(req, VotePageDocument, { id: idFromPath(id) });
    this.render(res, data, null);
  }

  @Post()
  async vote(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Body('choice') choice: unknown): Promise<void> {
    const proposalId = idFromPath(id);
    const chosen = VOTE_CHOICES.find((c) => c.value === choice)?.value;
    if (!chosen) {
      const data = await this.api.request(req, VotePageDocument, { id: proposalId });
      return this.render(res, data, formErrors([{ field: 'choice', text: 'Choose how you vote' }], FIELDS));
    }
    let changed: boolean;
    try {
      ({ castVote: { changed } } = await this.api.request(req, CastVoteDocument, { input: { proposalId, choice: chosen } }));
    } catch (error) {
      const errors = formErrorsFromApi(error, FIELDS);
      const data = await this.api.request(req, VotePageDocument, { id: proposalId });
      return this.render(res, data, errors, chosen);
    }
    req.session.flash = changed ? `Your vote has been changed to “${choiceText(chosen)}”. It has been counted.` : `Your vote has been counted: “${choiceText(chosen)}”.`;
    await redirectAfterSaving(req, res, `/proposals/${proposalId}#vote`);
  }

  private render(res: Response, data: VotePageQuery, errors: FormErrors | null, chosen?: VoteChoice): void {
    const { proposal } = data;
    if (!proposal) throw new NotFoundException();
    // The open vote the API says this person may vote in, or change their vote in.
    const consultation = data.consultations.edges.map((e) => e.node).find((c) => c.viewerCan.vote || c.viewerCan.changeVote) ?? null;
    const current = consultation?.myVote?.choice ?? null;
    res.status(errors ? 400 : 200).render('journeys/vote/vote.njk', {
      pageTitle: !consultation ? `You cannot vote: ${proposal.title}` : current ? `Change your vote: ${proposal.title}` : `Vote: ${proposal.title}`,
      backLink: `/proposals/${proposal.id}`,
      proposal,
      open: !!consultation,
      closesIn: consultation ? closesIn(consultation.closesAt) : '',
      current,
      items: VOTE_CHOICES.map((c) => ({ value: c.value, text: c.text, hint: { text: c.hint }, checked: (chosen ?? current) === c.value })),
      errors,
    });
  }
}
