import { NotFoundException } from '@nestjs/common';

/** The shape of the API's ids. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address: a malformed one is a page that does not exist. */
export function idFromPath(id: string): string {
  if (!UUID.test(id)) throw new NotFoundException();
  return id;
}
