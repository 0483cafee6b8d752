/**
 * A minimal XML writer for the NGWMN documents: elements with text or child elements, no
 * attributes, no namespaces, no whitespace between elements (as ElementTree's `tostring`
 * wrote them for the reference).
 *
 * Contract: the output is well-formed XML 1.0 for any text: `&`, `<`, `>` are escaped, and
 * characters XML 1.0 cannot carry (control characters other than tab, LF and CR; lone
 * surrogates; U+FFFE, U+FFFF) are dropped. A null or empty text gives an empty element
 * (`<Name/>`). Element names are fixed identifiers of this code base, never input.
 */

export interface XmlElement {
  name: string;
  /** Text content; null or "" = empty element. Ignored when `children` is given. */
  text?: string | null;
  children?: readonly XmlElement[];
}

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function renderElement(element: XmlElement): string {
  const { name } = element;
  if (element.children) {
    return element.children.length === 0
      ? `<${name}/>`
      : `<${name}>${element.children.map(renderElement).join("")}</${name}>`;
  }
  const text = element.text ?? "";
  return text === "" ? `<${name}/>` : `<${name}>${escapeXmlText(text)}</${name}>`;
}

/** The document: an XML declaration (UTF-8) followed by the root element. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root)}`;
}

/** A leaf element. */
export function leaf(name: string, text: string | null): XmlElement {
  return { name, text };
}
