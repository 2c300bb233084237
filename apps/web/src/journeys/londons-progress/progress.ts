import type { AgreementStatus, DeliveryModel } from '../../api/generated/graphql';
import { longDate } from '../../views/dates';
import { MAP_COLUMNS, MAP_ROWS, TILE_GAP, TILE_SIZE } from '../compact/tile-map';

/**
 * Where a party stands with an offer, in the directors' words. Each has a colour, a pattern and a
 * symbol on the map, so no one needs to tell colours apart.
 */
export type Stage = 'IN_PLACE' | 'AGREED' | 'RECONFIRM' | 'TALKING' | 'NOT_STARTED' | 'DECLINED' | 'NOT_APPLICABLE';

export const STAGES: Record<Stage, { label: string; symbol: string }> = {
  IN_PLACE: { label: 'In place', symbol: '✓' },
  AGREED: { label: 'Agreed, not in place yet', symbol: '→' },
  RECONFIRM: { label: 'Agreed an earlier wording', symbol: '!' },
  TALKING: { label: 'In discussion or agreed in principle', symbol: '…' },
  NOT_STARTED: { label: 'Not started', symbol: '–' },
  DECLINED: { label: 'Declined', symbol: '✕' },
  NOT_APPLICABLE: { label: 'Does not apply', symbol: 'n/a' },
};

export const STAGE_ORDER = Object.keys(STAGES) as Stage[];

export function stageOf(status: AgreementStatus | null | undefined, reconfirmationNeeded = false): Stage {
  switch (status) {
    case 'IMPLEMENTED':
      return reconfirmationNeeded ? 'RECONFIRM' : 'IN_PLACE';
    case 'FORMALLY_AGREED':
      return reconfirmationNeeded ? 'RECONFIRM' : 'AGREED';
    case 'AGREED_IN_PRINCIPLE':
    case 'IN_DISCUSSION':
      return 'TALKING';
    case 'DECLINED':
      return 'DECLINED';
    case 'NOT_APPLICABLE':
      return 'NOT_APPLICABLE';
    default:
      return 'NOT_STARTED';
  }
}

export interface Authority {
  id: string;
  shortCode: string;
  name: string;
  tileRow: number;
  tileCol: number;
}

export interface AreaWithMembers {
  id: string;
  name: string;
  members: readonly { id: string }[];
}

export interface Placed {
  x: number;
  y: number;
}

/** The map's size for the template. */
export const MAP = {
  size: TILE_SIZE,
  width: MAP_COLUMNS * (TILE_SIZE + TILE_GAP) - TILE_GAP,
  height: MAP_ROWS * (TILE_SIZE + TILE_GAP) - TILE_GAP,
};

function place(la: Authority): Placed {
  return { x: la.tileCol * (TILE_SIZE + TILE_GAP), y: la.tileRow * (TILE_SIZE + TILE_GAP) };
}

export interface StageTile extends Placed {
  shortCode: string;
  name: string;
  stage: Stage;
  label: string;
  /** Through which NHS area, for NHS area offers. */
  via: string | null;
}

/** Each authority's area (the first that lists it), by authority id. */
export function areaOfAuthority(areas: readonly AreaWithMembers[]): Map<string, AreaWithMembers> {
  const byAuthority = new Map<string, AreaWithMembers>();
  for (const area of areas) for (const m of area.members) if (!byAuthority.has(m.id)) byAuthority.set(m.id, area);
  return byAuthority;
}

/**
 * One offer's stage in each of London's 33 council areas: the council's own for council offers,
 * its ICS area's for NHS area offers. Partner offers have no map (null).
 */
export function offerStageTiles(
  deliveryModel: DeliveryModel,
  stageByParty: ReadonlyMap<string, Stage>,
  authorities: readonly Authority[],
  icsAreas: readonly AreaWithMembers[],
): StageTile[] | null {
  if (deliveryModel !== 'EACH_LA' && deliveryModel !== 'EACH_ICS_AREA') return null;
  const areaOf = areaOfAuthority(icsAreas);
  return authorities.map((la) => {
    const area = deliveryModel === 'EACH_ICS_AREA' ? (areaOf.get(la.id) ?? null) : null;
    const partyId = deliveryModel === 'EACH_LA' ? la.id : area?.id;
    const stage = (partyId && stageByParty.get(partyId)) || 'NOT_STARTED';
    const via = area?.name ?? null;
    return {
      ...place(la),
      shortCode: la.shortCode,
      name: la.name,
      stage,
      via,
      label: `${la.name}: ${STAGES[stage].label.toLowerCase()}${via ? ` (through ${via})` : ''}`,
    };
  });
}

