/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl on a free loopback port), for tests that
 * stop, break or flood a database. Never the shared server. Binaries come from the machine's
 * PostgreSQL installation; when running as root, the cluster runs as the `postgres` user.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, chown } from "node:fs/promises";
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
  /** Fast shutdown: terminates every connection, like a database outage. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createThrowawayCluster(settings: Record<string, string> = {}): Promise<ThrowawayCluster> {
  const bin = await postgresBinDir();
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);

  const data = join(dir, "data");
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
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
