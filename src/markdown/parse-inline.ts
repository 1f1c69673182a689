/** A markdown link found in a cell or bullet; `url` is empty for `[name]()`. */
export interface InlineLink {
  label: string;
  url: string;
}

export interface InlineText {
  /** Plain text: links replaced by their labels, emphasis and code marks removed. */
  text: string;
  links: InlineLink[];
}

// Links in a label may nest emphasis (`[**X**](url)`) but not brackets; URLs have no spaces.
const LINK =
  /\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;

/**
 * Reads the inline markdown of one table cell or bullet (links, emphasis, code) into plain text and links.
 * Cells of hidden rows never reach the markdown parser, so every row goes through this one reader.
 *
 * @example parseInline("[Qwen3 (Alibaba)]()") // { text: "Qwen3 (Alibaba)", links: [{ label: "Qwen3 (Alibaba)", url: "" }] }
 */
export function parseInline(markdown: string): InlineText {
  const links: InlineLink[] = [];
  const withLabels = markdown
    .replace(LINK, (_m, label: string, url: string) => {
      const text = stripMarks(label);
      links.push({ label: text, url: url.trim() });
      return text;
    })
    .replace(AUTOLINK, (_m, url: string) => {
      links.push({ label: url, url });
      return url;
    });
  return { text: stripMarks(withLabels), links };
}

function stripMarks(text: string): string {
  return text
    .replace(/\\\|/g, "|")
    .replace(/\*\*|__|`/g, "")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
