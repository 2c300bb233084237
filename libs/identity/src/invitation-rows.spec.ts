import { readInvitationRows } from './invitation-rows';

const COUNCILS = [{ id: 'hck-id', name: 'Hackney', shortCode: 'hck', gssCode: 'E09000012' }];

describe('reading the rows of a list of people to invite', () => {
  it('reads a council by name, three-letter code or GSS code, and yes or no as care-experienced', () => {
    const rows = readInvitationRows(
      [
        { displayName: ' Ade ', email: 'ade@example.org', homeCouncil: 'hackney', careExperienced: 'Yes' },
        { displayName: 'Bea', email: 'bea@example.org', homeCouncil: 'HCK', careExperienced: 'n' },
        { displayName: 'Cal', email: 'cal@example.org', homeCouncil: 'E09000012' },
      ],
      COUNCILS,
    );
    expect(rows.map((r) => [r.displayName, r.homeAuthorityId, r.careExperienced, r.problems])).toEqual([
      ['Ade', 'hck-id', true, []],
      ['Bea', 'hck-id', false, []],
      ['Cal', 'hck-id', false, []],
    ]);
  });

  it('finds every problem of a row, and an email repeated on a later row, whatever its case', () => {
    const rows = readInvitationRows(
      [
        { displayName: 'Ade', email: 'Ade@Example.org' },
        { displayName: '', email: '', homeCouncil: 'Narnia', careExperienced: 'maybe' },
        { displayName: 'Twice', email: 'ade@example.org' },
      ],
      COUNCILS,
    );
    expect(rows[0].problems).toEqual([]);
    expect(rows[1].problems.map((p) => p.code)).toEqual(['INVITEE_NAME_MISSING', 'INVITEE_EMAIL_MISSING', 'HOME_COUNCIL_UNKNOWN', 'CARE_EXPERIENCED_NOT_YES_OR_NO']);
    expect(rows[2].problems).toEqual([{ code: 'INVITEE_EMAIL_REPEATED', field: 'email', message: 'This email is also on row 1: invite each person once.' }]);
  });
});
