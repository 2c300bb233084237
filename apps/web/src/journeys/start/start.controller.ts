import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';

/** The start page: what the Compact is, in plain words. It needs nothing from the API. */
@Controller()
export class StartController {
  @Get()
  start(@Res() res: Response): void {
    res.render('journeys/start/start.njk', { pageTitle: 'Help for care leavers in London' });
  }
}