export function stageCounts(stages: Iterable<Stage>): Record<Stage, number> {
  const counts = Object.fromEntries(STAGE_ORDER.map((s) => [s, 0])) as Record<Stage, number>;
  for (const s of stages) counts[s] += 1;
  return counts;
}

/** "3 in place, 1 agreed, not in place yet, 29 not started": the stages present, in order. */
export function countsSentence(counts: Record<Stage, number>): string {
  return STAGE_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STAGES[s].label.toLowerCase()}`)
    .join(', ');
}

/** The agreement matrix as the API sends it: parallel columns, one entry per proposal × party. */
export interface MatrixColumns {
  proposalIds: readonly string[];
  partyIds: readonly string[];
  statuses: readonly AgreementStatus[];
  reconfirmationsNeeded: readonly boolean[];
}

export interface MatrixProposal {
  id: string;
  title: string;
  deliveryModel: DeliveryModel;
}

export interface OfferRow {
  id: string;
  title: string;
  deliveryModel: DeliveryModel;
  total: number;
  counts: Record<Stage, number>;
  agreed: number;
  inPlace: number;
}

/** The stage of every party for every offer, by offer id then party id. */
export function stagesByOffer(columns: MatrixColumns): Map<string, Map<string, Stage>> {
  const byOffer = new Map<string, Map<string, Stage>>();
  for (let i = 0; i < columns.proposalIds.length; i++) {
    let parties = byOffer.get(columns.proposalIds[i]);
    if (!parties) byOffer.set(columns.proposalIds[i], (parties = new Map<string, Stage>()));
    parties.set(columns.partyIds[i], stageOf(columns.statuses[i], columns.reconfirmationsNeeded[i]));
  }
  return byOffer;
}

/** Each offer's figures: parties asked, how many at each stage, agreed (in place included) and in place. */
export function offerRows(proposals: readonly MatrixProposal[], stages: ReadonlyMap<string, ReadonlyMap<string, Stage>>): OfferRow[] {
  return proposals.map((p) => {
    const counts = stageCounts(stages.get(p.id)?.values() ?? []);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return { id: p.id, title: p.title, deliveryModel: p.deliveryModel, total, counts, agreed: counts.IN_PLACE + counts.AGREED, inPlace: counts.IN_PLACE };
  });
}

export interface AuthorityTile extends Placed {
  shortCode: string;
  name: string;
  inPlace: number;
  /** Offers the authority is asked about, itself or through its NHS area. */
  asked: number;
  /** 0 (none) to 4 (the most), for the shade. */
  band: number;
  label: string;
}

export interface AuthorityFigures {
  id: string;
  name: string;
  inPlace: number;
  asked: number;
  /** It has not started on any council offer it is asked about. */
  notEngaged: boolean;
}

/**
 * For each authority: how many offers are in place there (council offers it put in place, and NHS
 * area offers its ICS area put in place) out of those asked of it, and whether it has engaged at
 * all with the council offers (anything but "not started").
 */
export function authorityFigures(
  authorities: readonly Authority[],
  proposals: readonly MatrixProposal[],
  stages: ReadonlyMap<string, ReadonlyMap<string, Stage>>,
  icsAreas: readonly AreaWithMembers[],
): AuthorityFigures[] {
  const areaOf = areaOfAuthority(icsAreas);
  return authorities.map((la) => {
    let inPlace = 0;
    let asked = 0;
    let councilOffers = 0;
    let started = 0;
    for (const p of proposals) {
      const partyId = p.deliveryModel === 'EACH_LA' ? la.id : p.deliveryModel === 'EACH_ICS_AREA' ? areaOf.get(la.id)?.id : undefined;
      const stage = partyId ? stages.get(p.id)?.get(partyId) : undefined;
      if (!stage || stage === 'NOT_APPLICABLE') continue;
      asked += 1;
      if (stage === 'IN_PLACE') inPlace += 1;
      if (p.deliveryModel === 'EACH_LA') {
        councilOffers += 1;
        if (stage !== 'NOT_STARTED') started += 1;
      }
    }
    return { id: la.id, name: la.name, inPlace, asked, notEngaged: councilOffers > 0 && started === 0 };
  });
}

/** The overview map: each authority's tile shaded by how many offers are in place there, the number written on it. */
export function authorityTiles(authorities: readonly Authority[], figures: readonly AuthorityFigures[]): AuthorityTile[] {
  const most = Math.max(1, ...figures.map((f) => f.inPlace));
  const byId = new Map(figures.map((f) => [f.id, f]));
  return authorities.map((la) => {
    const f = byId.get(la.id) ?? { inPlace: 0, asked: 0 };
    const band = f.inPlace === 0 ? 0 : Math.min(4, Math.ceil((f.inPlace / most) * 4));
    return {
      ...place(la),
      shortCode: la.shortCode,
      name: la.name,
      inPlace: f.inPlace,
      asked: f.asked,
      band,
      label: `${la.name}: ${f.inPlace} of ${f.asked} ${f.asked === 1 ? 'offer' : 'offers'} in place`,
    };
  });
}

export interface AreaRow {
  id: string;
  name: string;
  total: number;
  agreed: number;
  inPlace: number;
}

/** Council offers, area by area: the agreements of the area's member councils. */
export function areaRows(
  areas: readonly AreaWithMembers[],
  proposals: readonly MatrixProposal[],
  stages: ReadonlyMap<string, ReadonlyMap<string, Stage>>,
): AreaRow[] {
  const councilOffers = proposals.filter((p) => p.deliveryModel === 'EACH_LA');
  return areas.map((area) => {
    const row: AreaRow = { id: area.id, name: area.name, total: 0, agreed: 0, inPlace: 0 };
    for (const p of councilOffers) {
      const parties = stages.get(p.id);
      for (const m of area.members) {
        const stage = parties?.get(m.id);
        if (!stage || stage === 'NOT_APPLICABLE') continue;
        row.total += 1;
        if (stage === 'IN_PLACE' || stage === 'AGREED') row.agreed += 1;
        if (stage === 'IN_PLACE') row.inPlace += 1;
      }
    }
    return row;
  });
}

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '–';
}

export interface TrendPoint {
  date: string;
  total: number;
  agreed: number;
  implemented: number;
}

export interface TrendChart {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  agreedPath: string;
  inPlacePath: string;
  points: { x: number; agreedY: number; inPlaceY: number; label: string }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
  summary: string;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${d} ${SHORT_MONTHS[m - 1]}`;
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * The nightly progress history with today's figures added as the last point (unless a snapshot
 * of today is there already), drawn as two lines: agreed (in place included) and in place.
 */
