import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiInputError } from '../../api/api-errors';
import { passOnDownload } from '../../api/downloads';
import {
  type HouseCoChairsFragment,
  type HouseProposalSignOffFragment,
  type MembershipRole,
  MyHousesDocument,
  OurHouseDocument,
  type ProposalStatus,
  SignOffPageDocument,
  SignOffProposalDocument,
} from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FormErrors } from '../../forms/form-errors';
import { idFromPath as idParam } from '../../forms/ids';
import { redirectAfterSaving } from '../../setup/session';

const NOTE_MAX = 2000;
const CLOSING_SOON_DAYS = 7;

const STAGES: { status: ProposalStatus; heading: string }[] = [
  { status: 'DRAFT', heading: 'Drafts' },
  { status: 'IN_CONSULTATION', heading: 'In consultation' },
  { status: 'RECOMMENDED', heading: 'Recommended to the Trust Board' },
  { status: 'ENDORSED', heading: 'Endorsed: councils and partners deciding' },
  { status: 'ADOPTED', heading: 'Adopted into the Compact' },
  { status: 'DECLINED', heading: 'Declined' },
  { status: 'WITHDRAWN', heading: 'Withdrawn' },
];

const SEAT: Record<string, string> = { CO_CHAIR_YOUNG_PERSON: 'young person co-chair', CO_CHAIR_SECTOR_LEAD: 'sector lead co-chair' };

const AUDIENCE: Record<string, string> = {
  CICC: 'Children in Care Council',
  LOCAL_AUTHORITIES: 'Local authorities',
  ALDCS: 'Directors of children’s services',
  HOUSING_DIRECTORS: 'Housing directors',
  PARTNERS: 'Partners',
};

/** The seat the signed-in person holds in the House, and the other one. */
function seats(house: HouseCoChairsFragment, personId: string | undefined): { mine: MembershipRole | null; theirs: MembershipRole | null; coChairName: string | null } {
  const yp = house.coChairs.youngPerson?.person;
  const lead = house.coChairs.sectorLead?.person;
  if (yp && yp.id === personId) return { mine: 'CO_CHAIR_YOUNG_PERSON', theirs: 'CO_CHAIR_SECTOR_LEAD', coChairName: lead?.displayName ?? null };
  if (lead && lead.id === personId) return { mine: 'CO_CHAIR_SECTOR_LEAD', theirs: 'CO_CHAIR_YOUNG_PERSON', coChairName: yp?.displayName ?? null };
  return { mine: null, theirs: null, coChairName: null };
}

function daysUntil(iso: string, now: number): number {
  return Math.ceil((Date.parse(iso) - now) / 86_400_000);
}

/**
 * "Our House", for a House's two co-chairs: its proposals by stage, consultations open and when
 * they close with who has answered and who has not, what waits for each co-chair's sign-off, and
 * signing off. The API decides who may sign.
 */
