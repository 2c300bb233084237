import { Injectable, NotFoundException } from '@nestjs/common';
import { idFromPath } from '../../forms/ids';

export { idFromPath };
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ProposalPageDocument } from '../../api/generated/graphql';
import type { FormErrors } from '../../forms/form-errors';
import { ciccConsultation, consultationsToAnswer, nextStep, statusWords, timeline, voteView, whoItIsFor, withActions } from './proposal-view';

/** Comments shown on a proposal's page (oldest first, each with its replies). */
export const COMMENTS_SHOWN = 100;


/** What the comment form shows again when the API refused it. */
export interface CommentFormState {
  errors: FormErrors;
  body: string;
}

/**
 * A proposal's page: what it is, who it is for, where it is on its way, the CiCC's vote and the
 * discussion, from one API round trip. Shared by the page and by the comment form, which shows
 * the page again with its errors.
 */
@Injectable()
export class ProposalPage {
  constructor(private readonly api: ApiClient) {}

  async render(req: Request, res: Response, id: string, form?: CommentFormState): Promise<void> {
    const data = await this.api.request(req, ProposalPageDocument, { id: idFromPath(id), comments: COMMENTS_SHOWN });
    const { proposal } = data;
    if (!proposal) throw new NotFoundException();
    const consultation = ciccConsultation(data);
    const flash = req.session.flash;
    delete req.session.flash;
    res.status(form ? 400 : 200).render('journeys/proposal/proposal.njk', {
      pageTitle: proposal.title,
      flash,
      proposal,
      status: statusWords(proposal.status),
      whoItIsFor: whoItIsFor(proposal),
      timeline: timeline(proposal, consultation),
      nextStep: nextStep(proposal.status),
      vote: voteView(consultation),
      comments: data.proposalComments.edges.map((e) => withActions(e.node, true)),
      canComment: proposal.viewerCan.comment,
      canVote: !!consultation && (consultation.viewerCan.vote || consultation.viewerCan.changeVote),
      commentCount: data.proposalComments.totalCount,
      toAnswer: consultationsToAnswer(data.openConsultations.edges.map((e) => e.node)),
      errors: form?.errors,
      commentBody: form?.body,
    });
  }
}
