import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { WEB_CONFIG, WebConfig } from '../../config/web-config';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiInputError, ApiNotFoundError } from '../../api/api-errors';
import { EntitlementsDocument, EntitlementsQuery, LocalAuthoritiesDocument } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi } from '../../forms/form-errors';
import { longDate } from '../../views/dates';
import { ageOn, Answers, answerPairs, checkDateOfBirth, OUTSIDE_LONDON, readAnswers, todayIn, withAnswers } from './answers';

const BASE = '/what-can-i-get';
type Step = 'council' | 'where-you-live' | 'date-of-birth' | 'asylum';
type Q = Record<string, unknown>;

const UASC_LABELS: Record<NonNullable<Answers['uasc']>, string> = { yes: 'Yes', no: 'No', 'not-said': 'I would rather not say' };

/** The first question still to answer, or null when every required one is answered. */
function firstUnanswered(answers: Answers): Step | null {
  if (!answers.council) return 'council';
  if (!answers.living) return 'where-you-live';
  if (!answers.dob) return 'date-of-birth';
  return null;
}

/** Where a question goes when answered: on to the next, or back to the check page when changing. */
function nextAfter(step: Step, answers: Answers, changing: boolean): string {
  const missing = firstUnanswered(answers);
  if (changing && !missing) return withAnswers(`${BASE}/check`, answers);
  const order: Step[] = ['council', 'where-you-live', 'date-of-birth', 'asylum'];
  const next = missing ?? order[order.indexOf(step) + 1] ?? null;
  return withAnswers(next && order.indexOf(next) > order.indexOf(step) ? `${BASE}/${next}` : `${BASE}/check`, answers);
}

function backFrom(step: Step, answers: Answers, changing: boolean): string {
  if (changing) return withAnswers(`${BASE}/check`, answers);
  const previous: Record<Step, string> = { council: BASE, 'where-you-live': `${BASE}/council`, 'date-of-birth': `${BASE}/where-you-live`, asylum: `${BASE}/date-of-birth` };
  return withAnswers(previous[step], answers);
}

/**
 * "What can I get?": one question per page, answers carried in the query string (GET forms, so
 * it works without JavaScript and stores nothing), a check-answers page, and a results page from
 * the API's `entitlements` whose address can be shared and printed.
 */
