import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '@app/core';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** Validates every input with class-validator; failures name each field at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const first = problems[0];
      return new InvalidInputError(
        'VALIDATION_FAILED',
        problems.map((p) => p.message).join('; '),
        first?.field,
        { problems },
      );
    },
  });
}
