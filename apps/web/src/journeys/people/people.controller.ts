import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { idFromPath as idParam, UUID } from '../../forms/ids';
import { takeFlash } from '../../forms/form-text';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-errors';
import {
  CheckInvitationsDocument,
  GrantRoleDocument,
  type InvitationRowInput,
  InvitePageDocument,
  InvitePeopleDocument,
  InvitePersonDocument,
  type InvitePlaceFragment,
  InvitePlacesDocument,
  type MembershipRole,
  PeopleSearchDocument,
  PersonPageDocument,
  PersonRoleGrantsDocument,
  RevokeRoleDocument,
  type Role,
  type RoleScopeKind,
} from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FieldProblem, type FormErrors, type FormFields } from '../../forms/form-errors';
import { MAX_UPLOAD_BYTES } from '../../setup/body-parsing';
import { redirectAfterSaving } from '../../setup/session';
import { longDate } from '../../views/dates';
import { readInvitationCsv, templateCsv } from './invitation-csv';

declare module 'express-session' {
  interface SessionData {
    /** A list of people read from an uploaded file, waiting for the person to check it and send the invitations. */
    invitationList?: { bodyId: string; fileName: string; rows: InvitationRowInput[] };
  }
}

const SEARCH_PAGE = 50;
const REASON_MAX = 2000;

/** How roles are named on the pages. */
export const ROLE_NAMES: Record<Role, string> = {
  PROGRAMME_ADMIN: 'Programme admin',
  TRUST_BOARD_MEMBER: 'Trust Board member',
  HOUSE_CO_CHAIR: 'House co-chair',
  HOUSE_MEMBER: 'House member',
  CICC_MEMBER: 'Children in Care Council member',
  LA_OFFICER: 'Council officer',
  PARTNER_OFFICER: 'Partner officer',
  ALDCS_VIEWER: 'Director of children’s services',
  SAFEGUARDING_LEAD: 'Safeguarding lead',
};

const SEAT_NAMES: Record<MembershipRole, string> = {
  ADVISER: 'adviser',
  CHAIR: 'chair',
  CO_CHAIR_SECTOR_LEAD: 'sector lead co-chair',
  CO_CHAIR_YOUNG_PERSON: 'young person co-chair',
  MEMBER: 'member',
  OBSERVER: 'observer',
};

const INVITE_FIELDS: FormFields = {
  displayName: 'displayName',
  email: 'email',
  birthMonth: 'birthMonth-month',
  homeAuthorityId: 'homeAuthorityId',
  careExperienced: 'careExperienced',
  bodyId: 'bodyId',
  'memberships.0.bodyId': 'bodyId',
  'memberships.0.role': 'bodyId',
  houseId: 'bodyId',
};
const LIST_FIELDS: FormFields = { file: 'file', bodyId: 'bodyId', 'memberships.0.bodyId': 'bodyId', houseId: 'bodyId', rows: 'file' };
const GRANT_FIELDS: FormFields = { role: 'role', scope: 'scope', scopeId: 'scope', scopeKind: 'scope', reason: 'reason', personId: 'role' };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A refusal the person should read on the form: an input error (see formErrorsFromApi), or the API
 * saying they may not do it (FORBIDDEN), in the API's words.
 */
function refusalOnForm(error: unknown, fields: FormFields): FormErrors {
  if (error instanceof ApiError && error.code === 'FORBIDDEN') return formErrors([{ field: error.field ?? '', text: error.message }], fields);
  return formErrorsFromApi(error, fields);
}

/** The places the API lets the viewer invite people into, as select items. */
function placeItems(bodies: readonly InvitePlaceFragment[], selected: string): { value: string; text: string; selected: boolean }[] {
  return bodies.filter((b) => b.viewerCan.invite).map((b) => ({ value: b.id, text: `${b.name} (member)`, selected: b.id === selected }));
}

/** "2006-04" → "April 2006". */
function longMonth(yearMonth: string): string {
  return longDate(`${yearMonth}-01`).replace(/^1 /, '');
}

interface InviteValues {
  displayName: string;
  email: string;
  birthMonthMonth: string;
  birthMonthYear: string;
  homeAuthorityId: string;
  careExperienced: string;
  bodyId: string;
}

/**
 * People: finding someone by name, their places and roles, granting and taking back roles
 * (programme admins), inviting one person, and inviting a list of people from a CSV file after
 * seeing every row's problems. The API decides who may do each and what makes a row right.
 */
