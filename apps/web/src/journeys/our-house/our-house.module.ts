import { Module } from '@nestjs/common';
import { ConsultingController } from './consulting.controller';
import { DraftingController } from './drafting.controller';
import { OurHouseController } from './our-house.controller';

// DraftingController first: its /proposals/new must be matched before /proposals/:proposalId.
@Module({ controllers: [DraftingController, ConsultingController, OurHouseController] })
export class OurHouseModule {}
