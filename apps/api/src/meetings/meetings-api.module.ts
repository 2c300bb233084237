import { Module } from '@nestjs/common';
import { MeetingsModule } from '@app/meetings';
import { ReferenceModule } from '@app/reference';
import { ActionItemResolver, MeetingsResolver } from './meetings.resolver';

@Module({
  imports: [MeetingsModule, ReferenceModule],
  providers: [MeetingsResolver, ActionItemResolver],
})
export class MeetingsApiModule {}
