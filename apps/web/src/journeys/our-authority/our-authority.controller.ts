import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiError, ApiInputError } from '../../api/api-errors';
import {
  AgreementHistoryDocument,
  ConfirmAgreementWordingDocument,
  MyAuthoritiesDocument,
  OurAuthorityDocument,
  type OurAuthorityQuery,
  UpdatePartyAgreementsDocument,
} from '../../api/generated/graphql';
import { formErrors, type FieldProblem, type FormErrors } from '../../forms/form-errors';
import { idFromPath as idParam, UUID } from '../../forms/ids';
import { redirectAfterSaving } from '../../setup/session';
import {
  changesOf,
  type Conflict,
  enteredRows,
  type EnteredRow,
  fieldIds,
  formFieldOfApi,
  formFields,
  RECIPROCITY_OPTIONS,
  reciprocityText,
  resolved,
  type RowChange,
  type RowValues,
  STATUS_OPTIONS,
  statusText,
  type StoredRow,
  conflictsOf,
} from './agreement-form';

declare module 'express-session' {
  interface SessionData {
    /** Changes to an authority's agreements that met someone else's first, waiting for the officer to choose. */
    agreementDraft?: { authorityId: string; changes: RowChange[] };
    /** Why something the officer asked for on their authority's page was not done, shown there once. */
    agreementNotice?: string;
  }
}

/** The most rows one page reads (the API's page size limit). */
const PAGE = 100;

type Agreement = OurAuthorityQuery['agreements']['edges'][number]['node'];

function valuesOf(a: Agreement): RowValues {
  return { status: a.status, reciprocity: a.reciprocity ?? null, effectiveDate: a.effectiveDate ?? null, evidenceUrl: a.evidenceUrl ?? null };
}

function stored(a: Agreement): StoredRow {
  return { id: a.id, version: a.version, updatedAt: a.updatedAt, ...valuesOf(a) };
}

function dateParts(date: string | null | undefined): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}

/**
 * "Our authority", for local authority officers: every endorsed offer with where the authority
 * stands, changed many rows at a time in one form (one API call, all or nothing); a change that
 * meets someone else's first goes to a page where the officer chooses; each row's history; and
 * offers reworded since the authority agreed, to re-confirm. The API decides who may change what.
 */
