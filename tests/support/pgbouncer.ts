/**
 * PgBouncer (Debian package `pgbouncer`) of a test's own (or a benchmark's) in front of a server, on a free
 * port, with its own configuration file: trust authentication with a userlist, the given pool mode
 * and limits, and `postgres` as admin (SHOW POOLS / SHOW STATS on the `pgbouncer` database).
 * Runs as the `postgres` user when the test runs as root (PgBouncer refuses root).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chown, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { freePort } from "./spawnServer.js";

const run = promisify(execFile);

export const PGBOUNCER_BINARY = "/usr/sbin/pgbouncer";

export interface PgBouncerOptions {
  poolMode: "session" | "transaction";
  maxClientConn: number;
  /** Server connections per user and database. */
  defaultPoolSize: number;
}

export interface PgBouncer {
  port: number;
  /** URL of database `name` through the pooler, as `postgres`. */
  urlOf(name: string): string;
  /** Runs an admin console command (SHOW POOLS, SHOW STATS, ...) and returns its rows. */
  admin<T extends Record<string, unknown>>(command: string): Promise<T[]>;
  readLog(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts PgBouncer in front of the PostgreSQL server on 127.0.0.1:`server.port`. */
export async function startPgBouncer(server: { port: number }, options: PgBouncerOptions): Promise<PgBouncer> {
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-pgbouncer-"));
  const asRoot = process.getuid?.() === 0;
  const port = await freePort();
  await writeFile(join(dir, "userlist.txt"), `"postgres" ""\n`);
  await writeFile(join(dir, "pgbouncer.ini"), [
    "[databases]",
    `* = host=127.0.0.1 port=${server.port}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = trust",
    `auth_file = ${join(dir, "userlist.txt")}`,
    "admin_users = postgres",
    `pool_mode = ${options.poolMode}`,
    `max_client_conn = ${options.maxClientConn}`,
    `default_pool_size = ${options.defaultPoolSize}`,
    `logfile = ${join(dir, "pgbouncer.log")}`,
    `pidfile = ${join(dir, "pgbouncer.pid")}`,
    "",
  ].join("\n"));
  if (asRoot) {
    const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
    const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    for (const path of [dir, join(dir, "userlist.txt"), join(dir, "pgbouncer.ini")]) await chown(path, uid, gid);
  }
  const child: ChildProcess = spawn(PGBOUNCER_BINARY, [...(asRoot ? ["-u", "postgres"] : []), join(dir, "pgbouncer.ini")], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const urlOf = (name: string) => `postgresql://postgres@127.0.0.1:${port}/${name}`;

  const admin = async <T extends Record<string, unknown>>(command: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: urlOf("pgbouncer") });
    await client.connect();
    try {
      return (await client.query<T>(command)).rows;
    } finally {
      await client.end();
    }
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin("SHOW VERSION");
      break;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`pgbouncer did not start: ${String(error)}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    port,
    urlOf,
    admin,
    readLog: () => readFile(join(dir, "pgbouncer.log"), "utf8"),
    stop: async () => {
      child.kill("SIGINT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
