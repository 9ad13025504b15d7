import type { FontFaceSource, FontSet } from './font-set';

/** One bundled font file: where it lives (an npm package and a file in it) and what it is. */
export interface BundledFace {
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly packageName: string;
  /** Path inside the package. */
  readonly file: string;
}

/** A bundled family and the short names documents may use for it. */
export interface BundledFamily {
  readonly family: string;
  readonly aliases: readonly string[];
  readonly faces: readonly BundledFace[];
}

const DEJAVU = 'dejavu-fonts-ttf';
const NOTO_SC = '@expo-google-fonts/noto-sans-sc';

function dejavu(family: string, stem: string, italicName: 'Oblique' | 'Italic'): BundledFace[] {
  return [
    { family, bold: false, italic: false, packageName: DEJAVU, file: `ttf/${stem}.ttf` },
    { family, bold: true, italic: false, packageName: DEJAVU, file: `ttf/${stem}-Bold.ttf` },
    { family, bold: false, italic: true, packageName: DEJAVU, file: `ttf/${stem}-${italicName}.ttf` },
    { family, bold: true, italic: true, packageName: DEJAVU, file: `ttf/${stem}-Bold${italicName}.ttf` },
  ];
}

/**
 * The fonts Inkless ships (open licences: DejaVu's Bitstream Vera licence, Noto's OFL). Pure data:
 * the Node loader reads these files and the browser fetches the same bytes, so both draw alike.
 */
export const bundledFamilies: readonly BundledFamily[] = [
  { family: 'DejaVu Sans', aliases: ['Sans'], faces: dejavu('DejaVu Sans', 'DejaVuSans', 'Oblique') },
  { family: 'DejaVu Serif', aliases: ['Serif'], faces: dejavu('DejaVu Serif', 'DejaVuSerif', 'Italic') },
  { family: 'DejaVu Sans Mono', aliases: ['Mono'], faces: dejavu('DejaVu Sans Mono', 'DejaVuSansMono', 'Oblique') },
  {
    family: 'Noto Sans SC',
    aliases: ['CJK'],
    faces: [
      { family: 'Noto Sans SC', bold: false, italic: false, packageName: NOTO_SC, file: '400Regular/NotoSansSC_400Regular.ttf' },
      { family: 'Noto Sans SC', bold: true, italic: false, packageName: NOTO_SC, file: '700Bold/NotoSansSC_700Bold.ttf' },
    ],
  },
];

/** The family used when none is given or the given one is unknown. */
export const BUNDLED_DEFAULT_FAMILY = 'DejaVu Sans';

/** Tried in this order for characters the requested family lacks (Latin, Greek, Cyrillic first, then CJK). */
export const BUNDLED_FALLBACK_FAMILIES: readonly string[] = ['DejaVu Sans', 'Noto Sans SC'];

/** Every bundled face, flat. */
export function listBundledFaces(): BundledFace[] {
  return bundledFamilies.flatMap((f) => f.faces);
}

/**
 * Registers the bundled faces into a set, with sources the host builds (bytes read from disk in
 * Node, fetched in the browser; `data` may be a lazy getter), then the manifest's aliases,
 * default family and fallback order.
 */
export function registerBundledFonts(set: FontSet, sourceOf: (face: BundledFace) => FontFaceSource): void {
  for (const fam of bundledFamilies) {
    for (const face of fam.faces) set.register(sourceOf(face));
    for (const alias of fam.aliases) set.addAlias(alias, fam.family);
  }
  set.setDefaultFamily(BUNDLED_DEFAULT_FAMILY);
  set.setFallbackFamilies(BUNDLED_FALLBACK_FAMILIES);
}

/** The whole manifest in one object, for hosts (the browser bundle) that fetch and register the files themselves. */
export const bundledFonts = {
  families: bundledFamilies,
  faces: listBundledFaces(),
  defaultFamily: BUNDLED_DEFAULT_FAMILY,
  fallbackFamilies: BUNDLED_FALLBACK_FAMILIES,
  register: registerBundledFonts,
} as const;
