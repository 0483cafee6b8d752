/**
 * Email addresses: a syntax check and a canonical form.
 *
 * Contract: returns the address trimmed, with its domain lower-cased (the local part keeps its
 * case, which RFC 5321 leaves to the receiving server), when it has the form local@domain with an
 * RFC 5322 dot-atom local part of at most 64 characters and a domain of at least two DNS labels
 * ending in an alphabetic top-level label, 100 characters in all; otherwise null. Deliverability
 * is not checked.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^[a-z]{2,63}$/;

/** Longest address the `email` column holds. */
export const MAX_EMAIL_LENGTH = 100;

export function normalizeEmail(text: string): string | null {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return null;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  const labels = domain.split(".");
  const topLevel = labels.at(-1) ?? "";
  const valid =
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_LABEL.test(topLevel);
  const email = `${local}@${domain}`;
  return valid && email.length <= MAX_EMAIL_LENGTH ? email : null;
}
