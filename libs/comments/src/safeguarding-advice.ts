/** A number to call, and when. */
export interface Helpline {
  name: string;
  phone: string;
  whenToCall: string;
}

/** What the person who raised a safety concern is told at once: what happens next, by when, and who to call now. */
export interface SafetyConcernAdvice {
  /** The promise, from SAFEGUARDING_RESPONSE_TIME (e.g. "within one working day"). */
  lookWithin: string;
  whatHappensNext: string;
  emergency: string;
  helplines: Helpline[];
}

/** Who to call when someone may be in danger, or needs to talk now. National numbers, free to call. */
export const HELPLINES: readonly Helpline[] = [
  { name: 'Emergency services', phone: '999', whenToCall: 'If someone is in danger now.' },
  { name: 'Childline', phone: '0800 1111', whenToCall: 'Free, any time, if you are under 19 and want to talk to someone.' },
  { name: 'Samaritans', phone: '116 123', whenToCall: 'Free, any time, if you are 19 or over and want to talk to someone.' },
];

/** The advice for a promise such as "within one working day". */
export function safetyConcernAdvice(lookWithin: string): SafetyConcernAdvice {
  return {
    lookWithin,
    whatHappensNext:
      `Thank you for telling us. A safeguarding lead will look at this ${lookWithin}. ` +
      'Only the safeguarding leads can see your concern and who raised it. While they look, the comment is hidden from other people. ' +
      'A lead may contact you, or the person you are worried about. You will hear when it has been dealt with.',
    emergency: 'If someone is in danger now, call 999. If you want to talk to someone, call Childline free on 0800 1111 (under 19) or Samaritans on 116 123.',
    helplines: [...HELPLINES],
  };
}
