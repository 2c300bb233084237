import { CommentHold } from './comment.entity';
import { commentVisibility, HELD_NOTICES } from './comment-visibility';

const base = { authorId: 'author', body: 'Text', deletedAt: null, hiddenAt: null, hiddenReason: null, hold: null };
const author = { personId: 'author', moderator: false, safeguardingLead: false };
const member = { personId: 'member', moderator: false, safeguardingLead: false };
const moderator = { personId: 'chair', moderator: true, safeguardingLead: false };
const lead = { personId: 'lead', moderator: false, safeguardingLead: true };

describe('what a viewer sees of a comment', () => {
  it('shows a plain comment to everyone, with its history to the author and moderators only', () => {
    expect(commentVisibility(base, member)).toEqual({
      listed: true, body: 'Text', hidden: false, hiddenReason: null, held: false, heldNotice: null, revisionsVisible: false, reportsVisible: false, authorVisible: true,
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
    expect(commentVisibility(base, { personId: null, moderator: false, safeguardingLead: false }).revisionsVisible).toBe(false);
  });

  it('keeps a held comment’s text and author from everyone, moderators too, but its author and the safeguarding leads', () => {
    const held = { ...base, hold: CommentHold.UNDER_REVIEW };
    for (const viewer of [member, moderator]) {
      expect(commentVisibility(held, viewer)).toMatchObject({
        listed: true, held: true, body: null, authorVisible: false, revisionsVisible: false, heldNotice: 'This comment is being looked at.',
      });
    }
    expect(commentVisibility(held, author)).toMatchObject({ body: 'Text', authorVisible: true, revisionsVisible: true, heldNotice: HELD_NOTICES.UNDER_REVIEW.author });
    expect(commentVisibility(held, lead)).toMatchObject({ body: 'Text', authorVisible: true, revisionsVisible: true, heldNotice: HELD_NOTICES.UNDER_REVIEW.lead });
    const kept = { ...base, hold: CommentHold.KEPT_HIDDEN };
    expect(commentVisibility(kept, member)).toMatchObject({ body: null, heldNotice: 'This comment has been removed.' });
    expect(commentVisibility(kept, author).body).toBe('Text');
  });
});
