import { editDistance, matchAuthority, normaliseAuthorityName } from './authority-match';

const LAS = [
  { id: '1', name: 'Hackney', shortCode: 'hck', gssCode: 'E09000012' },
  { id: '2', name: 'Hammersmith and Fulham', shortCode: 'hms', gssCode: 'E09000013' },
  { id: '3', name: 'Lambeth', shortCode: 'lam', gssCode: 'E09000022' },
  { id: '4', name: 'Kingston upon Thames', shortCode: 'kng', gssCode: 'E09000021' },
  { id: '5', name: 'City of London', shortCode: 'cty', gssCode: 'E09000001' },
  { id: '6', name: 'Camden', shortCode: 'cmd', gssCode: 'E09000007' },
];

describe('matchAuthority', () => {
  it.each([
    ['E09000022', 'Lambeth'],
    ['e09000022', 'Lambeth'],
    ['lam', 'Lambeth'],
    ['LAM', 'Lambeth'],
    ['lambeth', 'Lambeth'],
    ['  LAMBETH ', 'Lambeth'],
    ['London Borough of Lambeth', 'Lambeth'],
    ['Hammersmith & Fulham', 'Hammersmith and Fulham'],
    ['kingston-upon-thames', 'Kingston upon Thames'],
    ['City of London', 'City of London'],
  ])('%s → %s', (text, name) => {
    const match = matchAuthority(text, LAS);
    expect(match.found?.name).toBe(name);
  });

  it('offers close names for a misspelling', () => {
    const match = matchAuthority('Hackny', LAS);
    expect(match.found).toBeNull();
    expect(!match.found && match.closeMatches.map((a) => a.name)).toEqual(['Hackney']);
  });

  it('offers names containing what was typed', () => {
    const match = matchAuthority('Kingston', LAS);
    expect(!match.found && match.closeMatches.map((a) => a.name)).toEqual(['Kingston upon Thames']);
  });

  it('offers nothing for something nowhere near a London authority', () => {
    const match = matchAuthority('Manchester', LAS);
    expect(!match.found && match.closeMatches).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['hackny', 'hackney', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('normaliseAuthorityName', () => {
  it('drops council prefixes and punctuation', () => {
    expect(normaliseAuthorityName("The Royal Borough of Kensington & Chelsea")).toBe('kensington and chelsea');
  });
});
