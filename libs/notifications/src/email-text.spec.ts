import { absoluteLink, emailText } from './email-text';

describe('notification emails', () => {
  it('turns a path into a link under the app URL and keeps absolute links', () => {
    expect(absoluteLink('https://compact.example.org/', '/proposals/1')).toBe('https://compact.example.org/proposals/1');
    expect(absoluteLink('https://compact.example.org', 'proposals/1')).toBe('https://compact.example.org/proposals/1');
    expect(absoluteLink('https://compact.example.org', 'https://other.example.org/x')).toBe('https://other.example.org/x');
    expect(absoluteLink('https://compact.example.org', null)).toBeNull();
  });

  it('says hello, what happened, where to act and how to change preferences', () => {
    const text = emailText('https://compact.example.org', {
      displayName: 'Sam',
      subject: 'Consultation closes tomorrow',
      body: 'Have your say on Free prescriptions by 5 March.',
      link: '/consultations/42',
    });
    expect(text.split('\n')[0]).toBe('Hello Sam,');
    expect(text).toContain('Have your say on Free prescriptions by 5 March.');
    expect(text).toContain('Open it here: https://compact.example.org/consultations/42');
    expect(text).toContain('https://compact.example.org/settings/notifications');
  });

  it('does not offer a choice for a kind that always comes at once', () => {
    const text = emailText('https://compact.example.org', { displayName: 'Ade', subject: 'A concern', body: 'Please look now.', link: '/safeguarding', alwaysEmailed: true });
    expect(text).not.toContain('/settings/notifications');
    expect(text).toContain('always come at once by email and in the app');
  });
});
