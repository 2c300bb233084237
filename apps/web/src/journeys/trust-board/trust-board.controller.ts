import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { idFromPath as idParam, UUID } from '../../forms/ids';
import { takeFlash } from '../../forms/form-text';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiError, ApiInputError } from '../../api/api-errors';
import {
  type ActionItemStatus,
  type BoardActionItemFragment,
  BoardActionFormDocument,
  type BoardActionFormQuery,
  BoardActionItemsDocument,
  BoardAddActionItemDocument,
  BoardAddAgendaItemDocument,
  BoardAgendaFormDocument,
  type BoardAgendaFormQuery,
  BoardBodiesDocument,
  type BoardBodyFragment,
  BoardDecisionFormDocument,
  type BoardDecisionFormQuery,
  BoardMeetingDocument,
  type BoardMeetingSummaryFragment,
  BoardMeetingsDocument,
  BoardOverviewPageDocument,
  BoardRecordDecisionDocument,
  BoardScheduleMeetingDocument,
  BoardUpdateActionItemDocument,
  type DecisionKind,
  type ProposalStatus,
} from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FieldProblem, type FormErrors, type FormFields } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { longDate } from '../../views/dates';
import { dateOf } from '../our-authority/agreement-form';
import { clockTime, londonDay, londonMoment, meetingWhen } from './board-times';

declare module 'express-session' {
  interface SessionData {
    /** A Trust Board decision waiting on its check-your-answers page before it is recorded. */
    boardDecision?: { meetingId: string; proposalId: string; proposalVersion: number; kind: DecisionKind; summary: string };
  }
}

const VIEWS = 'journeys/trust-board';
/** The most rows one list reads (the API's page size limit). */
const PAGE = 100;

