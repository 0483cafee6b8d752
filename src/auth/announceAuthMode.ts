/**
 * Start-up notice of how callers authenticate. The development bypass is announced loudly (a
 * banner on stderr and a warn-level log line), so that it is never on by accident unnoticed.
 */
import type { AuthConfig } from "../config.js";
import type { Logger } from "../logger.js";

export const BYPASS_BANNER = [
  "",
  "  ************************************************************************",
  "  *  AUTH_MODE=bypass: AUTHENTICATION IS OFF.                            *",
  "  *  Every request is treated as an Admin with access to personal data. *",
  "  *  Development only; the server refuses this mode in production.      *",
  "  ************************************************************************",
  "",
].join("\n");

export function announceAuthMode(auth: AuthConfig, logger: Logger): void {
  if (auth.mode === "bypass") {
    console.error(BYPASS_BANNER);
    logger.warn({ authMode: auth.mode }, "authentication bypass is ON: every request is an Admin (development only)");
    return;
  }
  const details = auth.mode === "oidc"
    ? { issuer: auth.issuer, audience: auth.audience, jwksUrl: auth.jwksUrl, rolesClaim: auth.rolesClaim }
    : { issuer: auth.issuer, audience: auth.audience, devKeysDir: auth.devKeysDir, rolesClaim: auth.rolesClaim };
  logger.info({ authMode: auth.mode, ...details }, "authentication");
}