export function trendChart(history: readonly TrendPoint[], today: TrendPoint): TrendChart | null {
  const points = history.length && history[history.length - 1].date >= today.date ? [...history] : [...history, today];
  if (points.length < 2) return null;
  const width = 480;
  const height = 300;
  const plot = { left: 44, top: 12, right: width - 40, bottom: height - 40 };
  const first = dayNumber(points[0].date);
  const span = Math.max(1, dayNumber(points[points.length - 1].date) - first);
  const top = Math.max(1, ...points.map((p) => p.total));
  const x = (date: string) => plot.left + ((dayNumber(date) - first) / span) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const path = (pick: (p: TrendPoint) => number) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)} ${y(pick(p)).toFixed(1)}`).join(' ');
  const step = Math.max(1, Math.ceil(top / 4));
  const yTicks: TrendChart['yTicks'] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: y(v), value: v });
  // Three dates along the axis (first, middle, last), evenly spaced in time.
  const xTicks = [0, 0.5, 1].map((share) => {
    const day = first + share * span;
    const date = new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
    return { x: plot.left + share * (plot.right - plot.left), label: shortDate(date) };
  });
  const last = points[points.length - 1];
  const firstPoint = points[0];
  return {
    width,
    height,
    plot,
    agreedPath: path((p) => p.agreed),
    inPlacePath: path((p) => p.implemented),
    points: points.map((p) => ({ x: x(p.date), agreedY: y(p.agreed), inPlaceY: y(p.implemented), label: longDate(p.date) })),
    yTicks,
    xTicks,
    summary:
      `From ${longDate(firstPoint.date)} to ${longDate(last.date)}, agreed went from ${firstPoint.agreed} to ${last.agreed} ` +
      `and in place from ${firstPoint.implemented} to ${last.implemented}, of ${last.total} asked.`,
  };
}
