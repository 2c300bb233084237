import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { passOnDownload } from '../../api/downloads';
import { LondonsProgressDocument, OfferProgressDocument } from '../../api/generated/graphql';
import { longDate } from '../../views/dates';
import { WEB_CONFIG, WebConfig } from '../../config/web-config';
import { idFromPath, UUID } from '../../forms/ids';
import { todayIn } from '../what-can-i-get/answers';
import {
  areaRows,
  authorityFigures,
  authorityTiles,
  countsSentence,
  MAP,
  offerRows,
  offerStageTiles,
  percent,
  Stage,
  STAGE_ORDER,
  STAGES,
  stageCounts,
  stageOf,
  stagesByOffer,
  trendChart,
} from './progress';

/** The trend covers the last 100 days of nightly figures (the most one page of history holds). */
const TREND_DAYS = 99;

const DELIVERY: Record<string, string> = {
  EACH_LA: 'Each council',
  EACH_ICS_AREA: 'Each NHS area',
  SINGLE_PARTNER: 'A partner',
  SEVERAL_PARTNERS: 'Partners',
};

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * London's progress, for directors (ALDCS) and the Trust Board: where every offer stands across
 * London, authority by authority and area by area, each page from one API round trip. The API
 * decides who may see it.
 */
@Controller('londons-progress')
export class LondonsProgressController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  async overview(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, LondonsProgressDocument, {});
    const { agreementMatrix: matrix } = data;
    const stages = stagesByOffer(matrix.columns);
    const offers = offerRows(matrix.proposals, stages).sort((a, b) => a.title.localeCompare(b.title));
    const figures = authorityFigures(data.localAuthorities, matrix.proposals, stages, data.icsAreas);
    const tiles = authorityTiles(data.localAuthorities, figures);
    const most = Math.max(0, ...tiles.map((t) => t.inPlace));
    res.render('journeys/londons-progress/overview.njk', {
      pageTitle: 'London’s progress',
      map: MAP,
      tiles,
      mostInPlace: most,
      bands: [0, 1, 2, 3, 4].map((band) => ({ band, text: bandText(band, most) })).filter((b) => b.text),
      authorityRows: [...figures]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((f) => [{ text: f.name }, { text: String(f.inPlace), format: 'numeric' }, { text: String(f.asked), format: 'numeric' }]),
      offers: offers.map((o) => withShares({ name: o.title, href: `/londons-progress/offers/${o.id}`, total: o.total, agreed: o.agreed, inPlace: o.inPlace })),
      houses: data.boardOverview.houses
        .filter((h) => h.offersOutForAgreement > 0)
        .map((h) => ({ ...h, agreedShare: percent(h.agreementsAgreed, h.agreementParties), inPlaceShare: percent(h.agreementsImplemented, h.agreementParties) })),
      icsAreas: areaRows(data.icsAreas, matrix.proposals, stages).map(withShares),
      subRegions: areaRows(data.subRegions, matrix.proposals, stages).map(withShares),
      notEngaged: figures.filter((f) => f.notEngaged).map((f) => f.name).sort(),
      councilOfferCount: matrix.proposals.filter((p) => p.deliveryModel === 'EACH_LA').length,
      generatedAt: data.boardOverview.generatedAt,
    });
  }

  @Get('offers/:id')
  async offer(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    idFromPath(id);
    const today = todayIn(this.config.timeZone);
    const data = await this.api.request(req, OfferProgressDocument, { proposalId: id, historyFrom: daysBefore(today, TREND_DAYS), historyDays: TREND_DAYS + 1 });
    const { proposal, agreementMatrix: matrix, proposalProgress: progress } = data;
    if (!proposal || !progress) throw new NotFoundException();
    const partyById = new Map(matrix.parties.map((p) => [p.id, p]));
    const stageByParty = new Map<string, Stage>(matrix.cells.map((c) => [c.partyId, stageOf(c.status, c.reconfirmationNeeded)]));
    const tiles = offerStageTiles(proposal.deliveryModel, stageByParty, data.localAuthorities, data.icsAreas);
    const counts = stageCounts(tiles ? tiles.map((t) => t.stage) : stageByParty.values());
    const history = data.proposalProgressHistory.edges.map((e) => e.node);
    const chart = trendChart(history, { date: today, total: progress.totalParties, agreed: progress.agreed, implemented: progress.implemented });
    const trendRows = [...history.filter((h) => h.date < today), { date: today, total: progress.totalParties, agreed: progress.agreed, implemented: progress.implemented }];
    res.render('journeys/londons-progress/offer.njk', {
      pageTitle: `${proposal.title}: progress`,
      backLink: '/londons-progress',
      proposal,
      delivery: DELIVERY[proposal.deliveryModel] ?? proposal.deliveryModel,
      progress,
      agreedShare: percent(progress.agreed, progress.totalParties),
      inPlaceShare: percent(progress.implemented, progress.totalParties),
      map: MAP,
      tiles,
      counts,
      countsText: countsSentence(counts),
      stages: STAGES,
      stageKeys: STAGE_ORDER.filter((s) => counts[s] > 0),
      stageClass: (stage: Stage) => stage.toLowerCase().replace(/_/g, '-'),
      partyRows: matrix.cells
        .map((c) => ({ name: partyById.get(c.partyId)?.name ?? c.partyId, stage: stageOf(c.status, c.reconfirmationNeeded), effectiveDate: c.effectiveDate }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => [{ text: r.name }, { text: STAGES[r.stage].label }, { text: r.effectiveDate ? longDate(r.effectiveDate) : '' }]),
      icsAreas: progress.byIcsArea.map(areaShares),
      subRegions: progress.bySubRegion.map(areaShares),
      chart,
      trendRows: trendRows.map((t) => [{ text: longDate(t.date) }, { text: String(t.agreed), format: 'numeric' }, { text: String(t.implemented), format: 'numeric' }, { text: String(t.total), format: 'numeric' }]),
    });
  }

  /** The API's CSV of the agreement matrix (every offer, or one), passed on as a download. */
  @Get('agreement-matrix.csv')
  async matrixCsv(@Req() req: Request, @Res() res: Response, @Query('offer') offer: unknown): Promise<void> {
    const query = typeof offer === 'string' && UUID.test(offer) ? `?proposalIds=${encodeURIComponent(offer)}` : '';
    const file = await this.api.download(req, `/exports/agreement-matrix.csv${query}`);
    passOnDownload(res, file);
  }
}

function withShares<T extends { total: number; agreed: number; inPlace: number }>(row: T): T & { agreedShare: string; inPlaceShare: string } {
  return { ...row, agreedShare: percent(row.agreed, row.total), inPlaceShare: percent(row.inPlace, row.total) };
}

function areaShares<T extends { totalParties: number; agreed: number; implemented: number }>(row: T): T & { agreedShare: string; inPlaceShare: string } {
  return { ...row, agreedShare: percent(row.agreed, row.totalParties), inPlaceShare: percent(row.implemented, row.totalParties) };
}

/** The overview map's key: what each shade means, as numbers of offers in place. */
function bandText(band: number, most: number): string | null {
  if (band === 0) return 'None in place';
  if (most === 0) return null;
  const low = Math.floor(((band - 1) / 4) * most) + 1;
  const high = Math.floor((band / 4) * most);
  if (high < low) return null;
  return low === high ? `${low} in place` : `${low} to ${high} in place`;
}
