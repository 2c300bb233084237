import { areaRows, authorityFigures, authorityTiles, countsSentence, offerRows, offerStageTiles, stageCounts, stageOf, stagesByOffer, trendChart } from './progress';

const authorities = [
  { id: 'la-lam', shortCode: 'lam', name: 'Lambeth', tileRow: 4, tileCol: 3 },
  { id: 'la-swr', shortCode: 'swr', name: 'Southwark', tileRow: 4, tileCol: 4 },
  { id: 'la-cmd', shortCode: 'cmd', name: 'Camden', tileRow: 2, tileCol: 3 },
];
const icsAreas = [
  { id: 'a-sel', name: 'South East London', members: [{ id: 'la-lam' }, { id: 'la-swr' }] },
  { id: 'a-ncl', name: 'North Central London', members: [{ id: 'la-cmd' }] },
];
const proposals = [
  { id: 'p-tax', title: 'Council tax', deliveryModel: 'EACH_LA' as const },
  { id: 'p-rx', title: 'Prescriptions', deliveryModel: 'EACH_ICS_AREA' as const },
  { id: 'p-bus', title: 'Buses', deliveryModel: 'SINGLE_PARTNER' as const },
];
const stages = stagesByOffer({
  proposalIds: ['p-tax', 'p-tax', 'p-tax', 'p-rx', 'p-rx', 'p-bus'],
  partyIds: ['la-lam', 'la-swr', 'la-cmd', 'a-sel', 'a-ncl', 'o-tfl'],
  statuses: ['IMPLEMENTED', 'FORMALLY_AGREED', 'NOT_STARTED', 'NOT_STARTED', 'IMPLEMENTED', 'IMPLEMENTED'],
  reconfirmationsNeeded: [false, true, false, false, false, false],
});

describe('London’s progress', () => {
  it('reads a status with its wording: agreed an earlier wording is neither agreed nor in place', () => {
    expect(stageOf('IMPLEMENTED')).toBe('IN_PLACE');
    expect(stageOf('IMPLEMENTED', true)).toBe('RECONFIRM');
    expect(stageOf('FORMALLY_AGREED', true)).toBe('RECONFIRM');
    expect(stageOf('AGREED_IN_PRINCIPLE')).toBe('TALKING');
    expect(stageOf(null)).toBe('NOT_STARTED');
  });

  it('counts each offer: agreed includes in place, a re-confirmation counts in neither', () => {
    const rows = offerRows(proposals, stages);
    expect(rows.map((r) => [r.title, r.total, r.agreed, r.inPlace])).toEqual([
      ['Council tax', 3, 1, 1],
      ['Prescriptions', 2, 1, 1],
      ['Buses', 1, 1, 1],
    ]);
  });

  it('maps an NHS area offer council by council through its area, and has no map for a partner offer', () => {
    const tiles = offerStageTiles('EACH_ICS_AREA', stages.get('p-rx')!, authorities, icsAreas)!;
    expect(tiles.map((t) => t.label)).toEqual(['Lambeth: not started (through South East London)', 'Southwark: not started (through South East London)', 'Camden: in place (through North Central London)']);
    expect(tiles[0]).toMatchObject({ x: 3 * 64, y: 4 * 64 });
    expect(offerStageTiles('SINGLE_PARTNER', stages.get('p-bus')!, authorities, icsAreas)).toBeNull();
    expect(countsSentence(stageCounts(tiles.map((t) => t.stage)))).toBe('1 in place, 2 not started');
  });

  it('counts offers in place per council, its NHS area’s included, and finds councils that have not engaged', () => {
    const figures = authorityFigures(authorities, proposals, stages, icsAreas);
    expect(figures.map((f) => [f.name, f.inPlace, f.asked, f.notEngaged])).toEqual([
      ['Lambeth', 1, 2, false],
      ['Southwark', 0, 2, false],
      ['Camden', 1, 2, true],
    ]);
    const tiles = authorityTiles(authorities, figures);
    expect(tiles.map((t) => [t.label, t.band])).toEqual([
      ['Lambeth: 1 of 2 offers in place', 4],
      ['Southwark: 0 of 2 offers in place', 0],
      ['Camden: 1 of 2 offers in place', 4],
    ]);
  });

  it('adds up council offers by area from its member councils', () => {
    expect(areaRows(icsAreas, proposals, stages)).toEqual([
      { id: 'a-sel', name: 'South East London', total: 2, agreed: 1, inPlace: 1 },
      { id: 'a-ncl', name: 'North Central London', total: 1, agreed: 0, inPlace: 0 },
    ]);
  });

  it('draws the trend from the nightly figures with today’s added, and needs two days to draw', () => {
    const today = { date: '2026-03-10', total: 33, agreed: 5, implemented: 3 };
    expect(trendChart([], today)).toBeNull();
    const chart = trendChart([{ date: '2026-03-01', total: 33, agreed: 2, implemented: 1 }], today)!;
    expect(chart.points).toHaveLength(2);
    expect(chart.points[0].x).toBe(chart.plot.left);
    expect(chart.points[1].x).toBe(chart.plot.right);
    expect(chart.points[1].agreedY).toBeLessThan(chart.points[0].agreedY);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['1 Mar', '6 Mar', '10 Mar']);
    expect(chart.summary).toBe('From 1 March 2026 to 10 March 2026, agreed went from 2 to 5 and in place from 1 to 3, of 33 asked.');
    // A snapshot of today already there is not drawn twice.
    expect(trendChart([{ date: '2026-03-01', total: 33, agreed: 2, implemented: 1 }, today], today)!.points).toHaveLength(2);
  });
});
