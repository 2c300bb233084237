import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { ApiClient } from './api/api-client';
import { WEB_CONFIG, WebConfig } from './config/web-config';
import { AnswerModule } from './journeys/answer/answer.module';
import { CommentsModule } from './journeys/comments/comments.module';
import { CompactModule } from './journeys/compact/compact.module';
import { ModerationModule } from './journeys/moderation/moderation.module';
import { LondonsProgressModule } from './journeys/londons-progress/londons-progress.module';
import { OurAuthorityModule } from './journeys/our-authority/our-authority.module';
import { OurHouseModule } from './journeys/our-house/our-house.module';
import { PeopleModule } from './journeys/people/people.module';
import { PublishModule } from './journeys/publish/publish.module';
import { ProgrammeAdminModule } from './journeys/programme-admin/programme-admin.module';
import { ProposalModule } from './journeys/proposal/proposal.module';
import { SettingsModule } from './journeys/settings/settings.module';
import { VoteModule } from './journeys/vote/vote.module';
import { SignInModule } from './journeys/sign-in/sign-in.module';
import { StartModule } from './journeys/start/start.module';
import { TrustBoardModule } from './journeys/trust-board/trust-board.module';
import { WhatCanIGetModule } from './journeys/what-can-i-get/what-can-i-get.module';
import { WhatNeedsYouModule } from './journeys/what-needs-you/what-needs-you.module';
import { NotFoundController } from './setup/not-found';

export const SESSION_POOL = Symbol('SESSION_POOL');

/** What every journey may use: the settings and the one API client. */
@Global()
@Module({})
export class WebCoreModule implements OnApplicationShutdown {
  constructor(@Inject(SESSION_POOL) private readonly pool: Pool) {}

  static forRoot(config: WebConfig, pool: Pool): DynamicModule {
    return {
      module: WebCoreModule,
      providers: [{ provide: WEB_CONFIG, useValue: config }, { provide: SESSION_POOL, useValue: pool }, ApiClient],
      exports: [WEB_CONFIG, SESSION_POOL, ApiClient],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/** Registered after every journey, so its catch-all route comes last. */
@Module({ controllers: [NotFoundController] })
export class NotFoundModule {}

/** The web app's routes, journey by journey, then "page not found". */
@Module({})
export class WebModule {
  static forRoot(config: WebConfig, pool: Pool): DynamicModule {
    return {
      module: WebModule,
      imports: [WebCoreModule.forRoot(config, pool), StartModule, WhatCanIGetModule, CompactModule, SignInModule, WhatNeedsYouModule, ProposalModule, VoteModule, CommentsModule, SettingsModule, LondonsProgressModule, OurAuthorityModule, OurHouseModule, TrustBoardModule, ModerationModule, ProgrammeAdminModule, PeopleModule, PublishModule, AnswerModule, NotFoundModule],
    };
  }
}
