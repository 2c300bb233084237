import { commentVisibility } from './comment-visibility';

const base = { authorId: 'author', body: 'Text', deletedAt: null, hiddenAt: null, hiddenReason: null } as const;
const author = { personId: 'author', moderator: false };
const member = { personId: 'member', moderator: false };
const moderator = { personId: 'chair', moderator: true };

describe('what a viewer sees of a comment', () => {
  it('shows a plain comment to everyone, with its history to the author and moderators only', () => {
    expect(commentVisibility(base, member)).toEqual({
      listed: true, body: 'Text', hidden: false, hiddenReason: null, revisionsVisible: false, reportsVisible: false, authorVisible: true,
    });
    expect(commentVisibility(base, author).revisionsVisible).toBe(true);
    expect(commentVisibility(base, moderator)).toMatchObject({ revisionsVisible: true, reportsVisible: true });
  });

  it('leaves a hidden comment out for everyone but moderators, who see why it was hidden', () => {
    const hidden = { ...base, hiddenAt: new Date(), hiddenReason: 'Abusive' };
    expect(commentVisibility(hidden, member).listed).toBe(false);
    expect(commentVisibility(hidden, author).listed).toBe(false);
    expect(commentVisibility(hidden, member).hiddenReason).toBeNull();
    expect(commentVisibility(hidden, moderator)).toMatchObject({ listed: true, hidden: true, hiddenReason: 'Abusive', body: 'Text' });
  });

  it('turns a deleted comment into a tombstone without body, author or history, for everyone', () => {
    const deleted = { ...base, deletedAt: new Date() };
    for (const viewer of [member, author, moderator]) {
      expect(commentVisibility(deleted, viewer)).toMatchObject({ listed: true, body: null, authorVisible: false, revisionsVisible: false });
    }
  });

  it('treats an anonymous viewer as nobody’s author', () => {
    expect(commentVisibility(base, { personId: null, moderator: false }).revisionsVisible).toBe(false);
  });
});
