import { Module } from '@nestjs/common';
import { CompactController } from './compact.controller';

@Module({ controllers: [CompactController] })
export class CompactModule {}
