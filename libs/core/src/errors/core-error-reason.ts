/**
 * Reasons (`extensions.reason`) that are not one domain's own: paging, dates, versions, checks made
 * at the API's edge and constraint failures the database reports. Each domain lists its own in its
 * `<d>.errors.ts`; the API joins them all into the schema's ErrorReason enum.
 */
export enum CoreErrorReason {
  BAD_CURSOR = 'BAD_CURSOR',
  BAD_PAGE_SIZE = 'BAD_PAGE_SIZE',
  BAD_DATE_RANGE = 'BAD_DATE_RANGE',
  DATES_OUT_OF_ORDER = 'DATES_OUT_OF_ORDER',
  BAD_LIMIT = 'BAD_LIMIT',
  BAD_WINDOW = 'BAD_WINDOW',
  STALE_VERSION = 'STALE_VERSION',
  NOT_FOUND = 'NOT_FOUND',
  NO_ACTOR = 'NO_ACTOR',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  BAD_TEXT = 'BAD_TEXT',
  MALFORMED_ID = 'MALFORMED_ID',
  BAD_DATE_TIME = 'BAD_DATE_TIME',
  BAD_DATE = 'BAD_DATE',
  MALFORMED_VALUE = 'MALFORMED_VALUE',
  REFERENCE_MISSING = 'REFERENCE_MISSING',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  CHECK_FAILED = 'CHECK_FAILED',
  CROSS_SITE_REQUEST = 'CROSS_SITE_REQUEST',
  UNKNOWN_DASHBOARD_ACTION = 'UNKNOWN_DASHBOARD_ACTION',
}

/** What each core reason means, one line each (shown in the schema). */
export const CORE_ERROR_REASON_MEANINGS: Record<CoreErrorReason, string> = {
  [CoreErrorReason.BAD_CURSOR]: 'A paging cursor (after or before) is not one this list gave out; start the list again without it.',
  [CoreErrorReason.BAD_PAGE_SIZE]: 'first or last is out of range, or both were given.',
  [CoreErrorReason.BAD_DATE_RANGE]: 'A date range ends before it starts.',
  [CoreErrorReason.DATES_OUT_OF_ORDER]: 'Two dates or times are the wrong way round.',
  [CoreErrorReason.BAD_LIMIT]: 'A count asked for is out of range.',
  [CoreErrorReason.BAD_WINDOW]: 'A time window asked for is out of range.',
  [CoreErrorReason.STALE_VERSION]: 'Someone else changed the record since it was read; reload it and apply the change again.',
  [CoreErrorReason.NOT_FOUND]: 'There is no such page or record.',
  [CoreErrorReason.NO_ACTOR]: 'The operation needs someone signed in.',
  [CoreErrorReason.VALIDATION_FAILED]: 'An input value breaks its rules (length, range, format); extensions.field names the first.',
  [CoreErrorReason.BAD_TEXT]: 'Text holds a control character or a bidirectional override.',
  [CoreErrorReason.MALFORMED_ID]: 'An ID is not one this API gives out (a UUID).',
  [CoreErrorReason.BAD_DATE_TIME]: 'A DateTime is not a real date and time in ISO 8601 with an offset.',
  [CoreErrorReason.BAD_DATE]: 'A Date is not a real calendar date written YYYY-MM-DD.',
  [CoreErrorReason.MALFORMED_VALUE]: 'The database refused a malformed value.',
  [CoreErrorReason.REFERENCE_MISSING]: 'Something this refers to does not exist, or something still refers to it.',
  [CoreErrorReason.ALREADY_EXISTS]: 'The record already exists.',
  [CoreErrorReason.CHECK_FAILED]: 'A value breaks a rule of the record.',
  [CoreErrorReason.CROSS_SITE_REQUEST]: 'A change to the queue dashboard came from another site.',
  [CoreErrorReason.UNKNOWN_DASHBOARD_ACTION]: 'The queue dashboard has no such change.',
};
