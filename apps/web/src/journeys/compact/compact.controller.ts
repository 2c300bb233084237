import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { WEB_CONFIG, WebConfig } from '../../config/web-config';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { CurrentEditionDocument, EditionDiffDocument, OfferMapDataDocument } from '../../api/generated/graphql';
import { todayIn } from '../what-can-i-get/answers';
import { MAP_COLUMNS, MAP_ROWS, offerTiles, reachOf, TILE_GAP, TILE_SIZE, TILE_STATUS, tileCounts } from './tile-map';

export const FIELD_NAMES: Record<string, string> = {
  title: 'its name',
  summary: 'its wording',
  minAge: 'the youngest age',
  maxAge: 'the oldest age',
  partners: 'its partners',
  deliveryModel: 'who gives it',
  areaRule: 'which care leavers an NHS area covers',
  uascConsiderations: 'how it works for young people who came to the UK alone',
};

export const STATUS_WORDS: Record<string, string> = { IMPLEMENTED: 'in place', FORMALLY_AGREED: 'agreed' };

/** The published Compact: the current edition, each offer with its London map, and what changed. */
@Controller('the-compact')
export class CompactController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  async edition(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { currentCompactEdition: edition } = await this.api.request(req, CurrentEditionDocument, {});
    if (!edition) return res.render('journeys/compact/not-published.njk', { pageTitle: 'The Compact' });
    res.render('journeys/compact/edition.njk', {
      pageTitle: 'The Compact',
      edition,
      offers: edition.offers.map((offer) => ({ ...offer, reach: reachOf(offer) })),
    });
  }

  @Get('offers/:id')
  async offer(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const data = await this.api.request(req, OfferMapDataDocument, {});
    const edition = data.currentCompactEdition;
    const offer = edition?.offers.find((o) => o.proposalId === id);
    if (!edition || !offer) throw new NotFoundException();
    const tiles = offerTiles(offer, data.localAuthorities, data.areas, todayIn(this.config.timeZone));
    res.render('journeys/compact/offer.njk', {
      pageTitle: offer.title,
      backLink: '/the-compact',
      edition,
      offer,
      reach: reachOf(offer),
      tiles,
      counts: tileCounts(tiles),
      statuses: TILE_STATUS,
      map: { size: TILE_SIZE, width: MAP_COLUMNS * (TILE_SIZE + TILE_GAP) - TILE_GAP, height: MAP_ROWS * (TILE_SIZE + TILE_GAP) - TILE_GAP },
      tableRows: [...tiles]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((t) => [{ text: t.name }, { text: TILE_STATUS[t.status].label }, { text: t.detail }]),
    });
  }

  @Get('editions/:number/changes')
  async changes(@Req() req: Request, @Res() res: Response, @Param('number') number: string): Promise<void> {
    if (!/^\d{1,6}$/.test(number) || Number(number) < 2) throw new NotFoundException();
    const to = Number(number);
    const { compactEditionDiff: diff } = await this.api.request(req, EditionDiffDocument, { from: to - 1, to });
    res.render('journeys/compact/changes.njk', {
      pageTitle: `What changed in edition ${to}`,
      backLink: '/the-compact',
      diff,
      changed: diff.changed.map((c) => ({
        title: c.after.title,
        proposalId: c.proposalId,
        fields: c.changedFields.map((f) => FIELD_NAMES[f] ?? f),
        summaryChanged: c.changedFields.includes('summary') ? { before: c.before.summary, after: c.after.summary } : null,
        added: c.partiesAdded.map((p) => `${p.name} (${STATUS_WORDS[p.status] ?? p.status.toLowerCase()})`),
        removed: c.partiesRemoved.map((p) => p.name),
        moved: c.partiesChanged.map((p) => `${p.after.name}: now ${STATUS_WORDS[p.after.status] ?? p.after.status.toLowerCase()}`),
      })),
    });
  }
}