@Controller('people')
export class PeopleController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async search(@Req() req: Request, @Res() res: Response, @Query('name') rawName: unknown): Promise<void> {
    const name = text(rawName).slice(0, 120);
    const data = await this.api.request(req, PeopleSearchDocument, { search: name || null, first: SEARCH_PAGE });
    res.render('journeys/people/search.njk', {
      pageTitle: name ? `People named “${name}”` : 'People',
      flash: takeFlash(req),
      name,
      totalCount: data.people.totalCount,
      people: data.people.edges.map(({ node }) => ({
        ...node,
        places: node.memberships.map((m) => `${m.body.name} (${SEAT_NAMES[m.role]})`).join(', '),
      })),
      canInvite: data.bodies.some((b) => b.viewerCan.invite),
    });
  }

  @Get('invite')
  async invitePage(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.renderInvite(req, res, null, { displayName: '', email: '', birthMonthMonth: '', birthMonthYear: '', homeAuthorityId: '', careExperienced: '', bodyId: '' });
  }

  @Post('invite')
  async invite(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const values: InviteValues = {
      displayName: text(body.displayName),
      email: text(body.email),
      birthMonthMonth: text(body['birthMonth-month']),
      birthMonthYear: text(body['birthMonth-year']),
      homeAuthorityId: text(body.homeAuthorityId),
      careExperienced: text(body.careExperienced),
      bodyId: text(body.bodyId),
    };
    const problems: FieldProblem[] = [];
    if (!values.displayName) problems.push({ field: 'displayName', text: 'Enter their name' });
    if (!values.email) problems.push({ field: 'email', text: 'Enter their email address' });
    if (!values.bodyId || !UUID.test(values.bodyId)) problems.push({ field: 'bodyId', text: 'Choose the place to give them' });
    if (!!values.birthMonthMonth !== !!values.birthMonthYear) problems.push({ field: 'birthMonth', text: 'Enter both the month and the year they were born, or neither' });
    if (problems.length) return this.renderInvite(req, res, formErrors(problems, INVITE_FIELDS), values);
    const birthMonth = values.birthMonthYear ? `${values.birthMonthYear}-${values.birthMonthMonth.padStart(2, '0')}` : null;
    try {
      const { invitePerson } = await this.api.request(req, InvitePersonDocument, {
        input: {
          displayName: values.displayName,
          email: values.email,
          birthMonth,
          homeAuthorityId: UUID.test(values.homeAuthorityId) ? values.homeAuthorityId : null,
          careExperienced: values.careExperienced === 'yes',
          memberships: [{ bodyId: values.bodyId, role: 'MEMBER' }],
        },
      });
      req.session.flash = `We have emailed ${invitePerson.person.displayName} an invitation. Their link works once, for 7 days.`;
      return redirectAfterSaving(req, res, `/people/${invitePerson.person.id}`);
    } catch (error) {
      return this.renderInvite(req, res, refusalOnForm(error, INVITE_FIELDS), values);
    }
  }

  @Get('invite-list')
  async listPage(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.renderList(req, res, null, req.session.invitationList?.bodyId ?? '');
  }

  @Get('invite-list/template.csv')
  template(@Res() res: Response): void {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="people-to-invite.csv"');
    res.send(templateCsv());
  }

  /** Reads the uploaded file (parsed by the upload step of body parsing) and keeps its rows for the check page. */
  @Post('invite-list')
  async upload(@Req() req: Request, @Res() res: Response, @Body('bodyId') rawBodyId: unknown): Promise<void> {
    const bodyId = text(rawBodyId);
    const file = req.file;
    const problems: FieldProblem[] = [];
    if (!bodyId || !UUID.test(bodyId)) problems.push({ field: 'bodyId', text: 'Choose the place to give them' });
    if (res.locals.uploadError === 'LIMIT_FILE_SIZE') problems.push({ field: 'file', text: `The file must be smaller than ${MAX_UPLOAD_BYTES / 1024} KB` });
    else if (res.locals.uploadError) problems.push({ field: 'file', text: 'Upload one CSV file' });
    else if (!file || file.size === 0) problems.push({ field: 'file', text: 'Choose a CSV file of people to invite' });
    const read = file && !problems.length ? readInvitationCsv(file.buffer) : null;
    if (read?.problem) problems.push({ field: 'file', text: read.problem });
    if (problems.length || !read?.rows || !file) return this.renderList(req, res, formErrors(problems, LIST_FIELDS), bodyId);
    req.session.invitationList = { bodyId, fileName: file.originalname.slice(0, 100), rows: read.rows };
    await redirectAfterSaving(req, res, '/people/invite-list/check');
  }

  /** Every row with its problems, as the API finds them; nothing is sent from here. */
  @Get('invite-list/check')
  async checkList(@Req() req: Request, @Res() res: Response): Promise<void> {
    const list = req.session.invitationList;
    if (!list) return res.redirect(303, '/people/invite-list');
    let data;
    try {
      data = await this.api.request(req, CheckInvitationsDocument, { input: { memberships: [{ bodyId: list.bodyId, role: 'MEMBER' }], rows: list.rows } });
    } catch (error) {
      return this.renderList(req, res, refusalOnForm(error, LIST_FIELDS), list.bodyId);
    }
    const check = data.invitationsCheck;
    const summary = check.rows.flatMap((r) => r.problems.map((p) => ({ text: `Row ${r.row}: ${p.message}`, href: `#row-${r.row}` })));
    res.render('journeys/people/check-list.njk', {
      pageTitle: 'Check the people before you invite them',
      backLink: '/people/invite-list',
      errors: summary.length ? { summary, byField: {} } : null,
      fileName: list.fileName,
      place: data.bodies.find((b) => b.id === list.bodyId)?.name ?? 'the place you chose',
      check,
      rows: check.rows.map((r) => ({ ...r, fields: r.problems.map((p) => p.field) })),
    });
  }

  @Post('invite-list/send')
  async sendList(@Req() req: Request, @Res() res: Response): Promise<void> {
    const list = req.session.invitationList;
    if (!list) return res.redirect(303, '/people/invite-list');
    try {
      const { invitePeople } = await this.api.request(req, InvitePeopleDocument, { input: { memberships: [{ bodyId: list.bodyId, role: 'MEMBER' }], rows: list.rows } });
      delete req.session.invitationList;
      const n = invitePeople.invitations.length;
      req.session.flash = `We have emailed ${n === 1 ? '1 person an invitation' : `${n} people their invitations`}. Each link works once, for 7 days.`;
      return redirectAfterSaving(req, res, '/people');
    } catch (error) {
      // Something changed since the check (or the API refused): the check page shows why, row by row.
      if (!(error instanceof ApiError) || !['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN'].includes(error.code)) throw error;
      return redirectAfterSaving(req, res, '/people/invite-list/check');
    }
  }

  @Get(':personId')
  async person(@Req() req: Request, @Res() res: Response, @Param('personId') personId: string): Promise<void> {
    await this.renderPerson(req, res, idParam(personId), null, { role: '', scope: '', reason: '' });
  }

  @Post(':personId/roles')
  async grant(@Req() req: Request, @Res() res: Response, @Param('personId') personId: string, @Body() body: Record<string, unknown>): Promise<void> {
    idParam(personId);
    const values = { role: text(body.role), scope: text(body.scope), reason: text(body.reason) };
    const problems: FieldProblem[] = [];
    if (!(values.role in ROLE_NAMES)) problems.push({ field: 'role', text: 'Choose the role to give' });
    if (values.reason.length > REASON_MAX) problems.push({ field: 'reason', text: `Keep the reason to ${REASON_MAX} characters or fewer` });
    if (problems.length) return this.renderPerson(req, res, personId, formErrors(problems, GRANT_FIELDS), values);
    const [scopeKind, scopeId] = values.scope.split(':');
    try {
      await this.api.request(req, GrantRoleDocument, {
        input: {
          personId,
          role: values.role as Role,
          scopeKind: scopeId ? (scopeKind as RoleScopeKind) : null,
          scopeId: scopeId || null,
          reason: values.reason || null,
        },
      });
    } catch (error) {
      return this.renderPerson(req, res, personId, refusalOnForm(error, GRANT_FIELDS), values);
    }
    req.session.flash = `You gave them the role: ${ROLE_NAMES[values.role as Role]}.`;
    await redirectAfterSaving(req, res, `/people/${personId}`);
  }

  @Post(':personId/roles/:grantId/revoke')
  async revoke(@Req() req: Request, @Res() res: Response, @Param('personId') personId: string, @Param('grantId') grantId: string): Promise<void> {
    idParam(personId);
    try {
      const { revokeRole } = await this.api.request(req, RevokeRoleDocument, { input: { grantId: idParam(grantId), reason: null } });
      req.session.flash = `You took back the role: ${ROLE_NAMES[revokeRole.grant.role]}.`;
    } catch (error) {
      if (!(error instanceof ApiError) || !['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN'].includes(error.code)) throw error;
      req.session.flash = error.message;
    }
    await redirectAfterSaving(req, res, `/people/${personId}`);
  }

  private async renderInvite(req: Request, res: Response, errors: FormErrors | null, values: InviteValues): Promise<void> {
    const data = await this.api.request(req, InvitePageDocument, {});
    const places = placeItems(data.bodies, values.bodyId);
    if (errors) res.status(400);
    res.render('journeys/people/invite.njk', {
      pageTitle: 'Invite someone',
      backLink: '/people',
      errors,
      values,
      places,
      councils: [{ value: '', text: 'Not known or outside London' }, ...data.localAuthorities.map((a) => ({ value: a.id, text: a.name, selected: a.id === values.homeAuthorityId }))],
    });
  }

  private async renderList(req: Request, res: Response, errors: FormErrors | null, bodyId: string): Promise<void> {
    const data = await this.api.request(req, InvitePlacesDocument, {});
    if (errors) res.status(400);
    res.render('journeys/people/invite-list.njk', {
      pageTitle: 'Invite people from a CSV file',
      backLink: '/people',
      errors,
      places: placeItems(data.bodies, bodyId),
      maxKb: MAX_UPLOAD_BYTES / 1024,
    });
  }

  private async renderPerson(req: Request, res: Response, personId: string, errors: FormErrors | null, values: { role: string; scope: string; reason: string }): Promise<void> {
    const { person } = await this.api.request(req, PersonPageDocument, { id: personId });
    if (!person) throw new NotFoundException();
    // A person's role grants are read only by those the API lets manage them.
    const grants = person.viewerCan.manageRoles ? await this.api.request(req, PersonRoleGrantsDocument, { id: personId }) : null;
    const places = grants ? [...grants.bodies, ...grants.localAuthorities, ...grants.areas, ...grants.organisations] : [];
    const placeName = (id: string) => places.find((p) => p.id === id)?.name ?? 'One place';
    if (errors) res.status(400);
    res.render('journeys/people/person.njk', {
      pageTitle: person.displayName,
      backLink: '/people',
      flash: takeFlash(req),
      errors,
      values,
      person,
      details: [
        ...(person.email ? [{ key: { text: 'Email' }, value: { text: person.email } }] : []),
        ...(person.birthMonth ? [{ key: { text: 'Born' }, value: { text: `${longMonth(person.birthMonth)}${person.under18 ? ' (under 18)' : ''}` } }] : []),
        ...(person.careExperienced === null || person.careExperienced === undefined ? [] : [{ key: { text: 'Care-experienced' }, value: { text: person.careExperienced ? 'Yes' : 'No' } }]),
        ...(person.homeAuthority ? [{ key: { text: 'Comes from' }, value: { text: person.homeAuthority.name } }] : []),
      ],
      memberships: person.memberships.map((m) => ({ ...m, seat: SEAT_NAMES[m.role] })),
      grants: grants?.roleGrants.map((g) => ({ ...g, roleName: ROLE_NAMES[g.role], where: g.scope ? placeName(g.scope.id) : 'Everywhere' })) ?? null,
      roleItems: [{ value: '', text: 'Choose a role' }, ...Object.entries(ROLE_NAMES).map(([value, name]) => ({ value, text: name, selected: value === values.role }))],
      scopeItems: grants
        ? [
            { value: '', text: 'Everywhere' },
            ...grants.bodies.map((b) => ({ value: `BODY:${b.id}`, text: b.name, selected: values.scope === `BODY:${b.id}` })),
            ...grants.localAuthorities.map((a) => ({ value: `AUTHORITY:${a.id}`, text: `${a.name} council`, selected: values.scope === `AUTHORITY:${a.id}` })),
            ...grants.areas.map((a) => ({ value: `AREA:${a.id}`, text: a.name, selected: values.scope === `AREA:${a.id}` })),
            ...grants.organisations.map((o) => ({ value: `ORGANISATION:${o.id}`, text: o.name, selected: values.scope === `ORGANISATION:${o.id}` })),
          ]
        : [],
    });
  }
}
