import { All, Controller, NotFoundException } from '@nestjs/common';

/**
 * Every path no route answered: its module is imported after every journey's, so this route is
 * registered last and the error handler shows the "page not found" page.
 */
@Controller()
export class NotFoundController {
  @All('{*path}')
  notFound(): never {
    throw new NotFoundException();
  }
}
