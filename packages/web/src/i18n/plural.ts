/**
 * Plural forms in a message, written the ICU way so translators know it:
 * `{count, plural, one {Print {count} label} other {Print {count} labels}}`. A language without
 * plural forms (Chinese) simply writes `打印 {count} 张标签`. Selectors are the CLDR categories
 * Intl.PluralRules gives (zero, one, two, few, many, other) or an exact `=N`; `other` is required.
 */

/** Where a `{name, plural, ...}` block starts; the branches are parsed by hand (they nest braces). */
const PLURAL_START = /\{(\w+),\s*plural,/g;

/** The index just after the `}` that closes the `{` at `open`, or -1 when it never closes. */
function findClosingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The branches of a plural block's body (`one {…} other {…}`), by selector. */
function readBranches(body: string): Map<string, string> | undefined {
  const branches = new Map<string, string>();
  let at = 0;
  for (;;) {
    const selector = /^\s*(=\d+|\w+)\s*/.exec(body.slice(at));
    if (!selector) return /^\s*$/.test(body.slice(at)) ? branches : undefined;
    const open = at + selector[0].length;
    if (body[open] !== '{') return undefined;
    const end = findClosingBrace(body, open);
    if (end < 0) return undefined;
    branches.set(selector[1]!, body.slice(open + 1, end - 1));
    at = end;
  }
}

/** The branch for `count`: an exact `=N` first, then the language's category, then `other`. */
function chooseBranch(branches: ReadonlyMap<string, string>, count: number, rules: Intl.PluralRules): string | undefined {
  return branches.get(`=${count}`) ?? branches.get(rules.select(count)) ?? branches.get('other');
}

/**
 * Replaces every plural block whose number is in `params` by the branch for that number (`#` in
 * a branch is the number); blocks without a number, or malformed ones, are left as written.
 */
export function selectPlurals(text: string, params: Readonly<Record<string, string | number>>, locale: string): string {
  if (!text.includes('plural')) return text;
  const rules = new Intl.PluralRules(locale);
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PLURAL_START)) {
    const start = match.index;
    if (start < from) continue;
    const end = findClosingBrace(text, start);
    const count = Number(params[match[1]!]);
    const branches = end < 0 ? undefined : readBranches(text.slice(start + match[0].length, end - 1));
    const branch = branches && Object.hasOwn(params, match[1]!) && Number.isFinite(count) ? chooseBranch(branches, count, rules) : undefined;
    if (branch === undefined) continue;
    out += text.slice(from, start) + branch.replace(/#/g, String(params[match[1]!]));
    from = end;
  }
  return out + text.slice(from);
}
