import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiInputError } from '../../api/api-errors';
import { AnswerPageDocument, type AnswerPageQuery, RespondToConsultationDocument } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FormErrors } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { closesIn } from '../../views/closing';
import { longDate } from '../../views/dates';
import { londonDay, londonTime } from '../../views/london-time';
import { idFromPath } from '../proposal/proposal-page';
import { answersOf, type Entered, enteredFromKept, enteredOf, fieldName, partyKey, questionOfApiField, questionView, type RespondingFor } from './answer-form';

declare module 'express-session' {
  interface SessionData {
    /** The answers just sent, for the confirmation page. */
    answerSent?: { consultationId: string; answeredFor: string | null; message: string; replaced: boolean };
  }
}

type Consultation = NonNullable<AnswerPageQuery['consultation']>;

const AUDIENCE: Record<Consultation['audience'], string> = {
  LOCAL_AUTHORITIES: "London's local authorities, one answer for each council from its officers",
  HOUSING_DIRECTORS: "London's housing directors, one answer for each council",
  ALDCS: "London's directors of children's services, one answer for each council",
  PARTNERS: 'partners, one answer for each ICS area or partner organisation from its officers',
  CICC: 'members of the Children in Care Council, each for themselves',
};

/** A consultation's name: its topic, or the proposal it is about. */
function nameOf(c: Consultation): string {
  return c.title ?? c.proposal?.title ?? 'Consultation';
}

/** "4 December 2026 at 5pm", London time. */
function when(value: string): string {
  return `${longDate(londonDay(value))} at ${londonTime(value)}`;
}

/** Where "back" goes: the proposal consulted on, or "What needs you". */
function backOf(c: Consultation): string {
  return c.proposal ? `/proposals/${c.proposal.id}` : '/what-needs-you';
}

/**
 * Answering a consultation: for whoever the API lets answer, one form with every question,
 * filled in with the answer kept earlier (a later answer replaces it); someone who answers for
 * more than one council, ICS area or partner chooses which first. Sending shows a confirmation.
 * The API decides who may answer, when, and what makes an answer complete.
 */
@Controller('consultations/:id/answer')
export class AnswerController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Query() query: Record<string, unknown>): Promise<void> {
    const consultation = await this.load(req, id);
    const respondsFor = consultation.viewerRespondsFor;
    const party = respondsFor.length === 1 ? respondsFor[0] : respondsFor.find((r) => partyKey(r) === query.for);
    // The chooser sends `step` with its answer: sent with none chosen, it asks again.
    if (!party) return this.renderNoForm(res, consultation, query.step === 'choose');
    this.renderForm(res, consultation, party, enteredFromKept(party.response?.answers ?? []), null);
  }

  @Post()
  async send(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const consultation = await this.load(req, id);
    const party = consultation.viewerRespondsFor.find((r) => partyKey(r) === body.for);
    if (!party) return this.renderNoForm(res, consultation, false);
    const entered = enteredOf(body, consultation.questions);
    const answers = answersOf(consultation.questions, entered);
    try {
      const { respondToConsultation } = await this.api.request(req, RespondToConsultationDocument, {
        input: {
          consultationId: consultation.id,
          onBehalfOfAuthorityId: party.onBehalfOfAuthorityId,
          onBehalfOfAreaId: party.onBehalfOfAreaId,
          onBehalfOfOrganisationId: party.onBehalfOfOrganisationId,
          answers,
        },
      });
      req.session.answerSent = { consultationId: consultation.id, answeredFor: partyKey(party) === 'self' ? null : party.name, message: respondToConsultation.message, replaced: respondToConsultation.replaced };
      await redirectAfterSaving(req, res, `/consultations/${consultation.id}/answer/sent`);
    } catch (error) {
      const fields = Object.fromEntries(consultation.questions.map((q) => [q.id, fieldName(q)]));
      const errors =
        error instanceof ApiInputError
          ? formErrors([{ field: questionOfApiField(error.field, answers, consultation.questions) ?? '', text: error.message }], fields)
          : formErrorsFromApi(error, fields);
      this.renderForm(res.status(400), consultation, party, entered, errors);
    }
  }

  @Get('sent')
  async sent(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const sent = req.session.answerSent;
    if (!sent || sent.consultationId !== idFromPath(id)) return res.redirect(303, `/consultations/${id}/answer`);
    delete req.session.answerSent;
    const consultation = await this.load(req, id);
    res.render('journeys/answer/sent.njk', {
      pageTitle: 'Your answers have been sent',
      consultation,
      name: nameOf(consultation),
      sent,
      back: backOf(consultation),
      closesOn: when(consultation.closesAt),
      bodyName: consultation.body.name,
    });
  }

  private async load(req: Request, id: string): Promise<Consultation> {
    const { consultation } = await this.api.request(req, AnswerPageDocument, { id: idFromPath(id) });
    if (!consultation) throw new NotFoundException();
    return consultation;
  }

  /** Not open, not for this person, or for several parties with none chosen yet (the chooser). */
  private renderNoForm(res: Response, c: Consultation, choiceMissing: boolean): void {
    const name = nameOf(c);
    const base = { consultation: c, name, backLink: backOf(c), audience: AUDIENCE[c.audience], closesIn: closesIn(c.closesAt), closesOn: when(c.closesAt), opensOn: when(c.opensAt) };
    if (c.state === 'OPEN' && c.viewerRespondsFor.length > 1) {
      const errors = choiceMissing ? formErrors([{ field: 'for', text: 'Choose whom you are answering for' }], { for: 'for' }) : null;
      res.status(errors ? 400 : 200).render('journeys/answer/choose.njk', {
        ...base,
        pageTitle: `Who are you answering for? ${name}`,
        errors,
        items: c.viewerRespondsFor.map((r) => ({ value: partyKey(r), text: r.name, hint: { text: r.response ? 'Answered: you can change the answer' : 'Not answered yet' } })),
      });
      return;
    }
    res.render('journeys/answer/not-open.njk', {
      ...base,
      pageTitle: c.state === 'OPEN' ? `You cannot answer this consultation: ${name}` : `Not open for answers: ${name}`,
      closedOn: when(c.closedAt ?? c.closesAt),
    });
  }

  private renderForm(res: Response, c: Consultation, party: RespondingFor, entered: Entered, errors: FormErrors | null): void {
    const name = nameOf(c);
    const questions = [...c.questions].sort((a, b) => a.position - b.position).map((q, _i, all) => questionView(q, entered, errors?.byField[q.id], all));
    res.render('journeys/answer/answer.njk', {
      pageTitle: `${party.response ? 'Change your answers' : 'Answer'}: ${name}`,
      backLink: c.viewerRespondsFor.length > 1 ? `/consultations/${c.id}/answer` : backOf(c),
      consultation: c,
      name,
      party,
      partyKey: partyKey(party),
      forYourself: partyKey(party) === 'self',
      answeredBefore: party.response?.submittedAt ?? null,
      closesIn: closesIn(c.closesAt),
      closesOn: when(c.closesAt),
      questions,
      errors,
    });
  }
}
