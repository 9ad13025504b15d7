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

/** A counter: start, start+step, ... per label (data row) or per printed copy. */
export const serialVariableSchema = z.strictObject({
  kind: z.literal('serial'),
  start: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
  step: z.number().int().min(-1_000_000).max(1_000_000).refine((n) => n !== 0, 'step cannot be 0').default(1),
  /** Left-pad with zeros to this many digits (0 = no padding). */
  padTo: z.number().int().min(0).max(30).default(0),
  /** "label": copies of one label share a number; "copy": every printed piece gets the next one. */
  per: z.enum(['label', 'copy']).default('label'),
  prefix: z.string().max(100).default(''),
  suffix: z.string().max(100).default(''),
});

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
