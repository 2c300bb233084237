import { PUBLIC_REASON_MAX, publicFailureReason } from './failure-reason';

describe('publicFailureReason', () => {
  it('keeps what went wrong and leaves out addresses', () => {
    expect(publicFailureReason("Cannot read properties of null (reading 'length')\n    at clip (domain-event-notifier.ts:230:15)")).toBe(
      "Cannot read properties of null (reading 'length')",
    );
    expect(publicFailureReason('The mail server refused the message for good: 550 5.1.1 <amani.o@example.org>: Recipient address rejected')).toBe(
      'The mail server refused the message for good: 550 5.1.1 <[email]>: Recipient address rejected',
    );
    expect(publicFailureReason('connect ECONNREFUSED 10.0.0.5:6379')).toBe('connect ECONNREFUSED [address]');
    expect(publicFailureReason('connect ECONNREFUSED ::1:25')).toBe('connect ECONNREFUSED [address]');
  });

  it('clips a long reason and says nothing for none', () => {
    expect(publicFailureReason('x'.repeat(500))).toHaveLength(PUBLIC_REASON_MAX);
    expect(publicFailureReason(null)).toBeNull();
    expect(publicFailureReason('')).toBeNull();
  });
});
