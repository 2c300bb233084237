import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { AuditTrailDocument, type AuditTrailQuery } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi } from '../../forms/form-errors';
import { auditFilter, auditLink, readAuditQuery, type AuditQuery } from './audit-filters';

const PAGE_SIZE = 20;
const FIELDS = { entityType: 'entityType', entityId: 'entityId', actorId: 'actorId', from: 'from-day', to: 'to-day' };

type AuditEvent = AuditTrailQuery['auditEvents']['edges'][number]['node'];

/** A change's value as JSON, shown plainly: strings without their quotes, nothing as "none". */
function shownValue(json: string | null | undefined): string {
  if (json === null || json === undefined) return 'none';
  try {
    const value: unknown = JSON.parse(json);
    if (value === null) return 'none';
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

function eventView(e: AuditEvent, q: AuditQuery) {
  return {
    ...e,
    who: e.actor?.displayName ?? (e.actorId ? 'Someone' : 'The service'),
    whoLink: e.actorId ? auditLink({ ...q, actorId: e.actorId }) : null,
    recordLink: auditLink({ ...q, entityType: e.entityType, entityId: e.entityId }),
    changes: e.changes.map((c) => ({ field: c.field, before: shownValue(c.before), after: shownValue(c.after) })),
  };
}

/**
 * The audit trail, for programme admins (and, for safeguarding's own events, the leads): newest
 * first, filtered by record, person and dates in a GET form, so a filtered view is a link to share;
 * a page at a time with the API's cursors.
 */
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async trail(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const q = readAuditQuery(query);
    const { filter, problems } = auditFilter(q);
    const after = typeof query.after === 'string' && query.after ? query.after : null;
    const before = typeof query.before === 'string' && query.before ? query.before : null;
    const view = { pageTitle: 'Audit trail', q, errors: problems.length ? formErrors(problems, FIELDS) : null, events: [] as ReturnType<typeof eventView>[], totalCount: 0, pagination: null as unknown };
    if (!view.errors) {
      try {
        const data = await this.api.request(req, AuditTrailDocument, before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after });
        const { edges, pageInfo, totalCount } = data.auditEvents;
        view.events = edges.map((e) => eventView(e.node, q));
        view.totalCount = totalCount;
        view.pagination = {
          previous: pageInfo.hasPreviousPage && pageInfo.startCursor ? { href: auditLink(q, { before: pageInfo.startCursor }) } : undefined,
          next: pageInfo.hasNextPage && pageInfo.endCursor ? { href: auditLink(q, { after: pageInfo.endCursor }) } : undefined,
        };
      } catch (error) {
        view.errors = formErrorsFromApi(error, FIELDS);
      }
    }
    res.status(view.errors ? 400 : 200).render('journeys/programme-admin/audit.njk', {
      ...view,
      filtered: !!(q.entityType || q.entityId || q.actorId || filter.from || filter.to),
      dateItems: (prefix: 'from' | 'to') => {
        const error = view.errors?.byField[prefix] ? ' govuk-input--error' : '';
        return [
          { name: 'day', classes: `govuk-input--width-2${error}`, value: q[prefix].day },
          { name: 'month', classes: `govuk-input--width-2${error}`, value: q[prefix].month },
          { name: 'year', classes: `govuk-input--width-4${error}`, value: q[prefix].year },
        ];
      },
    });
  }
}
