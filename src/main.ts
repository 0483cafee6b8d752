/**
 * `npm start`: runs the API. Reads the configuration (a bad setting: every one named on stderr,
 * exit 78) and hands the process to the runtime (src/runtime/runProcess.ts): the primary prepares
 * the database, checks the connection budget and serves, itself or through WEB_CONCURRENCY worker
 * processes; SIGTERM/SIGINT drain in-flight requests and exit 0.
 */
import { ConfigError, parseConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { EXIT_CONFIG } from "./runtime/exitCodes.js";
import { runProcess } from "./runtime/runProcess.js";

function loadConfig(): Config {
  try {
    return parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
}

const config = loadConfig();
runProcess(config, createLogger(config.logLevel));
