import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { QueueFactory, QueueName } from '@app/core';
import { INTERNAL_MESSAGE } from '../graphql/error-formatter';

/** Where the dashboard is served. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

type BoardQueue = ReturnType<QueueFactory['queue']>;

/**
 * Bull Board over every queue of the contract, on whichever backend is configured. Built on the
 * first request that gets past the access checks, so an API nobody opens the dashboard on holds
 * no queue connections.
 */
@Injectable()
export class QueueBoard implements OnModuleDestroy {
  private readonly logger = new Logger('QueueDashboard');
  private board: { handler: RequestHandler; queues: BoardQueue[] } | null = null;

  constructor(private readonly factory: QueueFactory) {}

  /** The board's pages, static files and JSON API, mounted at QUEUE_DASHBOARD_PATH. */
  readonly handle = (req: Request, res: Response, next: NextFunction): void => {
    (this.board ??= this.build()).handler(req, res, next);
  };

  async onModuleDestroy(): Promise<void> {
    const queues = this.board?.queues ?? [];
    this.board = null;
    await Promise.all(queues.map((queue) => queue.close()));
  }

  private build(): { handler: RequestHandler; queues: BoardQueue[] } {
    const queues = Object.values(QueueName).map((name) => {
      const queue = this.factory.queue(name);
      // Without a listener an unreachable backend would crash the API; the board reports it instead.
      queue.on('error', (error: Error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      return queue;
    });
    const server = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: queues.map((queue) => new BullMQAdapter(queue as Queue)),
      // @bull-board/express 9.10.1 declares itself against @bull-board/api 9.10.1's types; the runtime contract is the same.
      serverAdapter: server as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Compact queues' } },
    });
    // Bull Board's own handler adds the stack trace in development; errors here follow the API's rules.
    server.setErrorHandler((error: Error & { statusCode?: number }) => {
      const status = (error.statusCode && error.statusCode < 500 ? error.statusCode : 500) as 500;
      if (status === 500) this.logger.error(error);
      const body = status === 500 ? { error: { key: 'ERRORS.INTERNAL_SERVER_ERROR' }, message: INTERNAL_MESSAGE } : { error: { key: 'ERRORS.BAD_REQUEST' }, message: error.message };
      return { status, body };
    });
    return { handler: server.getRouter() as RequestHandler, queues };
  }
}
