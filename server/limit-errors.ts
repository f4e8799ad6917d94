import { HttpError } from './errors.ts';

/**
 * 400s for length, size and pattern limits, worded like the real API's (same family as
 * errors.ts's outOfRange: "Invalid '<param>': <what>. Expected …, but got … instead.").
 */

export const stringTooLong = (param: string, limit: number, length: number) =>
  new HttpError(
    400,
    `Invalid '${param}': string too long. Expected a string with maximum length ${limit}, but got a string with length ${length} instead.`,
    { param, code: 'string_above_max_length' },
  );

export const stringTooShort = (param: string, limit: number, length: number) =>
  new HttpError(
    400,
    `Invalid '${param}': string too short. Expected a string with minimum length ${limit}, but got ${length === 0 ? 'an empty string' : `a string with length ${length}`} instead.`,
    { param, code: length === 0 ? 'empty_string' : 'string_below_min_length' },
  );

export const arrayTooLong = (param: string, limit: number, length: number) =>
  new HttpError(
    400,
    `Invalid '${param}': array too long. Expected an array with maximum length ${limit}, but got an array with length ${length} instead.`,
    { param, code: 'array_above_max_length' },
  );

export const arrayTooShort = (param: string, limit: number, length: number) =>
  length === 0
    ? new HttpError(
        400,
        `Invalid '${param}': empty array. Expected an array with minimum length ${limit}, but got an empty array instead.`,
        { param, code: 'empty_array' },
      )
    : new HttpError(
        400,
        `Invalid '${param}': array too short. Expected an array with minimum length ${limit}, but got an array with length ${length} instead.`,
        { param, code: 'array_below_min_length' },
      );

export const tooManyProperties = (param: string, limit: number, count: number) =>
  new HttpError(
    400,
    `Invalid '${param}': too many properties. Expected an object with at most ${limit} properties, but got an object with ${count} properties instead.`,
    { param, code: 'object_above_max_properties' },
  );

export const keyTooLong = (param: string, key: string, limit: number) =>
  new HttpError(
    400,
    `Invalid '${param}': key too long. Expected a key with maximum length ${limit}, but got '${key}' with length ${key.length} instead.`,
    { param, code: 'string_above_max_length' },
  );

export const patternMismatch = (param: string, pattern: string) =>
  new HttpError(
    400,
    `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '${pattern}'.`,
    { param, code: 'invalid_value' },
  );

/** A shape without a tailored message: ajv's words, in the API's frame. */
export const invalidParameter = (param: string, reason: string) =>
  new HttpError(400, `Invalid '${param}': ${reason}.`, { param, code: 'invalid_value' });
