import { Module } from '@nestjs/common';
import { TrustBoardController } from './trust-board.controller';

@Module({ controllers: [TrustBoardController] })
export class TrustBoardModule {}
