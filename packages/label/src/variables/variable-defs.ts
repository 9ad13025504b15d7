import { z } from 'zod';

/** A date/time stamp, e.g. best-before = today + 30 days formatted `DD.MM.YYYY`. */
export const dateVariableSchema = z.strictObject({
  kind: z.literal('date'),
  /** Tokens: YYYY YY MMMM MMM MM M DD D HH H mm ss (see docs); other text is copied. */
  format: z.string().min(1).max(100).default('YYYY-MM-DD'),
  offset: z
    .strictObject({
      years: z.number().int().min(-100).max(100).default(0),
      months: z.number().int().min(-1200).max(1200).default(0),
      days: z.number().int().min(-36500).max(36500).default(0),
      hours: z.number().int().min(-876000).max(876000).default(0),
      minutes: z.number().int().min(-52560000).max(52560000).default(0),
    })
    .default({ years: 0, months: 0, days: 0, hours: 0, minutes: 0 }),
});

/** Digits a serial's start may have when written as a string (the padTo limit). */
export const MAX_SERIAL_DIGITS = 30;

const START_RULE = `start must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, or a string of up to ${MAX_SERIAL_DIGITS} digits for larger numbers`;

/**
 * A counter: start, start+step, ... per label (data row) or per printed copy. Formatting and its
 * limits are in format-serial.ts (decision 011).
 */
export const serialVariableSchema = z
  .strictObject({
    kind: z.literal('serial'),
    /**
     * A whole number from 0. JSON numbers past 9007199254740991 (2^53 - 1) lose digits before
     * Inkless sees them, so a larger start is written as a string of digits: "9007199254740993".
     */
    start: z
      .union([
        z.number().refine((n) => Number.isSafeInteger(n) && n >= 0, START_RULE),
        z.string().regex(new RegExp(`^\\d{1,${MAX_SERIAL_DIGITS}}$`), START_RULE),
      ], { error: START_RULE })
      .default(1),
    step: z.number().int().min(-1_000_000).max(1_000_000).refine((n) => n !== 0, 'step cannot be 0').default(1),
    /** Left-pad with zeros to this many digits (0 = no padding). */
    padTo: z.number().int().min(0).max(MAX_SERIAL_DIGITS).default(0),
    /**
     * A number with more digits than padTo (or below 0): "error" (the default, when absent) stops
     * the job and says which label; "widen" prints every digit; "wrap" keeps the last padTo
     * digits, like an odometer. Left out rather than filled in, so documents stay as written.
     */
    overflow: z.enum(['error', 'widen', 'wrap'], { error: 'overflow must be "error", "widen" or "wrap"' }).optional(),
    /** "label": copies of one label share a number; "copy": every printed piece gets the next one. */
    per: z.enum(['label', 'copy']).default('label'),
    prefix: z.string().max(100).default(''),
    suffix: z.string().max(100).default(''),
  })
  .refine((s) => s.overflow !== 'wrap' || s.padTo > 0, { path: ['overflow'], message: 'overflow "wrap" keeps the last padTo digits, so it needs padTo of 1 or more' });

/** A fixed text the user edits in one place and uses in several elements. */
export const textVariableSchema = z.strictObject({
  kind: z.literal('text'),
  value: z.string().max(10_000),
});

export const variableDefSchema = z.discriminatedUnion('kind', [dateVariableSchema, serialVariableSchema, textVariableSchema], {
  error: 'a variable needs kind "date", "serial" or "text"',
});

export type DateVariable = z.output<typeof dateVariableSchema>;
export type SerialVariable = z.output<typeof serialVariableSchema>;
export type VariableDef = z.output<typeof variableDefSchema>;
