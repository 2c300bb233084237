import { Module } from '@nestjs/common';
import { AgreementsModule } from '@app/agreements';
import { ReferenceModule } from '@app/reference';
import { AgreementsResolver } from './agreements.resolver';

@Module({
  imports: [AgreementsModule, ReferenceModule],
  providers: [AgreementsResolver],
})
export class AgreementsApiModule {}
