/**
 * The local development signing key (AUTH_MODE=dev): generated once into `.data/dev-keys/`
 * (never committed; `.data/` is git-ignored), shared by the server, which trusts its public
 * half, and by `npm run token`, which signs with it.
 *
 * Contract: `loadOrCreateDevKey(dir)` returns the same key to every caller and process: the
 * first one to need it generates an ES256 key pair and publishes `signing-key.json` (private
 * JWK, mode 0600) atomically, so concurrent starters never see a half-written file or two
 * different keys; `jwks.json` next to it holds the public key set for other tools. All file I/O
 * is asynchronous.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";

export const DEV_ALGORITHM = "ES256";

export interface DevKey {
  /** The private JWK (with `kid` and `alg`). */
  privateJwk: JWK;
  /** The public JWK (same `kid`). */
  publicJwk: JWK;
}

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

function publicOf(jwk: JWK): JWK {
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return copy as JWK;
}

async function readKey(file: string): Promise<DevKey | null> {
  try {
    const privateJwk = JSON.parse(await readFile(file, "utf8")) as JWK;
    return { privateJwk, publicJwk: publicOf(privateJwk) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function generateKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicOf(jwk));
  return { ...jwk, kid, alg: DEV_ALGORITHM, use: "sig" };
}

export async function loadOrCreateDevKey(dir: string): Promise<DevKey> {
  const file = join(dir, "signing-key.json");
  const existing = await readKey(file);
  if (existing) return existing;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.signing-key.${process.pid}.${randomUUID()}.tmp`);
  await writeFile(temporary, JSON.stringify(await generateKey(), null, 2), { mode: 0o600 });
  try {
    await link(temporary, file); // fails with EEXIST when another process published first
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await unlink(temporary);
  }
  const key = await readKey(file);
  if (!key) throw new Error(`development signing key ${file} vanished while it was being created`);
  await writeFile(join(dir, "jwks.json"), JSON.stringify({ keys: [key.publicJwk] }, null, 2));
  return key;
}

/** The key set the server trusts in development mode. */
export function devKeySet(key: DevKey): JWTVerifyGetKey {
  return createLocalJWKSet({ keys: [key.publicJwk] });
}

export interface DevTokenOptions {
  issuer: string;
  audience: string;
  /** Lifetime, e.g. "8h", "30m" (jose time span). */
  expiresIn: string;
}

/** A token signed with the development key, carrying `claims` (at least `sub`). */
export async function signDevToken(key: DevKey, claims: JWTPayload & { sub: string }, options: DevTokenOptions): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, DEV_ALGORITHM);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: key.privateJwk.kid ?? "", typ: "JWT" })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(privateKey);
}
