/**
 * A strict parser for the small XML subset the NGWMN documents use, to check them without a
 * DOM: an optional XML declaration, then one root element; elements have no attributes and hold
 * either text or child elements. Throws on anything else, including a bare `&`, a stray `<` or
 * `>` in text, an unknown entity, mismatched tags, a character XML 1.0 forbids, or content
 * after the root.
 */
export interface XmlNode {
  name: string;
  /** Decoded text ("" for an element with children or an empty element). */
  text: string;
  children: XmlNode[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  if (raw.includes(">")) throw new Error(`unescaped ">" in text ${JSON.stringify(raw)}`);
  return raw.replace(/&([^;]*);?/g, (match, entity: string) => {
    if (!match.endsWith(";")) throw new Error(`bare "&" in text ${JSON.stringify(raw)}`);
    if (entity in ENTITIES) return ENTITIES[entity] ?? "";
    const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${entity};`);
    return String.fromCodePoint(entity.startsWith("#x") ? parseInt(code, 16) : parseInt(code, 10));
  });
}

export function parseXml(xml: string): { declaration: string | null; root: XmlNode } {
  if (FORBIDDEN_CHAR.test(xml)) throw new Error("character not allowed in XML 1.0");
  let at = 0;
  let declaration: string | null = null;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) throw new Error("unterminated XML declaration");
    declaration = xml.slice(0, end + 2);
    at = end + 2;
  }
  const skipSpace = () => {
    while (at < xml.length && /\s/.test(xml.charAt(at))) at += 1;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(xml);
    if (!match) throw new Error(`element name expected at ${at}`);
    at += match[0].length;
    return match[0];
  };
  const expect = (text: string) => {
    if (!xml.startsWith(text, at)) throw new Error(`expected ${JSON.stringify(text)} at ${at}, found ${JSON.stringify(xml.slice(at, at + 20))}`);
    at += text.length;
  };

  const readElement = (): XmlNode => {
    expect("<");
    const name = readName();
    if (xml.startsWith("/>", at)) {
      at += 2;
      return { name, text: "", children: [] };
    }
    expect(">");
    const children: XmlNode[] = [];
    let text = "";
    for (;;) {
      const next = xml.indexOf("<", at);
      if (next < 0) throw new Error(`unterminated element <${name}>`);
      text += xml.slice(at, next);
      at = next;
      if (xml.startsWith("</", at)) {
        at += 2;
        const closing = readName();
        if (closing !== name) throw new Error(`</${closing}> closes <${name}>`);
        expect(">");
        break;
      }
      children.push(readElement());
    }
    if (children.length > 0 && text.trim() !== "") throw new Error(`mixed content in <${name}>`);
    return { name, text: children.length > 0 ? "" : decode(text), children };
  };

  skipSpace();
  const root = readElement();
  skipSpace();
  if (at !== xml.length) throw new Error(`content after the root element at ${at}`);
  return { declaration, root };
}

/** The element's children as [name, text] pairs (for leaf-only records). */
export function fields(node: XmlNode): [string, string][] {
  return node.children.map((child) => [child.name, child.text]);
}
