import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { EMAIL_MAX } from '@app/governance';

/** Trims surrounding white space from a string input before it is validated. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** An email address as a person types it: trimmed, then an address of at most EMAIL_MAX characters. */
export function EmailAddress(): PropertyDecorator {
  return applyDecorators(Trim(), IsEmail({}, { message: 'email must be an email address, like name@example.org' }), MaxLength(EMAIL_MAX));
}
