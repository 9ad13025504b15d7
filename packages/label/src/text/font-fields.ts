import { z } from 'zod';
import type { Issue } from '../errors/issue';
import { joinPath } from '../errors/issue';
import type { FontSet } from './font-set';
import { BUNDLED_DEFAULT_FAMILY } from './bundled-fonts';

/** Font fields shared by text and table elements, with their defaults. */
export const fontFieldsShape = {
  /** A registered family or alias ("DejaVu Sans", "Serif", "Mono", "CJK", or a user font). */
  fontFamily: z.string().min(1).max(100).default(BUNDLED_DEFAULT_FAMILY),
  fontSizePt: z.number({ error: 'fontSizePt must be a number of points' }).finite().min(2, 'fontSizePt must be at least 2 pt').max(400, 'fontSizePt must be at most 400 pt').default(10),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
} as const;

export interface FontFields {
  readonly fontFamily: string;
  readonly fontSizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** An issue when no registered family or alias answers to the element's fontFamily. */
export function checkFontFamily(fonts: FontSet, family: string, path: string): Issue[] {
  if (fonts.hasFamily(family)) return [];
  const known = fonts.familyNames().join(', ') || 'none registered';
  return [{ code: 'INKLESS_TEXT_FONT_UNKNOWN', path: joinPath(path, 'fontFamily'), message: `font "${family}" is not available (fonts: ${known}); pick one of them or add the font file` }];
}
