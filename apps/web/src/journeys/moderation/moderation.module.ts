import { Module } from '@nestjs/common';
import { ModerationController } from './moderation.controller';
import { SafeguardingController } from './safeguarding.controller';

/** Moderating reported comments (a House's co-chairs) and safety concerns (the safeguarding leads). */
@Module({ controllers: [ModerationController, SafeguardingController] })
export class ModerationModule {}
