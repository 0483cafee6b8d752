/**
 * A tiny OpenID Connect identity provider for tests: serves a JWKS that a test can rotate (or take
 * down), counting fetches, and makes signing keys whose public JWK it can publish.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, type JWK } from "jose";

export interface FakeProvider {
  url: string;
  fetches: () => number;
  publish(keys: JWK[]): void;
  down(): void;
  close(): Promise<void>;
}

export async function startProvider(): Promise<FakeProvider> {
  let keys: JWK[] = [];
  let fetches = 0;
  let up = true;
  const server = http.createServer((req, res) => {
    fetches += 1;
    if (!up) {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/application/o/ocotillo/jwks/`,
    fetches: () => fetches,
    publish: (next) => {
      keys = next;
    },
    down: () => {
      up = false;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type SigningKey = Awaited<ReturnType<typeof signingKey>>;

/** A key pair named `kid`: the private key signs, `jwk` is what the provider publishes. */
export async function signingKey(alg: "RS256" | "ES256", kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}
