import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import {
  type DraftingHouseFragment,
  HouseCloseConsultationDocument,
  HouseConsultationPageDocument,
  type HouseConsultationPageQuery,
  HouseEditProposalPageDocument,
  type HouseEditProposalPageQuery,
  HouseOpenConsultationDocument,
  HouseRecordConsultationOutcomeDocument,
} from '../../api/generated/graphql';
import { formErrors, type FormErrors, type FormFields } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import {
  AUDIENCE_OPTIONS,
  consultationFieldOfApi,
  consultationFields,
  consultationInput,
  emptyConsultation,
  enteredConsultation,
  type EnteredConsultation,
  KIND_OPTIONS,
  londonDay,
  QUESTION_PARTS,
  TALLY_OPTIONS,
} from './consultation-form';
import { idFromPath as idParam } from '../../forms/ids';
import { isFormRefusal, refusalErrors } from './house-forms';

const OUTCOME_FIELDS: FormFields = { summary: 'summary' };
const CLOSE_FIELDS: FormFields = { consultation: 'close' };

/**
 * A House's co-chairs consult on a proposal: open a consultation (who is asked, when, and the
 * questions), close it early, and record what the House did with the answers ("you said, we did").
 */
@Controller('our-house')
export class ConsultingController {
  constructor(private readonly api: ApiClient) {}

