import { Module } from '@nestjs/common';
import { ReferenceModule } from '@app/reference';
import { AreaResolver, OrganisationResolver, ReferenceResolver } from './reference.resolver';

@Module({
  imports: [ReferenceModule],
  providers: [ReferenceResolver, AreaResolver, OrganisationResolver],
})
export class ReferenceApiModule {}
