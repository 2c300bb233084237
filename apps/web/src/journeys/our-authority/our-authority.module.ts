import { Module } from '@nestjs/common';
import { OurAuthorityController } from './our-authority.controller';

@Module({ controllers: [OurAuthorityController] })
export class OurAuthorityModule {}
