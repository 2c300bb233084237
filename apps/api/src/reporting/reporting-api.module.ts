import { Module } from '@nestjs/common';
import { ReferenceModule } from '@app/reference';
import { ReportingModule } from '@app/reporting';
import { ReportingResolver } from './reporting.resolver';

@Module({ imports: [ReportingModule, ReferenceModule], providers: [ReportingResolver] })
export class ReportingApiModule {}
