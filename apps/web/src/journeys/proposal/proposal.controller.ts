import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ConsultationProposalDocument } from '../../api/generated/graphql';
import { idFromPath, ProposalPage } from './proposal-page';

/**
 * A proposal's page, and the addresses notifications link to: a consultation (its proposal's
 * page, or for a topic the page answering it) and a comment (its place in the proposal's discussion).
 */
@Controller()
export class ProposalController {
  constructor(
    private readonly api: ApiClient,
    private readonly page: ProposalPage,
  ) {}

  @Get('proposals/:id')
  async proposal(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    await this.page.render(req, res, id);
  }

  @Get('proposals/:id/comments/:commentId')
  comment(@Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string): void {
    res.redirect(303, `/proposals/${idFromPath(id)}#comment-${idFromPath(commentId)}`);
  }

  @Get('consultations/:id')
  async consultation(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const { consultation } = await this.api.request(req, ConsultationProposalDocument, { id: idFromPath(id) });
    if (!consultation) throw new NotFoundException();
    // A consultation on a topic has no proposal page: its own page offers the questions.
    res.redirect(303, consultation.proposalId ? `/proposals/${consultation.proposalId}` : `/consultations/${consultation.id}/answer`);
  }
}
