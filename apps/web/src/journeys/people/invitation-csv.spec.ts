import { readInvitationCsv, templateCsv } from './invitation-csv';

describe('reading a CSV file of people to invite', () => {
  it('reads the template back as one row, values as written', () => {
    expect(readInvitationCsv(Buffer.from(templateCsv()))).toEqual({
      rows: [{ displayName: 'Sam Example', email: 'sam.example@example.org', birthMonth: '2005-04', homeCouncil: 'Hackney', careExperienced: 'yes' }],
      problem: null,
    });
  });

  it('accepts headings in another order and case, a byte-order mark and blank lines, and leaves values to the API', () => {
    const file = Buffer.from('\uFEFFEmail,Name,Care experienced\r\nnot-an-email, Ade ,maybe\r\n,,\r\n');
    expect(readInvitationCsv(file)).toEqual({ rows: [{ displayName: 'Ade', email: 'not-an-email', birthMonth: '', homeCouncil: '', careExperienced: 'maybe' }], problem: null });
  });

  it('says what is wrong with a file that is not a list of people', () => {
    expect(readInvitationCsv(Buffer.from('first,second\r\n1,2\r\n')).problem).toContain('must name the columns');
    expect(readInvitationCsv(Buffer.from('name,email\r\n')).problem).toContain('has no one in it');
    expect(readInvitationCsv(Buffer.from('name,email\r\n"unclosed,x\r\n')).problem).toContain('could not be read as CSV');
  });
});
