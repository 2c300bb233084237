import { offerTiles, reachOf, tileCounts, TILE_GAP, TILE_SIZE } from './tile-map';

const authorities = [
  { shortCode: 'lam', name: 'Lambeth', tileRow: 4, tileCol: 3 },
  { shortCode: 'swr', name: 'Southwark', tileRow: 4, tileCol: 4 },
  { shortCode: 'cmd', name: 'Camden', tileRow: 2, tileCol: 3 },
];
const areas = [
  { code: 'SEL', name: 'South East London', members: [{ shortCode: 'lam' }, { shortCode: 'swr' }] },
  { code: 'NCL', name: 'North Central London', members: [{ shortCode: 'cmd' }] },
];
const party = (kind: string, code: string, name: string, status: string, extra: Record<string, unknown> = {}) => ({
  kind: kind as 'LOCAL_AUTHORITY',
  code,
  name,
  status: status as 'IMPLEMENTED',
  reciprocity: null,
  effectiveDate: null,
  reconfirmationNeeded: false,
  ...extra,
});
const offer = (deliveryModel: string, parties: ReturnType<typeof party>[], partners: { code: string; name: string }[] = []) =>
  ({ deliveryModel, parties, partners }) as unknown as Parameters<typeof offerTiles>[0];

describe('the London tile map of an offer', () => {
  it('places each council on its grid cell with its own status for council offers', () => {
    const tiles = offerTiles(
      offer('EACH_LA', [
        party('LOCAL_AUTHORITY', 'lam', 'Lambeth', 'IMPLEMENTED', { effectiveDate: '2024-03-05', reciprocity: 'BOTH' }),
        party('LOCAL_AUTHORITY', 'swr', 'Southwark', 'IMPLEMENTED', { effectiveDate: '2027-04-01' }),
      ]),
      authorities,
      areas,
      '2026-12-03',
    );
    expect(tiles.map((t) => [t.shortCode, t.status, t.label])).toEqual([
      ['lam', 'IN_PLACE', 'Lambeth: in place'],
      ['swr', 'AGREED', 'Southwark: agreed, not in place yet'],
      ['cmd', 'NOT_AGREED', 'Camden: not agreed yet'],
    ]);
    expect(tiles[0]).toMatchObject({ x: 3 * (TILE_SIZE + TILE_GAP), y: 4 * (TILE_SIZE + TILE_GAP), detail: 'Its own care leavers, and any care leaver who lives there' });
    expect(tiles[1].detail).toBe('Starts on 1 April 2027');
    expect(tileCounts(tiles)).toEqual({ IN_PLACE: 1, AGREED: 1, NOT_AGREED: 1 });
  });

  it("gives each council its NHS area's status for area offers, and the partner's for partner offers", () => {
    const area = offerTiles(offer('EACH_ICS_AREA', [party('ICS_AREA', 'NCL', 'North Central London', 'FORMALLY_AGREED')]), authorities, areas, '2026-12-03');
    expect(area.map((t) => t.status)).toEqual(['NOT_AGREED', 'NOT_AGREED', 'AGREED']);
    expect(area[2].detail).toBe('Through North Central London');
    const partner = offerTiles(offer('SINGLE_PARTNER', [party('ORGANISATION', 'GLA_TFL', 'Transport for London', 'IMPLEMENTED')], [{ code: 'GLA_TFL', name: 'Transport for London' }]), authorities, areas, '2026-12-03');
    expect(partner.every((t) => t.status === 'IN_PLACE')).toBe(true);
  });

  it('says how far each kind of offer reaches', () => {
    expect(reachOf(offer('EACH_LA', [party('LOCAL_AUTHORITY', 'lam', 'Lambeth', 'IMPLEMENTED')]))).toBe('Agreed by 1 of London’s 33 councils');
    expect(reachOf(offer('EACH_ICS_AREA', []))).toBe('Agreed by 0 of London’s 5 NHS areas');
    expect(reachOf(offer('SINGLE_PARTNER', [], [{ code: 'GLA_TFL', name: 'Transport for London' }]))).toBe('To be given by Transport for London; not agreed yet');
  });
});
