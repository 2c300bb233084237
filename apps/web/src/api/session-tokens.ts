/** The API's tokens for one signed-in visitor, kept only in the server-side session. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/** Who is signed in, for the header; the API stays the judge of what they may do. */
export interface SignedInPerson {
  id: string;
  displayName: string;
}

declare module 'express-session' {
  interface SessionData {
    tokens: SessionTokens;
    person: SignedInPerson;
    /** The email a sign-in code was last asked for, for the "check your email" page. */
    signInEmail: string;
    /** Where to go once signed in. */
    returnTo: string;
    /** A one-off message for the next page (e.g. "We sent a new code"). */
    flash: string;
    /** A comment just reported, for the "what happens next" page: the API's answer to a safety concern. */
    reported: {
      proposalId: string;
      safetyConcern: { whatHappensNext: string; lookWithin: string; emergency: string; helplines: { name: string; phone: string; whenToCall: string }[] } | null;
    };
  }
}
