/**
 * A stand-in OpenID Connect provider for the servers under test, so they run as in production
 * (NODE_ENV=production, AUTH_MODE=oidc): an ES256 key pair, its JWKS served on 127.0.0.1, and
 * tokens signed with it.
 *
 * Contract: `serverEnv` is the environment that makes a server trust exactly this provider;
 * `token(groups)` is a bearer token valid for an hour for those groups (e.g. ["Admin"]).
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

import { SignJWT, exportJWK, generateKeyPair } from "jose";

export interface BenchIdentityProvider {
  serverEnv: Record<string, string>;
  token(groups: string[]): Promise<string>;
  stop(): Promise<void>;
}

const AUDIENCE = "ocotillo-bench";
const KEY_ID = "bench-1";

export async function startBenchIdentityProvider(): Promise<BenchIdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KEY_ID, alg: "ES256", use: "sig" }] });
  const server = http.createServer((req, res) => {
    if (req.url === "/jwks") {
      res.setHeader("content-type", "application/json");
      res.end(jwks);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    serverEnv: { AUTH_MODE: "oidc", OIDC_ISSUER: issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: `${issuer}/jwks` },
    token: (groups) =>
      new SignJWT({ groups, name: "Bench user" })
        .setProtectedHeader({ alg: "ES256", kid: KEY_ID })
        .setIssuer(issuer)
        .setAudience(AUDIENCE)
        .setSubject("bench-user")
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(privateKey),
    stop: async () => {
      server.close();
      server.closeAllConnections();
      await once(server, "close");
    },
  };
}
