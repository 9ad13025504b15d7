/**
 * A small, tolerant XML scanner for the parts of an XLSX file: no DOMParser, so it runs in Node
 * tests and in the browser alike. It reports start tags, end tags and text; it does not check
 * nesting, skips comments, processing instructions and doctypes, and passes CDATA on as text.
 * Element and attribute names lose their namespace prefix (`x:c` is `c`, `r:id` is `id`);
 * `xmlns` declarations are dropped.
 */
export interface XmlHandlers {
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  /** Called for end tags and, right after `open`, for self-closing tags. */
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /[^\s/>]+/y;

/** Replaces the five named entities and numeric character references; unknown ones stay as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Walks `xml` once, calling the handlers in document order. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > pos && handlers.text) handlers.text(decodeXmlText(xml.slice(pos, textEnd)));
    if (lt === -1) return;
    pos = scanMarkup(xml, lt, handlers);
  }
}

/** Handles the markup starting at `lt` and returns the position after it. */
function scanMarkup(xml: string, lt: number, handlers: XmlHandlers): number {
  const skipTo = (end: string) => {
    const at = xml.indexOf(end, lt);
    return at === -1 ? xml.length : at + end.length;
  };
  if (xml.startsWith('<!--', lt)) return skipTo('-->');
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = skipTo(']]>');
    handlers.text?.(xml.slice(lt + 9, Math.max(lt + 9, end - 3)));
    return end;
  }
  if (xml.startsWith('<?', lt)) return skipTo('?>');
  if (xml.startsWith('<!', lt)) return skipTo('>');
  if (xml.startsWith('</', lt)) {
    const end = skipTo('>');
    handlers.close?.(localName(xml.slice(lt + 2, end - 1).trim()));
    return end;
  }
  NAME.lastIndex = lt + 1;
  const name = NAME.exec(xml)?.[0];
  if (!name) return lt + 1;
  let pos = lt + 1 + name.length;
  const attributes: Record<string, string> = {};
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const match = ATTRIBUTE.exec(xml);
    if (!match) break;
    const attributeName = match[1]!;
    if (attributeName !== 'xmlns' && !attributeName.startsWith('xmlns:')) attributes[localName(attributeName)] = decodeXmlText(match[2] ?? match[3] ?? '');
    pos = ATTRIBUTE.lastIndex;
  }
  const gt = xml.indexOf('>', pos);
  const end = gt === -1 ? xml.length : gt + 1;
  const selfClosing = gt > 0 && xml[gt - 1] === '/';
  handlers.open?.(localName(name), attributes);
  if (selfClosing) handlers.close?.(localName(name));
  return end;
}
