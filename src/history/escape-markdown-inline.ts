/**
 * Escapes text for one line of inline markdown, safe in a list item or a table cell: HTML is entity-
 * encoded (`<script>` shows as text), markdown punctuation is backslash-escaped, `|` cannot end a cell,
 * and line breaks become spaces so a value never starts a new block.
 *
 * @example escapeMarkdownInline("a|b <i>") // "a\\|b &lt;i&gt;"
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]{}()#+!|~]/g, "\\$&")
    .replace(/^(\s*)([-=])/, "$1\\$2");
}
