import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ModerationController } from './moderation.controller';
import { SafeguardingController } from './safeguarding.controller';
import { signedInOnly } from './signed-in-only';

/** Moderating reported comments (a House's co-chairs) and safety concerns (the safeguarding leads). */
@Module({ controllers: [ModerationController, SafeguardingController] })
export class ModerationModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(signedInOnly).forRoutes(ModerationController, SafeguardingController);
  }
}
