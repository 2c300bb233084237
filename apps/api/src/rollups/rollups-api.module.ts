import { Module } from '@nestjs/common';
import { RollupsModule } from '@app/rollups';
import { RollupsResolver } from './rollups.resolver';

@Module({
  imports: [RollupsModule],
  providers: [RollupsResolver],
})
export class RollupsApiModule {}
