/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl on a free loopback port), for tests that
 * stop, break or flood a database. Never the shared server. Binaries come from the machine's
 * PostgreSQL installation; when running as root, the cluster runs as the `postgres` user.
 * `createStandby()` adds a streaming replica of it (pg_basebackup -R) on a port of its own;
 * `readLog()` returns the server log (what `log_statement` wrote, for per-server statement counts).
 */
import { execFile } from "node:child_process";
import { chown, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { migrateDatabase } from "../../src/db/migrate.js";
import { freePort } from "./spawnServer.js";

const run = promisify(execFile);

async function postgresBinDir(): Promise<string> {
  const versions = (await readdir("/usr/lib/postgresql")).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error("no PostgreSQL installation under /usr/lib/postgresql");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

export interface ThrowawayCluster {
  port: number;
  /** URL of the `postgres` database as superuser `postgres`. */
  url: string;
  start(): Promise<void>;
  /** The server's log so far. */
  readLog(): Promise<string>;
  /** A hot standby streaming from this cluster (same settings, plus `settings`), started. */
  createStandby(settings?: Record<string, string>): Promise<ThrowawayCluster>;
  /** Runs a client program of the installation (psql, pg_dump, ...) as the cluster's user. */
  exec(tool: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** Fast shutdown: terminates every connection, like a database outage. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

type Exec = (tool: string, args: string[]) => Promise<{ stdout: string; stderr: string }>;

async function clusterDirectory(): Promise<{ dir: string; exec: Exec }> {
  const bin = await postgresBinDir();
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec: Exec = (tool, args) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  return { dir, exec };
}

export async function createThrowawayCluster(settings: Record<string, string> = {}): Promise<ThrowawayCluster> {
  const { dir, exec } = await clusterDirectory();
  const data = join(dir, "data");
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  return startCluster(dir, exec, settings);
}

/** Starts the cluster whose data directory is `<dir>/data` on a free port. */
async function startCluster(dir: string, exec: Exec, settings: Record<string, string>): Promise<ThrowawayCluster> {
  const data = join(dir, "data");
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
  ].join(" ");
  const cluster: ThrowawayCluster = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      await exec("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
    },
    readLog: () => readFile(join(dir, "log"), "utf8"),
    exec,
    createStandby: async (standbySettings = {}) => {
      const standby = await clusterDirectory();
      await standby.exec("pg_basebackup", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-D", join(standby.dir, "data"), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"]);
      return startCluster(standby.dir, standby.exec, { ...settings, ...standbySettings });
    },
    stop: async () => {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    destroy: async () => {
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** Creates database `name` on the cluster, migrates it, and returns its URL. */
export async function createMigratedDatabase(cluster: ThrowawayCluster, name = "ocotillo"): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, `/${name}`);
  await migrateDatabase(url);
  return url;
}
