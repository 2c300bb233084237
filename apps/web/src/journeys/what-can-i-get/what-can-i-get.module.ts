import { Module } from '@nestjs/common';
import { WhatCanIGetController } from './what-can-i-get.controller';

@Module({ controllers: [WhatCanIGetController] })
export class WhatCanIGetModule {}
