import { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '../config/environment';
import { ProgrammeCalendar } from './calendar';

/**
 * The one source of "now" and "today": inject it rather than calling `new Date()` for a rule's
 * time, so every rule agrees on the day (read in TIME_ZONE) and tests can move the clock.
 */
export class Clock {
  constructor(readonly calendar: ProgrammeCalendar = new ProgrammeCalendar()) {}

  /** The programme's time zone (TIME_ZONE). */
  get timeZone(): string {
    return this.calendar.timeZone;
  }

  now(): Date {
    return new Date();
  }

  /** Today's date in the programme's time zone (YYYY-MM-DD). */
  today(): string {
    return this.calendar.dateOf(this.now());
  }
}

/** The clock of a process, in the time zone its configuration names. */
export const clockProvider: Provider = {
  provide: Clock,
  inject: [ConfigService],
  useFactory: (config: ConfigService<Environment, true>) => new Clock(new ProgrammeCalendar(config.get('TIME_ZONE', { infer: true }))),
};