  @Get(':houseId/proposals/:proposalId/consultations/new')
  async openPage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const data = await this.api.request(req, HouseEditProposalPageDocument, { houseId: idParam(houseId), proposalId: idParam(proposalId) });
    this.renderOpen(res, data, emptyConsultation(), null);
  }

  @Post(':houseId/proposals/:proposalId/consultations/new')
  async open(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(houseId);
    idParam(proposalId);
    const fields = consultationFields();
    const entered = enteredConsultation(body);
    const { input, slots, problems } = consultationInput(entered, proposalId, londonDay(Date.now()));
    let errors = problems.length || !input ? formErrors(problems, fields) : null;
    if (input && !errors) {
      try {
        const { openConsultation } = await this.api.request(req, HouseOpenConsultationDocument, { input });
        req.session.flash = openConsultation.proposalMovedToConsultation ? 'You opened the consultation. The proposal is now in consultation.' : 'You opened the consultation.';
        return redirectAfterSaving(req, res, `/our-house/${houseId}/proposals/${proposalId}`);
      } catch (error) {
        if (!isFormRefusal(error)) throw error;
        errors = refusalErrors(error, fields, consultationFieldOfApi(error.field, slots));
      }
    }
    const data = await this.api.request(req, HouseEditProposalPageDocument, { houseId, proposalId });
    res.status(400);
    this.renderOpen(res, data, entered, errors);
  }

  @Get(':houseId/consultations/:consultationId/close')
  async closePage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('consultationId') consultationId: string): Promise<void> {
    const data = await this.api.request(req, HouseConsultationPageDocument, { houseId: idParam(houseId), consultationId: idParam(consultationId) });
    this.renderConsultation(res, 'close', data, '', null);
  }

  @Post(':houseId/consultations/:consultationId/close')
  async close(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('consultationId') consultationId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(houseId);
    idParam(consultationId);
    const expectedVersion = Number(body.expectedVersion);
    let errors: FormErrors | null = null;
    try {
      const { closeConsultation } = await this.api.request(req, HouseCloseConsultationDocument, { input: { consultationId, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : null } });
      req.session.flash = 'You closed the consultation. No one can answer or vote any more.';
      return redirectAfterSaving(req, res, this.backLink(houseId, closeConsultation.consultation.proposalId));
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      errors = refusalErrors(error, CLOSE_FIELDS, 'consultation');
    }
    const data = await this.api.request(req, HouseConsultationPageDocument, { houseId, consultationId });
    res.status(400);
    this.renderConsultation(res, 'close', data, '', errors);
  }

  @Get(':houseId/consultations/:consultationId/outcome')
  async outcomePage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('consultationId') consultationId: string): Promise<void> {
    const data = await this.api.request(req, HouseConsultationPageDocument, { houseId: idParam(houseId), consultationId: idParam(consultationId) });
    this.renderConsultation(res, 'outcome', data, data.consultation?.outcomeSummary ?? '', null);
  }

  @Post(':houseId/consultations/:consultationId/outcome')
  async recordOutcome(
    @Req() req: Request,
    @Res() res: Response,
    @Param('houseId') houseId: string,
    @Param('consultationId') consultationId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    idParam(houseId);
    idParam(consultationId);
    const summary = typeof body.summary === 'string' ? body.summary.trim() : '';
    const expectedVersion = Number(body.expectedVersion);
    let errors: FormErrors | null = null;
    try {
      const { recordConsultationOutcome } = await this.api.request(req, HouseRecordConsultationOutcomeDocument, {
        input: { consultationId, summary, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : null },
      });
      req.session.flash = 'You recorded the outcome. Everyone who took part will hear what you did.';
      return redirectAfterSaving(req, res, this.backLink(houseId, recordConsultationOutcome.consultation.proposalId));
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      errors = refusalErrors(error, OUTCOME_FIELDS, 'summary');
    }
    const data = await this.api.request(req, HouseConsultationPageDocument, { houseId, consultationId });
    res.status(400);
    this.renderConsultation(res, 'outcome', data, summary, errors);
  }

  private backLink(houseId: string, proposalId: string | null | undefined): string {
    return proposalId ? `/our-house/${houseId}/proposals/${proposalId}` : `/our-house/${houseId}`;
  }

  private renderOpen(res: Response, data: HouseEditProposalPageQuery, entered: EnteredConsultation, errors: FormErrors | null): void {
    const house: DraftingHouseFragment | null | undefined = data.body;
    const proposal = data.proposal;
    if (!house || !proposal || proposal.houseId !== house.id) throw new NotFoundException();
    res.render('journeys/our-house/open-consultation.njk', {
      pageTitle: `Open a consultation on ${proposal.title}`,
      backLink: `/our-house/${house.id}/proposals/${proposal.id}`,
      house,
      proposal,
      allowed: proposal.viewerCan.openConsultation,
      entered,
      audienceItems: AUDIENCE_OPTIONS.map((o) => ({ value: o.value, text: o.text, hint: { text: o.hint }, checked: entered.audience === o.value })),
      tallyItems: TALLY_OPTIONS.map((o) => ({ value: o.value, text: o.text, checked: entered.tallyVisibility === o.value })),
      questions: entered.questions.map((q, n) => ({
        ...q,
        n,
        kindItems: KIND_OPTIONS.map((o) => ({ value: o.value, text: o.text, selected: q.kind === o.value })),
        askIfItems: [
          { value: '', text: 'Always ask it', selected: q.askIfQuestion === '' },
          ...Array.from({ length: n }, (_, earlier) => ({ value: String(earlier), text: `Only after an answer to question ${earlier + 1}`, selected: q.askIfQuestion === String(earlier) })),
        ],
        errors: Object.fromEntries(QUESTION_PARTS.map((part) => [part, errors?.byField[`q${n}.${part}`]])),
      })),
      errors,
    });
  }

  private renderConsultation(res: Response, page: 'close' | 'outcome', data: HouseConsultationPageQuery, summary: string, errors: FormErrors | null): void {
    const house = data.body;
    const consultation = data.consultation;
    if (!house || !consultation || consultation.body.id !== house.id) throw new NotFoundException();
    const name = consultation.proposal?.title ?? 'the consultation';
    const audienceText = AUDIENCE_OPTIONS.find((o) => o.value === consultation.audience)?.text ?? consultation.audience;
    res.render(`journeys/our-house/${page === 'close' ? 'close-consultation' : 'consultation-outcome'}.njk`, {
      pageTitle: page === 'close' ? `Close the consultation on ${name}` : `Record the outcome of the consultation on ${name}`,
      backLink: this.backLink(house.id, consultation.proposal?.id),
      house,
      consultation,
      name,
      audienceText,
      closesOn: londonDay(consultation.closesAt),
      allowed: page === 'close' ? consultation.viewerCan.closeConsultation : consultation.viewerCan.recordOutcome,
      summary,
      errors,
    });
  }
}