@Controller(BASE)
export class WhatCanIGetController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  start(@Res() res: Response): void {
    res.render('journeys/what-can-i-get/start.njk', { pageTitle: 'What can I get?' });
  }

  @Get('council')
  async council(@Req() req: Request, @Res() res: Response, @Query() query: Q): Promise<void> {
    const answers = readAnswers(query);
    const changing = query.change === 'yes';
    const submitted = query.continue === 'yes';
    if (submitted && answers.council) return res.redirect(303, nextAfter('council', answers, changing));
    const { localAuthorities } = await this.api.request(req, LocalAuthoritiesDocument, {});
    const errors = submitted ? formErrors([{ field: 'council', text: 'Select the council that looked after you' }], { council: 'council' }) : null;
    res.render('journeys/what-can-i-get/council.njk', {
      pageTitle: 'Which council looked after you?',
      errors,
      backLink: backFrom('council', answers, changing),
      hidden: answerPairs(answers, ['council']),
      changing,
      items: [{ value: '', text: 'Choose a council' }, ...localAuthorities.map((la) => ({ value: la.shortCode, text: la.name, selected: la.shortCode === answers.council }))],
    });
  }

  @Get('where-you-live')
  async whereYouLive(@Req() req: Request, @Res() res: Response, @Query() query: Q): Promise<void> {
    const answers = readAnswers(query);
    const changing = query.change === 'yes';
    const submitted = query.continue === 'yes';
    if (!answers.council) return res.redirect(303, withAnswers(`${BASE}/council`, answers));
    if (submitted && answers.living) return res.redirect(303, nextAfter('where-you-live', answers, changing));
    const { localAuthorities } = await this.api.request(req, LocalAuthoritiesDocument, {});
    const errors = submitted ? formErrors([{ field: 'living', text: 'Select where you live now' }], { living: 'living' }) : null;
    res.render('journeys/what-can-i-get/where-you-live.njk', {
      pageTitle: 'Where do you live now?',
      errors,
      backLink: backFrom('where-you-live', answers, changing),
      hidden: answerPairs(answers, ['living']),
      changing,
      items: [
        { value: '', text: 'Choose where you live' },
        { value: OUTSIDE_LONDON, text: 'Outside London', selected: answers.living === OUTSIDE_LONDON },
        ...localAuthorities.map((la) => ({ value: la.shortCode, text: la.name, selected: la.shortCode === answers.living })),
      ],
    });
  }

  @Get('date-of-birth')
  dateOfBirth(@Res() res: Response, @Query() query: Q): void {
    const answers = readAnswers(query);
    const changing = query.change === 'yes';
    const submitted = query.continue === 'yes';
    if (!answers.council || !answers.living) return res.redirect(303, withAnswers(`${BASE}/${firstUnanswered(answers)}`, answers));
    const [year, month, day] = answers.dob?.split('-') ?? [];
    let parts = { day: day ? String(Number(day)) : '', month: month ? String(Number(month)) : '', year: year ?? '' };
    let errors = null;
    let wrongParts: string[] = [];
    if (submitted) {
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      parts = { day: text(query['dob-day']), month: text(query['dob-month']), year: text(query['dob-year']) };
      const checked = checkDateOfBirth(parts, todayIn(this.config.timeZone));
      if ('dob' in checked) return res.redirect(303, nextAfter('date-of-birth', { ...answers, dob: checked.dob }, changing));
      wrongParts = checked.problem.parts;
      errors = formErrors([checked.problem], { dob: `dob-${wrongParts[0]}` });
    }
    res.render('journeys/what-can-i-get/date-of-birth.njk', {
      pageTitle: 'What is your date of birth?',
      errors,
      backLink: backFrom('date-of-birth', answers, changing),
      hidden: answerPairs(answers, ['dob']),
      changing,
      dateItems: (['day', 'month', 'year'] as const).map((name) => ({
        name,
        value: parts[name],
        classes: `govuk-input--width-${name === 'year' ? 4 : 2}${wrongParts.includes(name) ? ' govuk-input--error' : ''}`,
        autocomplete: `bday-${name}`,
        inputmode: 'numeric',
      })),
    });
  }

  @Get('asylum')
  asylum(@Res() res: Response, @Query() query: Q): void {
    const answers = readAnswers(query);
    const changing = query.change === 'yes';
    const missing = firstUnanswered(answers);
    if (missing) return res.redirect(303, withAnswers(`${BASE}/${missing}`, answers));
    // Optional: continuing without an answer is fine.
    if (query.continue === 'yes') return res.redirect(303, withAnswers(`${BASE}/check`, answers));
    res.render('journeys/what-can-i-get/asylum.njk', {
      pageTitle: 'Did you come to the UK as an unaccompanied asylum-seeking child?',
      backLink: backFrom('asylum', answers, changing),
      hidden: answerPairs(answers, ['uasc']),
      items: (['yes', 'no', 'not-said'] as const).map((value) => ({ value, text: UASC_LABELS[value], checked: answers.uasc === value })),
    });
  }

  @Get('check')
  async check(@Req() req: Request, @Res() res: Response, @Query() query: Q): Promise<void> {
    const answers = readAnswers(query);
    const missing = firstUnanswered(answers);
    if (missing) return res.redirect(303, withAnswers(`${BASE}/${missing}`, answers));
    const { localAuthorities } = await this.api.request(req, LocalAuthoritiesDocument, {});
    const nameOf = (code: string | undefined) => (code === OUTSIDE_LONDON ? 'Outside London' : (localAuthorities.find((la) => la.shortCode === code)?.name ?? code));
    const change = (step: Step) => withAnswers(`${BASE}/${step}`, answers, { change: 'yes' });
    const age = ageOn(answers.dob as string, todayIn(this.config.timeZone));
    res.render('journeys/what-can-i-get/check.njk', {
      pageTitle: 'Check your answers',
      backLink: withAnswers(`${BASE}/asylum`, answers),
      rows: [
        ['Council that looked after you', nameOf(answers.council), 'council', 'the council'],
        ['Where you live now', nameOf(answers.living), 'where-you-live', 'where you live'],
        ['Date of birth', longDate(answers.dob), 'date-of-birth', 'your date of birth'],
        ['Came to the UK alone and asked for asylum', answers.uasc ? UASC_LABELS[answers.uasc] : 'Not answered', 'asylum', 'your answer about asylum'],
      ].map(([key, value, step, hidden]) => ({
        key: { text: key },
        value: { text: value },
        actions: { items: [{ href: change(step as Step), text: 'Change', visuallyHiddenText: hidden }] },
      })),
      resultsLink: resultsLink(answers, age),
    });
  }

  @Get('results')
  async results(@Req() req: Request, @Res() res: Response, @Query() query: Q): Promise<void> {
    const answers = readAnswers(query);
    const age = typeof query.age === 'string' && /^\d{1,3}$/.test(query.age) ? Number(query.age) : null;
    if (!answers.council || !answers.living || age === null || age > 120) return res.redirect(303, BASE);
    const outsideLondon = answers.living === OUTSIDE_LONDON;
    let result: EntitlementsQuery['entitlements'];
    try {
      ({ entitlements: result } = await this.api.request(req, EntitlementsDocument, {
        responsibleAuthority: answers.council,
        // The API looks only at London's councils. Outside London, it is asked about the council
        // that looked after the young person, and the page says what that leaves out.
        residentAuthority: outsideLondon ? answers.council : answers.living,
        age,
        formerUasc: answers.uasc === 'yes',
      }));
    } catch (error) {
      if (error instanceof ApiNotFoundError && error.reason === 'NO_EDITION_PUBLISHED') {
        return res.render('journeys/what-can-i-get/not-published.njk', { pageTitle: 'The Compact has not been published yet' });
      }
      if (error instanceof ApiInputError) {
        return res.status(400).render('journeys/what-can-i-get/results-problem.njk', {
          pageTitle: 'We could not check what you can get',
          errors: formErrorsFromApi(error, { answers: 'start-again' }),
        });
      }
      throw error;
    }
    const group = (...statuses: string[]) => result.offers.filter((o) => statuses.includes(o.status));
    const shareUrl = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    res.render('journeys/what-can-i-get/results.njk', {
      pageTitle: 'What you can get',
      result,
      outsideLondon,
      available: group('AVAILABLE'),
      coming: group('COMING'),
      notAvailable: group('NOT_AVAILABLE', 'NOT_ELIGIBLE'),
      shareUrl,
      changeLink: withAnswers(`${BASE}/council`, { council: answers.council, living: answers.living, uasc: answers.uasc }),
    });
  }
}

/** The shareable results address: the age, not the date of birth, so the link says less about the person. */
export function resultsLink(answers: Answers, age: number): string {
  const params = new URLSearchParams({ council: answers.council as string, living: answers.living as string, age: String(age) });
  if (answers.uasc) params.set('uasc', answers.uasc);
  return `${BASE}/results?${params.toString()}`;
}
