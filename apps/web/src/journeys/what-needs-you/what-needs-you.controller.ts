import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { MarkNotificationsReadDocument, MyNotificationsDocument, MyNotificationsQuery } from '../../api/generated/graphql';
import { redirectAfterSaving } from '../../setup/session';
import { closesIn } from '../../views/closing';

const SHOWN = 20;

/**
 * The signed-in home, "What needs you": the CiCC votes open now (each linking to its proposal,
 * with when it closes), the consultations waiting for the person's answers, then the person's notifications from the API, newest first, with marking
 * as read. One API round trip.
 */
@Controller('what-needs-you')
export class WhatNeedsYouController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, MyNotificationsDocument, { first: SHOWN });
    const flash = req.session.flash;
    delete req.session.flash;
    res.render('journeys/what-needs-you/what-needs-you.njk', {
      pageTitle: 'What needs you',
      flash,
      unread: data.unreadNotificationCount,
      total: data.myNotifications.totalCount,
      notifications: data.myNotifications.edges.map((e) => ({ ...e.node, link: safeLink(e.node.link) })),
      votes: openVotes(data),
      toAnswer: unanswered(data),
    });
  }

  @Post('read')
  async markRead(@Req() req: Request, @Res() res: Response, @Body('notification') notification: unknown): Promise<void> {
    const input = typeof notification === 'string' && notification ? { notificationIds: [notification] } : { all: true };
    const { markNotificationsRead } = await this.api.request(req, MarkNotificationsReadDocument, { input });
    req.session.flash = markNotificationsRead.marked === 1 ? 'Marked as read.' : `Marked ${markNotificationsRead.marked} as read.`;
    await redirectAfterSaving(req, res, '/what-needs-you');
  }
}

/** Links in notifications are paths in this app or http(s) addresses; anything else is not shown. */
function safeLink(link: string | null | undefined): string | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//')) return link;
  return /^https?:\/\//.test(link) ? link : null;
}

/** Open CiCC votes on proposals the person may vote in (the API's viewerCan), soonest closing first, with their own vote. */
function openVotes(data: MyNotificationsQuery): { consultationId: string; proposalId: string; title: string; closesIn: string; voted: boolean }[] {
  return data.openVotes.edges
    .map((e) => e.node)
    .filter((c) => c.viewerCan.vote || c.viewerCan.changeVote)
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt))
    .flatMap((c) => (c.proposal ? [{ consultationId: c.id, proposalId: c.proposal.id, title: c.proposal.title, closesIn: closesIn(c.closesAt), voted: !!c.myVote }] : []));
}

/**
 * Open consultations the person may answer (the API's viewerCan) and has not yet answered for
 * themself or for every party they act for, soonest closing first. A CiCC vote listed above is
 * left out: its proposal's page, where its link goes, offers its questions too.
 */
function unanswered(data: MyNotificationsQuery): { id: string; title: string; closesIn: string; waiting: string[] }[] {
  const votes = new Set(openVotes(data).map((v) => v.consultationId));
  return data.openConsultations.edges
    .map((e) => e.node)
    .filter((c) => c.viewerCan.respond && c.viewerRespondsFor.some((r) => !r.response) && !votes.has(c.id))
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt))
    .map((c) => ({
      id: c.id,
      title: c.title ?? c.proposal?.title ?? 'A consultation',
      closesIn: closesIn(c.closesAt),
      waiting: c.viewerRespondsFor.filter((r) => !r.response && (r.onBehalfOfAuthorityId ?? r.onBehalfOfAreaId ?? r.onBehalfOfOrganisationId)).map((r) => r.name),
    }));
}
