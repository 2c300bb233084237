import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiInputError } from '../../api/api-errors';
import { AcceptInvitationDocument, MyAreasDocument, RequestSignInCodeDocument, SignedInTokensFragment, SignOutDocument, VerifySignInCodeDocument } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';

const EMAIL_FIELDS = { email: 'email' };
/** A refused code names the field `code`; a refusal about the email is shown against the code too. */
const CODE_FIELDS = { code: 'code', email: 'code' };
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

function destroy(req: Request): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

/** A path inside this site to come back to, or the signed-in home. */
function safeReturn(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/what-needs-you';
}

/**
 * Signing in with an emailed one-time code (GOV.UK "check your email"), invitation links, and
 * signing out. The API's tokens go only into the server-side session, in a new session id.
 */
@Controller()
export class SignInController {
  constructor(private readonly api: ApiClient) {}

  @Get('sign-in')
  emailPage(@Res() res: Response): void {
    res.render('journeys/sign-in/email.njk', { pageTitle: 'Sign in' });
  }

  @Post('sign-in')
  async requestCode(@Req() req: Request, @Res() res: Response, @Body('email') raw: unknown): Promise<void> {
    const email = typeof raw === 'string' ? raw.trim() : '';
    const render = (errors: unknown) => res.status(400).render('journeys/sign-in/email.njk', { pageTitle: 'Sign in', errors, email });
    if (!email) return render(formErrors([{ field: 'email', text: 'Enter your email address' }], EMAIL_FIELDS));
    if (!EMAIL_SHAPE.test(email) || email.length > 254) {
      return render(formErrors([{ field: 'email', text: 'Enter an email address in the correct format, like name@example.com' }], EMAIL_FIELDS));
    }
    try {
      await this.api.anonymous(req, RequestSignInCodeDocument, { input: { email } });
    } catch (error) {
      return render(formErrorsFromApi(error, EMAIL_FIELDS));
    }
    req.session.signInEmail = email;
    await redirectAfterSaving(req, res, '/sign-in/check-your-email');
  }

  @Get('sign-in/check-your-email')
  checkEmail(@Req() req: Request, @Res() res: Response): void {
    if (!req.session.signInEmail) return res.redirect(303, '/sign-in');
    const flash = req.session.flash;
    delete req.session.flash;
    res.render('journeys/sign-in/check-your-email.njk', { pageTitle: 'Check your email', email: req.session.signInEmail, flash });
  }

  @Post('sign-in/check-your-email')
  async verifyCode(@Req() req: Request, @Res() res: Response, @Body('code') raw: unknown): Promise<void> {
    const email = req.session.signInEmail;
    if (!email) return res.redirect(303, '/sign-in');
    const code = typeof raw === 'string' ? raw.replace(/\s+/g, '') : '';
    const render = (errors: unknown) => res.status(400).render('journeys/sign-in/check-your-email.njk', { pageTitle: 'Check your email', errors, email, code });
    if (!code) return render(formErrors([{ field: 'code', text: 'Enter the code from the email' }], CODE_FIELDS));
    if (!/^\d{6}$/.test(code)) return render(formErrors([{ field: 'code', text: 'The code must be 6 numbers' }], CODE_FIELDS));
    let tokens: SignedInTokensFragment;
    try {
      ({ verifySignInCode: { tokens } } = await this.api.anonymous(req, VerifySignInCodeDocument, { input: { email, code } }));
    } catch (error) {
      return render(formErrorsFromApi(error, CODE_FIELDS));
    }
    await this.signIn(req, res, tokens);
  }

  @Post('sign-in/resend')
  async resend(@Req() req: Request, @Res() res: Response): Promise<void> {
    const email = req.session.signInEmail;
    if (!email) return res.redirect(303, '/sign-in');
    try {
      await this.api.anonymous(req, RequestSignInCodeDocument, { input: { email } });
    } catch (error) {
      return res.status(400).render('journeys/sign-in/check-your-email.njk', { pageTitle: 'Check your email', errors: formErrorsFromApi(error, CODE_FIELDS), email });
    }
    req.session.flash = `We have sent a new code to ${email}. Codes you were sent before no longer work.`;
    await redirectAfterSaving(req, res, '/sign-in/check-your-email');
  }

  /** Invitation emails link here. Opening the link changes nothing: the person presses Continue. */
  @Get('sign-in/invitation')
  invitation(@Res() res: Response, @Query('token') token: unknown): void {
    if (typeof token !== 'string' || token.length < 10) {
      return res.status(400).render('journeys/sign-in/invitation-problem.njk', { pageTitle: 'This invitation link is not complete' });
    }
    res.render('journeys/sign-in/invitation.njk', { pageTitle: 'You have been invited', token });
  }

  @Post('sign-in/invitation')
  async acceptInvitation(@Req() req: Request, @Res() res: Response, @Body('token') token: unknown): Promise<void> {
    if (typeof token !== 'string' || !token) return res.redirect(303, '/sign-in');
    let tokens: SignedInTokensFragment;
    try {
      ({ acceptInvitation: { tokens } } = await this.api.anonymous(req, AcceptInvitationDocument, { input: { token } }));
    } catch (error) {
      const errors = formErrorsFromApi(error, { token: 'sign-in-instead' });
      const reason = error instanceof ApiInputError ? error.reason : null;
      return res.status(400).render('journeys/sign-in/invitation-problem.njk', { pageTitle: 'This invitation link cannot be used', errors, reason });
    }
    await this.signIn(req, res, tokens);
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const refreshToken = req.session.tokens?.refreshToken;
    if (refreshToken) {
      try {
        await this.api.anonymous(req, SignOutDocument, { input: { refreshToken } });
      } catch {
        // The session is ended here whatever the API says; it may already have ended there.
      }
    }
    await destroy(req);
    res.redirect(303, '/sign-in/signed-out');
  }

  @Get('sign-in/signed-out')
  signedOut(@Res() res: Response): void {
    res.render('journeys/sign-in/signed-out.njk', { pageTitle: 'You have signed out' });
  }

  /** A new session id for the signed-in session, holding the tokens; then on to where they were going. */
  private async signIn(req: Request, res: Response, tokens: SignedInTokensFragment): Promise<void> {
    const returnTo = safeReturn(req.session.returnTo);
    await regenerate(req);
    const { person, ...sessionTokens } = tokens;
    req.session.tokens = sessionTokens;
    req.session.person = { id: person.id, displayName: person.displayName };
    // The parts of the service the menu links to, as the API answers them now.
    req.session.areas = (await this.api.request(req, MyAreasDocument, {})).myAreas;
    await redirectAfterSaving(req, res, returnTo);
  }
}
