import type { ElementBase } from '../elements/element-base';
import type { VariableDef } from '../variables/variable-defs';
import type { LabelSetup } from './label-setup';

/** An element as the document holds it: the base fields plus its kind's own fields. */
export type LabelElement = ElementBase & { readonly [field: string]: unknown };

/**
 * A label document: plain, versioned JSON. What a user designs, saves, shares and prints.
 *
 * @example
 * const doc = { schemaVersion: 2, label: { widthMm: 50, heightMm: 30 },
 *   elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 8, text: 'Hello {{name}}' }] };
 */
export interface LabelDocument {
  readonly schemaVersion: number;
  readonly name?: string;
  readonly label: LabelSetup;
  /** Dates, serial counters and fixed texts, used as `{{name}}` like data columns. */
  readonly variables: Readonly<Record<string, VariableDef>>;
  readonly elements: readonly LabelElement[];
}
