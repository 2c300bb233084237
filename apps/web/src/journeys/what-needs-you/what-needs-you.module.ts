import { Module } from '@nestjs/common';
import { WhatNeedsYouController } from './what-needs-you.controller';

@Module({ controllers: [WhatNeedsYouController] })
export class WhatNeedsYouModule {}
