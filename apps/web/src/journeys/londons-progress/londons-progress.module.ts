import { Module } from '@nestjs/common';
import { LondonsProgressController } from './londons-progress.controller';

@Module({ controllers: [LondonsProgressController] })
export class LondonsProgressModule {}
