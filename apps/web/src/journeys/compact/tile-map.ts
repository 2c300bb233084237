import type { OfferMapDataQuery } from '../../api/generated/graphql';
import { longDate } from '../../views/dates';

type Edition = NonNullable<OfferMapDataQuery['currentCompactEdition']>;
export type PublishedOffer = Edition['offers'][number];
type Party = PublishedOffer['parties'][number];
type Authority = OfferMapDataQuery['localAuthorities'][number];
type Area = OfferMapDataQuery['areas'][number];

/** Where an offer stands in one council area, as the published edition records it. */
export type TileStatus = 'IN_PLACE' | 'AGREED' | 'NOT_AGREED';

/** Words for each status; the map shows them with a colour, a pattern and a symbol, never colour alone. */
export const TILE_STATUS: Record<TileStatus, { label: string; symbol: string }> = {
  IN_PLACE: { label: 'In place', symbol: '✓' },
  AGREED: { label: 'Agreed, not in place yet', symbol: '→' },
  NOT_AGREED: { label: 'Not agreed yet', symbol: '–' },
};

const RECIPROCITY: Record<string, string> = {
  OWN_CARE_LEAVERS_ANYWHERE: 'Its own care leavers, wherever they live',
  ANY_CARE_LEAVER_RESIDENT: 'Any care leaver who lives there',
  BOTH: 'Its own care leavers, and any care leaver who lives there',
};

export interface Tile {
  shortCode: string;
  name: string;
  status: TileStatus;
  /** "Lambeth: in place", for screen readers and the tile's tooltip. */
  label: string;
  /** Who gives it there and on what terms, for the table. */
  detail: string;
  x: number;
  y: number;
}

export const TILE_SIZE = 60;
export const TILE_GAP = 4;
export const MAP_COLUMNS = 8;
export const MAP_ROWS = 7;

function statusOf(party: Party | undefined, today: string): TileStatus {
  if (!party) return 'NOT_AGREED';
  if (party.status === 'IMPLEMENTED') return party.effectiveDate && party.effectiveDate > today ? 'AGREED' : 'IN_PLACE';
  if (party.status === 'FORMALLY_AGREED') return 'AGREED';
  return 'NOT_AGREED';
}

function detailOf(party: Party | undefined, status: TileStatus, via: string | null): string {
  if (!party) return via ? `${via} has not agreed it yet` : 'Not agreed yet';
  const parts = [via ? `Through ${via}` : null, party.reciprocity ? RECIPROCITY[party.reciprocity] : null];
  if (status === 'AGREED' && party.effectiveDate) parts.push(`Starts on ${longDate(party.effectiveDate)}`);
  if (party.reconfirmationNeeded) parts.push('Agreed an earlier wording');
  return parts.filter(Boolean).join('. ') || TILE_STATUS[status].label;
}

/**
 * The offer's status in each of London's 33 council areas, placed on the London Squared grid
 * from the API's tile row and column: a council's own status for council offers, its ICS area's
 * for NHS area offers, and the partner's for London-wide partner offers.
 */
export function offerTiles(offer: PublishedOffer, authorities: readonly Authority[], areas: readonly Area[], today: string): Tile[] {
  const partners = offer.parties.filter((p) => p.kind === 'ORGANISATION');
  const bestPartner = partners.find((p) => statusOf(p, today) === 'IN_PLACE') ?? partners.find((p) => statusOf(p, today) === 'AGREED');
  return authorities.map((la) => {
    let party: Party | undefined;
    let via: string | null = null;
    if (offer.deliveryModel === 'EACH_LA') {
      party = offer.parties.find((p) => p.kind === 'LOCAL_AUTHORITY' && p.code === la.shortCode);
    } else if (offer.deliveryModel === 'EACH_ICS_AREA') {
      const area = areas.find((a) => a.members.some((m) => m.shortCode === la.shortCode));
      party = area ? offer.parties.find((p) => p.kind === 'ICS_AREA' && p.code === area.code) : undefined;
      via = area?.name ?? null;
    } else {
      party = bestPartner;
      via = bestPartner?.name ?? (offer.partners.map((p) => p.name).join(' and ') || null);
    }
    const status = statusOf(party, today);
    return {
      shortCode: la.shortCode,
      name: la.name,
      status,
      label: `${la.name}: ${TILE_STATUS[status].label.toLowerCase()}`,
      detail: detailOf(party, status, via),
      x: la.tileCol * (TILE_SIZE + TILE_GAP),
      y: la.tileRow * (TILE_SIZE + TILE_GAP),
    };
  });
}

/** How many areas are at each status, for the map's summary. */
export function tileCounts(tiles: readonly Tile[]): Record<TileStatus, number> {
  const counts: Record<TileStatus, number> = { IN_PLACE: 0, AGREED: 0, NOT_AGREED: 0 };
  for (const tile of tiles) counts[tile.status] += 1;
  return counts;
}

/** "Given by 12 of 33 councils" and the like, for the list of offers. */
export function reachOf(offer: Pick<PublishedOffer, 'deliveryModel' | 'parties' | 'partners'>): string {
  switch (offer.deliveryModel) {
    case 'EACH_LA': {
      const n = offer.parties.filter((p) => p.kind === 'LOCAL_AUTHORITY').length;
      return `Agreed by ${n} of London’s 33 councils`;
    }
    case 'EACH_ICS_AREA': {
      const n = offer.parties.filter((p) => p.kind === 'ICS_AREA').length;
      return `Agreed by ${n} of London’s 5 NHS areas`;
    }
    default: {
      const agreed = offer.parties.filter((p) => p.kind === 'ORGANISATION').map((p) => p.name);
      const named = offer.partners.map((p) => p.name);
      return agreed.length ? `Given by ${agreed.join(' and ')}` : `To be given by ${named.join(' and ') || 'a partner'}; not agreed yet`;
    }
  }
}
