/** The problems `parseConfig` names for `env` (an empty list when it is valid). */
import { ConfigError, parseConfig } from "../../src/config.js";

export function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