@Controller('our-house')
export class OurHouseController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async houses(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, MyHousesDocument, {});
    const houses = data.myHouses;
    if (houses.length === 1) return res.redirect(303, `/our-house/${houses[0].id}`);
    res.render('journeys/our-house/houses.njk', { pageTitle: 'Our House', houses });
  }

  @Get(':houseId')
  async house(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string): Promise<void> {
    const data = await this.api.request(req, OurHouseDocument, { houseId: idParam(houseId), first: 100 });
    const house = data.body;
    if (!house) throw new NotFoundException();
    const me = seats(house, req.session.person?.id);
    const proposals = data.proposals.edges.map((e) => e.node);
    const inConsultation = proposals.filter((p) => p.status === 'IN_CONSULTATION');
    const now = Date.now();
    const flash = req.session.flash;
    delete req.session.flash;
    res.render('journeys/our-house/house.njk', {
      pageTitle: house.name,
      house,
      flash,
      mySeat: me.mine ? SEAT[me.mine] : null,
      coChairName: me.coChairName,
      stages: STAGES.map((s) => ({ ...s, proposals: proposals.filter((p) => p.status === s.status) })).filter((s) => s.proposals.length),
      stageCounts: STAGES.map((s) => ({ heading: s.heading, count: proposals.filter((p) => p.status === s.status).length })),
      waitingForMe: me.mine ? inConsultation.filter((p) => p.signOff.awaiting.includes(me.mine!)).map((p) => signOffView(p)) : [],
      waitingForCoChair: me.theirs ? inConsultation.filter((p) => p.signOff.awaiting.includes(me.theirs!)).map((p) => signOffView(p)) : [],
      consultations: data.consultations.edges
        .map((e) => e.node)
        .sort((a, b) => a.closesAt.localeCompare(b.closesAt))
        .map((c) => {
          const days = daysUntil(c.closesAt, now);
          const s = c.responseSummary;
          return {
            ...c,
            name: c.title ?? proposals.find((p) => p.id === c.proposalId)?.title ?? 'A consultation',
            audienceText: AUDIENCE[c.audience] ?? c.audience,
            closingSoon: days <= CLOSING_SOON_DAYS,
            closesIn: days <= 0 ? 'Closes today' : days === 1 ? 'Closes tomorrow' : `Closes in ${days} days`,
            answered: s.respondedSummary ?? (s.totalResponses === 1 ? '1 response so far' : `${s.totalResponses} responses so far`),
            notAnswered: (s.notRespondedAuthorities ?? []).map((a) => a.name),
          };
        }),
    });
  }

  @Get(':houseId/proposals/:proposalId/sign-off')
  async signOffPage(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('proposalId') proposalId: string): Promise<void> {
    const data = await this.api.request(req, SignOffPageDocument, { houseId: idParam(houseId), proposalId: idParam(proposalId) });
    this.renderSignOff(req, res, data.body, data.proposal, null, '');
  }

  @Post(':houseId/proposals/:proposalId/sign-off')
  async signOff(
    @Req() req: Request,
    @Res() res: Response,
    @Param('houseId') houseId: string,
    @Param('proposalId') proposalId: string,
    @Body('note') rawNote: unknown,
  ): Promise<void> {
    idParam(houseId);
    idParam(proposalId);
    const note = typeof rawNote === 'string' ? rawNote.trim() : '';
    const fields = { note: 'note' };
    let errors: FormErrors | null = null;
    if (note.length > NOTE_MAX) errors = formErrors([{ field: 'note', text: `Keep your note to ${NOTE_MAX} characters or fewer` }], fields);
    if (!errors) {
      try {
        const { signOffProposal } = await this.api.request(req, SignOffProposalDocument, { input: { proposalId, note: note || null } });
        req.session.flash = signOffProposal.recommended
          ? 'You signed it off. Both co-chairs have now signed: the proposal is recommended to the Trust Board.'
          : 'You signed it off. It now waits for your co-chair’s sign-off.';
        return redirectAfterSaving(req, res, `/our-house/${houseId}`);
      } catch (error) {
        if (!(error instanceof ApiInputError) && !(error instanceof Error && (error as { code?: string }).code === 'CONFLICT')) throw error;
        errors = error instanceof ApiInputError ? formErrorsFromApi(error, fields) : formErrors([{ field: 'note', text: error.message }], fields);
      }
    }
    const data = await this.api.request(req, SignOffPageDocument, { houseId, proposalId });
    res.status(400);
    this.renderSignOff(req, res, data.body, data.proposal, errors, note);
  }

  /** The API's CSV of a consultation's answers, response by response, passed on as a download. */
  @Get(':houseId/consultations/:consultationId/responses.csv')
  async responsesCsv(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string, @Param('consultationId') consultationId: string): Promise<void> {
    idParam(houseId);
    const file = await this.api.download(req, `/exports/consultations/${idParam(consultationId)}/responses.csv`);
    passOnDownload(res, file);
  }

  private renderSignOff(
    req: Request,
    res: Response,
    house: HouseCoChairsFragment | null | undefined,
    proposal: (HouseProposalSignOffFragment & { summary: string }) | null | undefined,
    errors: FormErrors | null,
    note: string,
  ): void {
    if (!house || !proposal || proposal.houseId !== house.id) throw new NotFoundException();
    const me = seats(house, req.session.person?.id);
    const awaiting = proposal.signOff.awaiting;
    res.render('journeys/our-house/sign-off.njk', {
      pageTitle: `Sign off ${proposal.title}`,
      backLink: `/our-house/${house.id}`,
      house,
      proposal,
      signed: proposal.signOff.signed.map((s) => ({ ...s, seat: SEAT[s.role] ?? s.role })),
      awaiting: awaiting.map((role) => ({ seat: SEAT[role] ?? role, name: role === me.mine ? 'you' : me.coChairName })),
      canSign: proposal.viewerCan.signOff,
      completes: !!me.mine && awaiting.length === 1 && awaiting[0] === me.mine,
      errors,
      note,
    });
  }
}

function signOffView(p: HouseProposalSignOffFragment): { id: string; title: string; signedBy: string[] } {
  return { id: p.id, title: p.title, signedBy: p.signOff.signed.map((s) => s.person.displayName) };
}
