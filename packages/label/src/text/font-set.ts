import { FontFace, type FontFaceSource } from './font-face';
import { GlyphCache } from './glyph-cache';
import type { Synthesis } from './rasterize-glyph';

export type { FontFaceSource } from './font-face';

/** A face chosen for a family and style, with what must be synthesized because the family lacks it. */
export interface ResolvedFace {
  readonly face: FontFace;
  readonly synth: Synthesis;
}

/** Family names match without regard to case, so "dejavu sans" finds "DejaVu Sans". */
function keyOf(family: string): string {
  return family.trim().toLowerCase();
}

/** A family (as asked, before aliases) and a style: the key of the caches of resolve and fallbackChain. */
function styleKey(family: string, bold: boolean, italic: boolean): string {
  return `${keyOf(family)}\u0000${bold ? 1 : 0}${italic ? 1 : 0}`;
}

/**
 * The fonts a render may use. Hosts register font bytes (the engine does no I/O); faces are parsed
 * on first use. Also owns the glyph cache, so it lives as long as the fonts it caches.
 *
 * @example
 * const fonts = new FontSet();
 * fonts.register({ family: 'DejaVu Sans', bold: false, italic: false, data: ttfBytes });
 * renderTextBlock(fonts, { text: 'Milk', family: 'DejaVu Sans', sizeDots: 24, widthDots: 200, heightDots: 40 });
 */
export class FontSet {
  /** Every registered source, in registration order. */
  readonly faces: FontFaceSource[] = [];
  readonly glyphCache = new GlyphCache();
  private readonly families = new Map<string, { name: string; faces: FontFace[] }>();
  private readonly aliases = new Map<string, string>();
  private defaultKey: string | undefined;
  private fallbackKeys: string[] = [];
  private readonly chains = new Map<string, readonly ResolvedFace[]>();
  /** resolve's answers, by family and style (every text block asks): cached until the set changes. */
  private readonly resolved = new Map<string, ResolvedFace | undefined>();

  /** Adds a face; a later face with the same family and style replaces the earlier one. */
  register(source: FontFaceSource): void {
    this.faces.push(source);
    const key = keyOf(source.family);
    let fam = this.families.get(key);
    if (!fam) {
      fam = { name: source.family.trim(), faces: [] };
      this.families.set(key, fam);
    }
    const at = fam.faces.findIndex((f) => f.source.bold === source.bold && f.source.italic === source.italic);
    if (at >= 0) fam.faces[at] = new FontFace(source);
    else fam.faces.push(new FontFace(source));
    this.defaultKey ??= key;
    this.forgetResolved();
  }

  /** Lets documents say e.g. "Sans" for "DejaVu Sans". */
  addAlias(alias: string, family: string): void {
    this.aliases.set(keyOf(alias), keyOf(family));
    this.forgetResolved();
  }

  /** The family used when a requested one is unknown (the first registered one until set). */
  setDefaultFamily(family: string): void {
    this.defaultKey = this.canonicalKey(family);
    this.forgetResolved();
  }

  /** Families tried, in order, for characters the requested family lacks (after the default family). */
  setFallbackFamilies(families: readonly string[]): void {
    this.fallbackKeys = families.map((f) => this.canonicalKey(f));
    this.forgetResolved();
  }

  /** True when the family (or an alias of it) is registered. */
  hasFamily(family: string): boolean {
    return this.families.has(this.canonicalKey(family));
  }

  /** Registered family names, in registration order. */
  familyNames(): string[] {
    return [...this.families.values()].map((f) => f.name);
  }

  get defaultFamily(): string | undefined {
    return this.defaultKey === undefined ? undefined : this.families.get(this.defaultKey)?.name;
  }

  /**
   * Picks the face for a family and style: exact style, else the family's regular face with
   * synthetic bold/italic, else the default family. Undefined only when no font is registered.
   */
  resolve(family: string, bold: boolean, italic: boolean): ResolvedFace | undefined {
    const cacheKey = styleKey(family, bold, italic);
    if (this.resolved.has(cacheKey)) return this.resolved.get(cacheKey);
    const face = this.resolveKey(this.canonicalKey(family), bold, italic) ?? this.resolveKey(this.defaultKey, bold, italic);
    this.resolved.set(cacheKey, face);
    return face;
  }

  /**
   * The faces tried for each character, best first: the requested family, the default family,
   * the fallback families, then every other family. Cached until the set changes.
   */
  fallbackChain(family: string, bold: boolean, italic: boolean): readonly ResolvedFace[] {
    const cacheKey = styleKey(family, bold, italic);
    const cached = this.chains.get(cacheKey);
    if (cached) return cached;
    const keys = [this.canonicalKey(family), this.defaultKey, ...this.fallbackKeys, ...this.families.keys()];
    const chain: ResolvedFace[] = [];
    const seen = new Set<string>();
    for (const key of keys) {
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      const resolved = this.resolveKey(key, bold, italic);
      if (resolved) chain.push(resolved);
    }
    this.chains.set(cacheKey, chain);
    return chain;
  }

  private forgetResolved(): void {
    this.chains.clear();
    this.resolved.clear();
  }

  private canonicalKey(family: string): string {
    const key = keyOf(family);
    return this.families.has(key) ? key : this.aliases.get(key) ?? key;
  }

  private resolveKey(key: string | undefined, bold: boolean, italic: boolean): ResolvedFace | undefined {
    const fam = key === undefined ? undefined : this.families.get(key);
    if (!fam) return undefined;
    const find = (b: boolean, i: boolean): FontFace | undefined => fam.faces.find((f) => f.source.bold === b && f.source.italic === i);
    // Prefer a real face for the harder-to-fake style: a real italic with synthetic bold, or a real bold with synthetic italic.
    const candidates: [boolean, boolean][] = [[bold, italic], [false, italic], [bold, false], [false, false]];
    for (const [b, i] of candidates) {
      const face = find(b, i);
      if (face) return { face, synth: { bold: bold && !b, italic: italic && !i } };
    }
    const any = fam.faces[0]!;
    return { face: any, synth: { bold: bold && !any.source.bold, italic: italic && !any.source.italic } };
  }
}
