/**
 * Escapes text for use inside a LIKE/ILIKE pattern (default escape character `\`), so that `%`,
 * `_` and `\` in user input match themselves.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
