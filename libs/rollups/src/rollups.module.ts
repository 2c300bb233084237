import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@app/proposals';
import { ProposalProgressSnapshotEntity } from './proposal-progress-snapshot.entity';
import { ProposalRollupAreaEntity } from './proposal-rollup-area.entity';
import { ProposalRollupDriftEntity } from './proposal-rollup-drift.entity';
import { ProposalRollupEntity } from './proposal-rollup.entity';
import { RollupsService } from './rollups.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProposalRollupEntity, ProposalRollupAreaEntity, ProposalProgressSnapshotEntity, ProposalRollupDriftEntity]),
    ProposalsModule,
  ],
  providers: [RollupsService],
  exports: [RollupsService],
})
export class RollupsModule {}