@Controller('our-authority')
export class OurAuthorityController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async authorities(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, MyAuthoritiesDocument, {});
    // The councils, ICS areas and partner organisations this person records offers for, as the API says.
    const authorities = data.myParties;
    if (authorities.length === 1) return res.redirect(303, `/our-authority/${authorities[0].id}`);
    res.render('journeys/our-authority/authorities.njk', { pageTitle: 'Our authority', authorities });
  }

  @Get(':authorityId')
  async authority(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string): Promise<void> {
    const data = await this.api.request(req, OurAuthorityDocument, { authorityId: idParam(authorityId), first: PAGE });
    const { flash, agreementNotice: notice } = req.session;
    delete req.session.flash;
    delete req.session.agreementNotice;
    this.renderForm(res, data, { flash, notice });
  }

  @Post(':authorityId')
  async update(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(authorityId);
    const entered = enteredRows(body);
    const was = new Map(entered.map((r) => [r.agreementId, wasOf(body, r.agreementId)]).filter((e): e is [string, RowValues] => !!e[1]));
    const { changes, problems } = changesOf(entered, was);
    if (problems.length) return this.showAgain(req, res, authorityId, entered, problems);
    if (!changes.length) {
      req.session.flash = 'You did not change anything.';
      return redirectAfterSaving(req, res, `/our-authority/${authorityId}`);
    }
    await this.send(req, res, authorityId, changes, entered);
  }

  @Get(':authorityId/conflict')
  async conflict(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string): Promise<void> {
    const draft = req.session.agreementDraft;
    if (!draft || draft.authorityId !== idParam(authorityId)) return res.redirect(303, `/our-authority/${authorityId}`);
    const data = await this.api.request(req, OurAuthorityDocument, { authorityId, first: PAGE });
    const current = new Map(data.agreements.edges.map((e) => [e.node.id, stored(e.node)]));
    const { conflicts, clear } = conflictsOf(draft.changes, current);
    this.renderConflict(res, data, conflicts, clear, null);
  }

  @Post(':authorityId/conflict')
  async resolve(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string, @Body() body: Record<string, unknown>): Promise<void> {
    const draft = req.session.agreementDraft;
    if (!draft || draft.authorityId !== idParam(authorityId)) return res.redirect(303, `/our-authority/${authorityId}`);
    // The versions the conflict page showed as theirs, and the officer's choice for each.
    const theirVersions = new Map<string, number>();
    const choices = new Map<string, 'mine' | 'theirs'>();
    for (const mine of draft.changes) {
      const theirs = Number(body[`theirs-${mine.agreementId}`]);
      if (Number.isInteger(theirs)) theirVersions.set(mine.agreementId, theirs);
      const choice = body[`choice-${mine.agreementId}`];
      if (choice === 'mine' || choice === 'theirs') choices.set(mine.agreementId, choice);
    }
    const { items, unchosen } = resolved(draft.changes, theirVersions, choices);
    if (unchosen.length) {
      const data = await this.api.request(req, OurAuthorityDocument, { authorityId, first: PAGE });
      const current = new Map(data.agreements.edges.map((e) => [e.node.id, stored(e.node)]));
      const again = conflictsOf(draft.changes, current);
      const fields = Object.fromEntries(again.conflicts.map((c) => [c.mine.agreementId, `choice-${c.mine.agreementId}`]));
      const problems = unchosen.map((id) => ({ field: id, text: 'Choose which version to keep' }));
      return this.renderConflict(res, data, again.conflicts, again.clear, formErrors(problems, fields), choices);
    }
    if (!items.length) {
      delete req.session.agreementDraft;
      req.session.flash = 'You kept their versions: nothing else was changed.';
      return redirectAfterSaving(req, res, `/our-authority/${authorityId}`);
    }
    await this.send(req, res, authorityId, items, null);
  }

  @Post(':authorityId/confirm')
  async confirm(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(authorityId);
    const agreementId = typeof body.agreementId === 'string' && UUID.test(body.agreementId) ? body.agreementId : null;
    const expectedVersion = Number(body.version);
    if (!agreementId || !Number.isInteger(expectedVersion)) throw new NotFoundException();
    try {
      await this.api.request(req, ConfirmAgreementWordingDocument, { input: { agreementId, expectedVersion } });
      req.session.flash = `You confirmed the new wording of ${typeof body.title === 'string' ? body.title : 'the offer'}.`;
    } catch (error) {
      // Someone else confirmed it, or changed the row, since the page was drawn: say so there.
      if (!(error instanceof ApiError) || (error.code !== 'CONFLICT' && error.code !== 'BAD_USER_INPUT')) throw error;
      req.session.agreementNotice = error.message;
    }
    await redirectAfterSaving(req, res, `/our-authority/${authorityId}#reworded`);
  }

  @Get(':authorityId/offers/:proposalId/history/:agreementId')
  async history(
    @Req() req: Request,
    @Res() res: Response,
    @Param('authorityId') authorityId: string,
    @Param('proposalId') proposalId: string,
    @Param('agreementId') agreementId: string,
  ): Promise<void> {
    const data = await this.api.request(req, AgreementHistoryDocument, { authorityId: idParam(authorityId), proposalId: idParam(proposalId), agreementId: idParam(agreementId), first: PAGE });
    if (!data.agreementParty || !data.proposal || !data.agreement) throw new NotFoundException();
    if (data.agreement.proposalId !== proposalId || data.agreement.partyId !== authorityId) throw new NotFoundException();
    res.render('journeys/our-authority/history.njk', {
      pageTitle: `${data.proposal.title}: history`,
      backLink: `/our-authority/${authorityId}`,
      authority: data.agreementParty,
      proposal: data.proposal,
      entries: [...data.agreementHistory.edges.map((e) => e.node)].reverse().map((h) => ({
        ...h,
        from: statusText(h.fromStatus),
        to: statusText(h.toStatus),
        reciprocityText: reciprocityText(h.reciprocity),
      })),
    });
  }

  /** One API call for every change; a conflict keeps the changes in the session and shows the conflict page. */
  private async send(req: Request, res: Response, authorityId: string, changes: RowChange[], entered: EnteredRow[] | null): Promise<void> {
    try {
      const { updatePartyAgreements } = await this.api.request(req, UpdatePartyAgreementsDocument, {
        input: {
          partyId: authorityId,
          items: changes.map((c) => ({
            agreementId: c.agreementId,
            expectedVersion: c.expectedVersion,
            status: c.status,
            reciprocity: c.reciprocity,
            effectiveDate: c.effectiveDate,
            evidenceUrl: c.evidenceUrl,
          })),
        },
      });
      delete req.session.agreementDraft;
      const n = updatePartyAgreements.agreements.length;
      req.session.flash = n === 1 ? 'You updated 1 offer.' : `You updated ${n} offers.`;
      await redirectAfterSaving(req, res, `/our-authority/${authorityId}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT' && /expectedVersion$|^items$/.test(error.field ?? '')) {
        req.session.agreementDraft = { authorityId, changes };
        return redirectAfterSaving(req, res, `/our-authority/${authorityId}/conflict`);
      }
      if (!(error instanceof ApiInputError)) throw error;
      const problem = { field: formFieldOfApi(error.field, changes), text: error.message };
      if (entered) return this.showAgain(req, res, authorityId, entered, [problem]);
      // From the conflict page: show the problem on the form with the changes entered.
      delete req.session.agreementDraft;
      return this.showAgain(req, res, authorityId, changes.map(enteredOf), [problem]);
    }
  }

  /** The form again with what was entered and the problems, after reading the rows once more. */
  private async showAgain(req: Request, res: Response, authorityId: string, entered: EnteredRow[], problems: FieldProblem[]): Promise<void> {
    const data = await this.api.request(req, OurAuthorityDocument, { authorityId, first: PAGE });
    const ids = data.agreements.edges.map((e) => e.node.id);
    res.status(400);
    this.renderForm(res, data, { entered: new Map(entered.map((r) => [r.agreementId, r])), errors: formErrors(problems, formFields(ids)) });
  }

  private renderForm(res: Response, data: OurAuthorityQuery, options: { flash?: string; notice?: string; entered?: Map<string, EnteredRow>; errors?: FormErrors }): void {
    const authority = data.agreementParty;
    if (!authority) throw new NotFoundException();
    const rows = data.agreements.edges
      .map((e) => e.node)
      .map((a) => {
        const entered = options.entered?.get(a.id);
        const date = entered ? { day: entered.day, month: entered.month, year: entered.year } : dateParts(a.effectiveDate);
        const errorOf = (name: string) => options.errors?.byField[`${a.id}.${name}`];
        return {
          id: a.id,
          proposalId: a.proposalId,
          title: a.proposal.title,
          summary: a.proposal.summary,
          version: a.version,
          updatedAt: a.updatedAt,
          reconfirmationNeeded: a.reconfirmationNeeded,
          was: JSON.stringify(valuesOf(a)),
          ids: fieldIds(a.id),
          status: entered?.status ?? a.status,
          reciprocity: entered ? entered.reciprocity : (a.reciprocity ?? ''),
          date,
          evidenceUrl: entered ? entered.evidenceUrl : (a.evidenceUrl ?? ''),
          statusNow: statusText(a.status),
          canEdit: a.viewerCan.setStatus,
          canReconfirm: a.viewerCan.reconfirm,
          reciprocityNow: reciprocityText(a.reciprocity),
          effectiveDateNow: a.effectiveDate ?? null,
          statusItems: STATUS_OPTIONS.map((o) => ({ ...o, selected: o.value === (entered?.status ?? a.status) })),
          reciprocityItems: [{ value: '', text: 'Not said yet' }, ...RECIPROCITY_OPTIONS].map((o) => ({
            ...o,
            selected: o.value === (entered ? entered.reciprocity : (a.reciprocity ?? '')),
          })),
          errors: { status: errorOf('status'), reciprocity: errorOf('reciprocity'), effectiveDate: errorOf('effectiveDate'), evidenceUrl: errorOf('evidenceUrl') },
        };
      })
      .sort((x, y) => x.title.localeCompare(y.title));
    res.render('journeys/our-authority/authority.njk', {
      pageTitle: `${authority.name}: our offers`,
      backLink: '/our-authority',
      authority,
      // Who an offer covers is asked of councils only (the API refuses it for anyone else).
      isCouncil: authority.kind === 'LOCAL_AUTHORITY',
      rows,
      reworded: rows.filter((r) => r.reconfirmationNeeded),
      // One form changes many rows: offered when the API lets the viewer update this party's agreements and some row is open.
      anyEditable: authority.viewerCan.updateAgreements && rows.some((r) => r.canEdit),
      flash: options.flash,
      notice: options.notice,
      errors: options.errors,
      total: data.agreements.totalCount,
    });
  }

  private renderConflict(
    res: Response,
    data: OurAuthorityQuery,
    conflicts: Conflict[],
    clear: RowChange[],
    errors: FormErrors | null,
    choices: ReadonlyMap<string, 'mine' | 'theirs'> = new Map(),
  ): void {
    const authority = data.agreementParty;
    if (!authority) throw new NotFoundException();
    const agreements = new Map(data.agreements.edges.map((e) => [e.node.id, e.node]));
    const titleOf = (agreementId: string) => agreements.get(agreementId)?.proposal.title ?? 'An offer';
    const describe = (v: RowValues) => [
      { key: 'Status', value: statusText(v.status) },
      { key: 'Who it covers', value: reciprocityText(v.reciprocity) || 'Not said' },
      { key: 'In place from', value: v.effectiveDate ?? 'Not given' },
      { key: 'Evidence', value: v.evidenceUrl ?? 'None' },
    ];
    if (errors) res.status(400);
    res.render('journeys/our-authority/conflict.njk', {
      pageTitle: 'Someone else changed these offers first',
      backLink: `/our-authority/${authority.id}`,
      authority,
      conflicts: conflicts.map((c) => ({
        id: c.mine.agreementId,
        title: titleOf(c.mine.agreementId),
        theirVersion: c.theirs.version,
        theirChangedAt: c.theirs.updatedAt,
        theirChangedBy: agreements.get(c.mine.agreementId)?.updatedBy?.displayName ?? null,
        theirs: describe(c.theirs),
        mine: describe(c.mine),
        choice: choices.get(c.mine.agreementId) ?? null,
        error: errors?.byField[c.mine.agreementId] ?? null,
      })),
      clear: clear.map((c) => ({ title: titleOf(c.agreementId), status: statusText(c.status) })),
      errors,
    });
  }
}

/** The values the row had when the form was drawn (its hidden `was-` field). */
function wasOf(body: Record<string, unknown>, id: string): RowValues | null {
  const raw = body[`was-${id}`];
  if (typeof raw !== 'string') return null;
  try {
    const v = JSON.parse(raw) as Partial<RowValues>;
    if (typeof v.status !== 'string') return null;
    return { status: v.status, reciprocity: v.reciprocity ?? null, effectiveDate: v.effectiveDate ?? null, evidenceUrl: v.evidenceUrl ?? null };
  } catch {
    return null;
  }
}

function enteredOf(c: RowChange): EnteredRow {
  const d = dateParts(c.effectiveDate);
  return { agreementId: c.agreementId, expectedVersion: c.expectedVersion, status: c.status, reciprocity: c.reciprocity ?? '', ...d, evidenceUrl: c.evidenceUrl ?? '' };
}
