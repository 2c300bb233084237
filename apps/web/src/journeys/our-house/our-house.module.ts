import { Module } from '@nestjs/common';
import { OurHouseController } from './our-house.controller';

@Module({ controllers: [OurHouseController] })
export class OurHouseModule {}