export const STATUS_TEXT: Record<ProposalStatus, string> = {
  DRAFT: 'Draft',
  IN_CONSULTATION: 'In consultation',
  RECOMMENDED: 'Recommended',
  ENDORSED: 'Endorsed',
  ADOPTED: 'Adopted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

/** The decisions a board member chooses between on a recommended proposal. */
export const DECISION_OPTIONS: { value: DecisionKind; text: string; hint: string; done: string }[] = [
  { value: 'ENDORSE', text: 'Endorse it', hint: 'Councils and partners are asked to agree the offer.', done: 'endorsed' },
  { value: 'DECLINE', text: 'Decline it', hint: 'The proposal is not taken forward. This is final.', done: 'declined' },
  { value: 'NOTE', text: 'Defer it', hint: 'Record why; it stays recommended for a later meeting.', done: 'deferred' },
];

const DECISION_TEXT: Record<DecisionKind, string> = { ENDORSE: 'Endorsed', DECLINE: 'Declined', NOTE: 'Noted or deferred', ADOPT: 'Adopted', SEND_BACK: 'Sent back to its House' };

const ACTION_STATUS: { value: ActionItemStatus; text: string }[] = [
  { value: 'OPEN', text: 'Still to do' },
  { value: 'DONE', text: 'Done' },
  { value: 'CANCELLED', text: 'No longer needed' },
];

const MEETING_STATUS: Record<string, string> = { SCHEDULED: 'Scheduled', HELD: 'Held', CANCELLED: 'Cancelled' };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The date boxes of a GOV.UK date input named `prefix`, as typed. */
function dateBoxes(body: Record<string, unknown>, prefix: string): { day: string; month: string; year: string } {
  return { day: text(body[`${prefix}-day`]), month: text(body[`${prefix}-month`]), year: text(body[`${prefix}-year`]) };
}

function boxesOf(iso: string): { day: string; month: string; year: string } {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** What the person can put right, from an API refusal: input errors and conflicts; anything else goes on to the error pages. */
function problemsFromApi(error: unknown, fields: FormFields): FormErrors {
  if (error instanceof ApiError && !(error instanceof ApiInputError) && error.code === 'CONFLICT') return formErrors([{ field: error.field ?? '', text: error.message }], fields);
  return formErrorsFromApi(error, fields);
}

function meetingView(m: BoardMeetingSummaryFragment) {
  return { ...m, when: meetingWhen(m.startsAt), statusText: MEETING_STATUS[m.status] ?? m.status };
}

function actionView(a: BoardActionItemFragment, today: string) {
  return {
    ...a,
    due: longDate(a.dueOn),
    overdue: a.status === 'OPEN' && a.dueOn < today,
    statusText: ACTION_STATUS.find((s) => s.value === a.status)?.text ?? a.status,
  };
}

function theBoard(bodies: BoardBodyFragment[]): BoardBodyFragment {
  const board = bodies[0];
  if (!board) throw new NotFoundException();
  return board;
}

/**
 * The Trust Board: its overview of the Houses, its meetings with their agendas and decisions, and
 * the actions they set. What each person may do comes from the API's viewerCan; the API refuses
 * anything else and its message is shown.
 */
@Controller('trust-board')
export class TrustBoardController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async overview(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, BoardOverviewPageDocument, { now: new Date().toISOString(), first: PAGE });
    const board = theBoard(data.bodies);
    const today = londonDay(new Date());
    res.render(`${VIEWS}/overview.njk`, {
      pageTitle: 'Trust Board',
      board,
      flash: takeFlash(req),
      closingWithinDays: data.boardOverview.closingWithinDays,
      houses: data.boardOverview.houses.map((h) => {
        const count = (status: ProposalStatus) => h.proposalsByStatus.find((s) => s.status === status)?.count ?? 0;
        return {
          ...h,
          inConsultation: count('IN_CONSULTATION'),
          recommended: count('RECOMMENDED'),
          outForAgreement: count('ENDORSED') + count('ADOPTED'),
        };
      }),
      recommended: data.proposals.edges.map((e) => e.node),
      meetings: data.meetings.edges.map((e) => e.node).filter((m) => m.bodyId === board.id && m.status !== 'CANCELLED').map(meetingView),
      actions: data.actionItems.edges.map((e) => e.node).filter((a) => a.meeting.bodyId === board.id).map((a) => actionView(a, today)),
    });
  }

  @Get('meetings')
  async meetings(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, BoardMeetingsDocument, { now: new Date().toISOString(), first: PAGE });
    const board = theBoard(data.bodies);
    const ofBoard = (edges: { node: BoardMeetingSummaryFragment }[]) => edges.map((e) => e.node).filter((m) => m.bodyId === board.id).map(meetingView);
    res.render(`${VIEWS}/meetings.njk`, {
      pageTitle: 'Trust Board meetings',
      backLink: '/trust-board',
      board,
      upcoming: ofBoard(data.upcoming.edges),
      past: ofBoard(data.past.edges).reverse(),
    });
  }

  @Get('meetings/new')
  async scheduleForm(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { bodies } = await this.api.request(req, BoardBodiesDocument, {});
    this.renderSchedule(res, theBoard(bodies), null, { title: '', date: { day: '', month: '', year: '' }, time: '', location: '' });
  }

  @Post('meetings/new')
  async schedule(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const entered = { title: text(body.title), date: dateBoxes(body, 'date'), time: text(body.time), location: text(body.location) };
    const fields = { title: 'title', startsAt: 'date-day', time: 'time', endsAt: 'time', location: 'location' };
    const problems: FieldProblem[] = [];
    if (!entered.title) problems.push({ field: 'title', text: 'Enter the meeting title' });
    const day = dateOf(entered.date.day, entered.date.month, entered.date.year);
    if (!day) problems.push({ field: 'startsAt', text: day === null ? 'Enter the date of the meeting' : 'Enter the date of the meeting as a real date, for example 27 3 2027' });
    const clock = clockTime(entered.time);
    if (!clock) problems.push({ field: 'time', text: entered.time ? 'Enter the start time as a time of day, for example 14:30 or 2:30pm' : 'Enter the start time' });
    const { bodies } = await this.api.request(req, BoardBodiesDocument, {});
    const board = theBoard(bodies);
    let errors = problems.length ? formErrors(problems, fields) : null;
    if (!errors && day && clock) {
      try {
        const { scheduleMeeting } = await this.api.request(req, BoardScheduleMeetingDocument, {
          input: { bodyId: board.id, title: entered.title, startsAt: londonMoment(day, clock.hours, clock.minutes).toISOString(), location: entered.location || null },
        });
        req.session.flash = 'Meeting scheduled. Add its agenda items next.';
        return redirectAfterSaving(req, res, `/trust-board/meetings/${scheduleMeeting.meeting.id}`);
      } catch (error) {
        errors = problemsFromApi(error, fields);
      }
    }
    res.status(400);
    this.renderSchedule(res, board, errors, entered);
  }

  @Get('actions')
  async actions(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, BoardActionItemsDocument, { first: PAGE });
    const board = theBoard(data.bodies);
    const today = londonDay(new Date());
    const all = data.actionItems.edges.map((e) => e.node).filter((a) => a.meeting.bodyId === board.id).map((a) => actionView(a, today));
    res.render(`${VIEWS}/actions.njk`, {
      pageTitle: 'Trust Board actions',
      backLink: '/trust-board',
      open: all.filter((a) => a.status === 'OPEN'),
      closed: all.filter((a) => a.status !== 'OPEN'),
    });
  }

  @Get('meetings/:meetingId')
  async meeting(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const { meeting } = await this.api.request(req, BoardMeetingDocument, { id: idParam(meetingId) });
    if (!meeting) throw new NotFoundException();
    const today = londonDay(new Date());
    res.render(`${VIEWS}/meeting.njk`, {
      pageTitle: `${meeting.title}, ${longDate(londonDay(meeting.startsAt))}`,
      backLink: '/trust-board/meetings',
      flash: takeFlash(req),
      meeting: meetingView(meeting),
      body: meeting.body,
      can: meeting.viewerCan,
      agenda: meeting.agendaItems.map((item) => ({
        ...item,
        statusText: item.proposal ? STATUS_TEXT[item.proposal.status] : null,
        canDecide: !!item.proposal && item.proposal.status === 'RECOMMENDED' && meeting.viewerCan.recordDecision,
      })),
      decisions: meeting.decisions.map((d) => ({ ...d, kindText: DECISION_TEXT[d.kind] ?? d.kind, recorded: longDate(londonDay(d.recordedAt)) })),
      actions: meeting.actionItems.map((a) => actionView(a, today)),
    });
  }

  @Get('meetings/:meetingId/agenda/new')
  async agendaForm(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const data = await this.api.request(req, BoardAgendaFormDocument, { meetingId: idParam(meetingId), first: PAGE });
    this.renderAgenda(res, data, null, { title: '', proposalId: '', papersUrl: '' });
  }

  @Post('meetings/:meetingId/agenda/new')
  async addAgendaItem(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(meetingId);
    const entered = { title: text(body.title), proposalId: text(body.proposalId), papersUrl: text(body.papersUrl) };
    const proposalId = UUID.test(entered.proposalId) ? entered.proposalId : null;
    const fields = { title: 'title', proposalId: 'proposalId', papersUrl: 'papersUrl' };
    let errors = entered.title ? null : formErrors([{ field: 'title', text: 'Enter the agenda item' }], fields);
    if (!errors) {
      try {
        const { addAgendaItem } = await this.api.request(req, BoardAddAgendaItemDocument, { input: { meetingId, title: entered.title, proposalId, papersUrl: entered.papersUrl || null } });
        req.session.flash = `Added to the agenda as item ${addAgendaItem.agendaItem.position}.`;
        return redirectAfterSaving(req, res, `/trust-board/meetings/${meetingId}`);
      } catch (error) {
        errors = problemsFromApi(error, fields);
      }
    }
    const data = await this.api.request(req, BoardAgendaFormDocument, { meetingId, first: PAGE });
    res.status(400);
    this.renderAgenda(res, data, errors, entered);
  }

  @Get('meetings/:meetingId/decisions/:proposalId')
  async decisionForm(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const data = await this.api.request(req, BoardDecisionFormDocument, { meetingId: idParam(meetingId), proposalId: idParam(proposalId) });
    const draft = req.session.boardDecision;
    const mine = draft && draft.meetingId === meetingId && draft.proposalId === proposalId ? draft : null;
    this.renderDecision(res, data, null, { kind: mine?.kind ?? '', summary: mine?.summary ?? '' });
  }

  @Post('meetings/:meetingId/decisions/:proposalId')
  async decisionAnswers(
    @Req() req: Request,
    @Res() res: Response,
    @Param('meetingId') meetingId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const data = await this.api.request(req, BoardDecisionFormDocument, { meetingId: idParam(meetingId), proposalId: idParam(proposalId) });
    const entered = { kind: text(body.kind), summary: text(body.summary) };
    const option = DECISION_OPTIONS.find((o) => o.value === entered.kind);
    const problems: FieldProblem[] = [];
    if (!option) problems.push({ field: 'kind', text: 'Select what the board decided' });
    if (!entered.summary) problems.push({ field: 'summary', text: 'Enter the reasons for the decision' });
    if (option && data.proposal && !problems.length) {
      req.session.boardDecision = { meetingId, proposalId, proposalVersion: data.proposal.version, kind: option.value, summary: entered.summary };
      return redirectAfterSaving(req, res, `/trust-board/meetings/${meetingId}/decisions/${proposalId}/check`);
    }
    res.status(400);
    this.renderDecision(res, data, formErrors(problems, DECISION_FIELDS), entered);
  }

  @Get('meetings/:meetingId/decisions/:proposalId/check')
  async checkDecision(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const draft = req.session.boardDecision;
    const questionPage = `/trust-board/meetings/${idParam(meetingId)}/decisions/${idParam(proposalId)}`;
    if (!draft || draft.meetingId !== meetingId || draft.proposalId !== proposalId) return res.redirect(303, questionPage);
    const data = await this.api.request(req, BoardDecisionFormDocument, { meetingId, proposalId });
    if (!data.meeting || !data.proposal) throw new NotFoundException();
    const option = DECISION_OPTIONS.find((o) => o.value === draft.kind);
    res.render(`${VIEWS}/check-decision.njk`, {
      pageTitle: `Check the decision on ${data.proposal.title}`,
      backLink: questionPage,
      changeLink: questionPage,
      meeting: meetingView(data.meeting),
      proposal: data.proposal,
      decision: { ...draft, text: option?.text ?? draft.kind, hint: option?.hint ?? '' },
    });
  }

  @Post('meetings/:meetingId/decisions/:proposalId/check')
  async recordDecision(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const draft = req.session.boardDecision;
    const questionPage = `/trust-board/meetings/${idParam(meetingId)}/decisions/${idParam(proposalId)}`;
    if (!draft || draft.meetingId !== meetingId || draft.proposalId !== proposalId) return res.redirect(303, questionPage);
    let errors: FormErrors;
    try {
      await this.api.request(req, BoardRecordDecisionDocument, {
        input: { meetingId, proposalId, kind: draft.kind, summary: draft.summary, expectedProposalVersion: draft.proposalVersion },
      });
      delete req.session.boardDecision;
      const option = DECISION_OPTIONS.find((o) => o.value === draft.kind);
      req.session.flash = `Decision recorded: the proposal was ${option?.done ?? 'decided'}.`;
      return redirectAfterSaving(req, res, `/trust-board/meetings/${meetingId}`);
    } catch (error) {
      errors = problemsFromApi(error, DECISION_FIELDS);
    }
    const data = await this.api.request(req, BoardDecisionFormDocument, { meetingId, proposalId });
    res.status(400);
    this.renderDecision(res, data, errors, { kind: draft.kind, summary: draft.summary });
  }

  @Get('meetings/:meetingId/actions/new')
  async actionForm(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const data = await this.api.request(req, BoardActionFormDocument, { meetingId: idParam(meetingId) });
    this.renderAction(res, data, null, null, { description: '', ownerId: '', dueOn: { day: '', month: '', year: '' }, status: 'OPEN' });
  }

  @Post('meetings/:meetingId/actions/new')
  async addActionItem(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(meetingId);
    const entered = { description: text(body.description), ownerId: text(body.ownerId), dueOn: dateBoxes(body, 'dueOn'), status: 'OPEN' };
    const { problems, dueOn } = actionProblems(entered);
    let errors = problems.length ? formErrors(problems, ACTION_FIELDS) : null;
    if (!errors && dueOn) {
      try {
        await this.api.request(req, BoardAddActionItemDocument, { input: { meetingId, description: entered.description, ownerId: entered.ownerId, dueOn } });
        req.session.flash = 'Action added.';
        return redirectAfterSaving(req, res, `/trust-board/meetings/${meetingId}`);
      } catch (error) {
        errors = problemsFromApi(error, ACTION_FIELDS);
      }
    }
    const data = await this.api.request(req, BoardActionFormDocument, { meetingId });
    res.status(400);
    this.renderAction(res, data, null, errors, entered);
  }

  @Get('meetings/:meetingId/actions/:actionItemId')
  async changeActionForm(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Param('actionItemId') actionItemId: string): Promise<void> {
    const data = await this.api.request(req, BoardActionFormDocument, { meetingId: idParam(meetingId) });
    const item = data.meeting?.actionItems.find((a) => a.id === idParam(actionItemId));
    if (!item) throw new NotFoundException();
    this.renderAction(res, data, item, null, { description: item.description, ownerId: item.owner?.id ?? '', dueOn: boxesOf(item.dueOn), status: item.status });
  }

  @Post('meetings/:meetingId/actions/:actionItemId')
  async changeAction(
    @Req() req: Request,
    @Res() res: Response,
    @Param('meetingId') meetingId: string,
    @Param('actionItemId') actionItemId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    idParam(meetingId);
    idParam(actionItemId);
    const entered = { description: text(body.description), ownerId: text(body.ownerId), dueOn: dateBoxes(body, 'dueOn'), status: text(body.status) };
    const status = ACTION_STATUS.find((s) => s.value === entered.status)?.value;
    const { problems, dueOn } = actionProblems(entered);
    if (!status) problems.push({ field: 'status', text: 'Select where the action stands' });
    let errors = problems.length ? formErrors(problems, ACTION_FIELDS) : null;
    if (!errors && dueOn && status) {
      try {
        await this.api.request(req, BoardUpdateActionItemDocument, {
          input: { actionItemId, expectedVersion: Number(text(body.version)), description: entered.description, ownerId: entered.ownerId, dueOn, status },
        });
        req.session.flash = 'Action changed.';
        return redirectAfterSaving(req, res, `/trust-board/meetings/${meetingId}`);
      } catch (error) {
        errors = problemsFromApi(error, ACTION_FIELDS);
      }
    }
    const data = await this.api.request(req, BoardActionFormDocument, { meetingId });
    const item = data.meeting?.actionItems.find((a) => a.id === actionItemId);
    if (!item) throw new NotFoundException();
    res.status(400);
    this.renderAction(res, data, item, errors, entered);
  }

  private renderSchedule(res: Response, board: BoardBodyFragment, errors: FormErrors | null, entered: Record<string, unknown>): void {
    res.render(`${VIEWS}/schedule.njk`, { pageTitle: 'Schedule a Trust Board meeting', backLink: '/trust-board/meetings', board, errors, entered });
  }

  private renderAgenda(res: Response, data: BoardAgendaFormQuery, errors: FormErrors | null, entered: { title: string; proposalId: string; papersUrl: string }): void {
    const meeting = data.meeting;
    if (!meeting) throw new NotFoundException();
    const onAgenda = new Set(meeting.agendaItems.map((i) => i.proposalId));
    res.render(`${VIEWS}/agenda-item.njk`, {
      pageTitle: `Add an agenda item to ${meeting.title}`,
      backLink: `/trust-board/meetings/${meeting.id}`,
      meeting: meetingView(meeting),
      canAdd: meeting.viewerCan.addAgendaItem,
      proposals: data.proposals.edges.map((e) => e.node).filter((p) => !onAgenda.has(p.id)),
      errors,
      entered,
    });
  }

  private renderDecision(res: Response, data: BoardDecisionFormQuery, errors: FormErrors | null, entered: { kind: string; summary: string }): void {
    const { meeting, proposal } = data;
    if (!meeting || !proposal) throw new NotFoundException();
    res.render(`${VIEWS}/decision.njk`, {
      pageTitle: `Record a decision on ${proposal.title}`,
      backLink: `/trust-board/meetings/${meeting.id}`,
      meeting: meetingView(meeting),
      proposal: { ...proposal, statusText: STATUS_TEXT[proposal.status] },
      canDecide: meeting.viewerCan.recordDecision,
      options: DECISION_OPTIONS,
      errors,
      entered,
    });
  }

  private renderAction(
    res: Response,
    data: BoardActionFormQuery,
    item: BoardActionItemFragment | null,
    errors: FormErrors | null,
    entered: { description: string; ownerId: string; dueOn: { day: string; month: string; year: string }; status: string },
  ): void {
    const meeting = data.meeting;
    if (!meeting) throw new NotFoundException();
    const people = new Map(meeting.body.members.map((m) => [m.person.id, m.person.displayName]));
    if (item?.owner) people.set(item.owner.id, item.owner.displayName);
    res.render(`${VIEWS}/action-item.njk`, {
      pageTitle: item ? `Change the action: ${item.description}` : `Add an action from ${meeting.title}`,
      backLink: `/trust-board/meetings/${meeting.id}`,
      meeting: meetingView(meeting),
      bodyName: meeting.body.name,
      item,
      can: item ? item.viewerCan.update : meeting.viewerCan.addActionItem,
      ownerSelect: [
        { value: '', text: 'Choose a person', selected: !entered.ownerId },
        ...[...people].map(([value, name]) => ({ value, text: name, selected: value === entered.ownerId })).sort((a, b) => a.text.localeCompare(b.text)),
      ],
      statuses: ACTION_STATUS,
      errors,
      entered,
    });
  }
}

const DECISION_FIELDS = { kind: 'kind', summary: 'summary' };
const ACTION_FIELDS = { description: 'description', ownerId: 'ownerId', dueOn: 'dueOn-day', status: 'status' };

/** What is missing or malformed on an action form, and the due date it gives. */
function actionProblems(entered: { description: string; ownerId: string; dueOn: { day: string; month: string; year: string } }): { problems: FieldProblem[]; dueOn: string | null | undefined } {
  const problems: FieldProblem[] = [];
  if (!entered.description) problems.push({ field: 'description', text: 'Enter what is to be done' });
  if (!UUID.test(entered.ownerId)) problems.push({ field: 'ownerId', text: 'Select who will do it' });
  const dueOn = dateOf(entered.dueOn.day, entered.dueOn.month, entered.dueOn.year);
  if (!dueOn) problems.push({ field: 'dueOn', text: dueOn === null ? 'Enter the date it is due' : 'Enter the due date as a real date, for example 27 3 2027' });
  return { problems, dueOn };
}
