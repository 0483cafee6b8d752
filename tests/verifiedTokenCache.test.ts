/**
 * The verified-token cache (ADR 38): a token is verified once and then answered from memory while
 * it is unexpired, younger than the key set's cache age and still signed by a key of the current
 * key set; refusals are never remembered; at most N tokens are kept. The clock is injected, and a
 * verification is counted by its signature check (crypto.subtle.verify, which jose calls once per
 * verified token).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { importJWK, SignJWT, type JWTPayload } from "jose";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import { createAuthenticator, type Authenticator, type AuthenticatorOptions } from "../src/auth/createAuthenticator.js";
import { DEV_ALGORITHM, loadOrCreateDevKey, type DevKey } from "../src/auth/devKeys.js";
import { DEV_AUDIENCE, DEV_TOKEN_ISSUER, parseConfig } from "../src/config.js";
import { signingKey, startProvider, type FakeProvider, type SigningKey } from "./support/identityProvider.js";

/** The injected clock, in ms; tokens' times are seconds after T0. */
const T0 = 2_000_000_000_000;
let clock = T0;
const at = (seconds: number, ms = 0) => (clock = T0 + seconds * 1000 + ms);
const now = () => clock;
const seconds = (offset: number) => T0 / 1000 + offset;

let verifications: MockInstance<SubtleCrypto["verify"]>;
beforeEach(() => {
  at(0);
  verifications = vi.spyOn(crypto.subtle, "verify");
});
afterEach(() => {
  verifications.mockRestore();
});
const signatureChecks = () => verifications.mock.calls.length;

interface TokenTimes {
  exp: number;
  nbf?: number;
  aud?: string;
}

describe("with the development key", () => {
  let dir: string;
  let key: DevKey;

  const mint = async (claims: JWTPayload & { sub: string }, times: TokenTimes = { exp: 300 }) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: DEV_ALGORITHM, kid: key.privateJwk.kid ?? "" })
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(times.aud ?? DEV_AUDIENCE)
      .setExpirationTime(seconds(times.exp));
    if (times.nbf !== undefined) jwt.setNotBefore(seconds(times.nbf));
    return jwt.sign(await importJWK(key.privateJwk, DEV_ALGORITHM));
  };
  const authenticator = (options: AuthenticatorOptions = {}) =>
    createAuthenticator(parseConfig({ AUTH_DEV_KEYS_DIR: dir }).auth, { now, ...options });
  const editor = { sub: "u-1", name: "Ana Ortiz", groups: ["Editor"] };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ocotillo-token-cache-"));
    key = await loadOrCreateDevKey(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("verifies a token once: the same token again costs no signature check", async () => {
    const auth = await authenticator();
    const token = await mint(editor);
    for (let i = 0; i < 3; i += 1) {
      expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
        caller: { authenticated: true, role: "Editor", personalData: false },
        user: { id: "u-1", name: "Ana Ortiz" },
      });
    }
    expect(signatureChecks()).toBe(1);
  });

  it("refuses a remembered token from its expiry on (30 s tolerance), with the error an expired token always gets", async () => {
    const auth = await authenticator();
    const token = await mint(editor, { exp: 300 });
    await auth.authenticate(`Bearer ${token}`);
    at(330, -1);
    await expect(auth.authenticate(`Bearer ${token}`)).resolves.toMatchObject({ user: { id: "u-1" } });
    expect(signatureChecks()).toBe(1);
    at(330);
    const expired = { message: "The bearer token has expired", extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } };
    await expect(auth.authenticate(`Bearer ${token}`)).rejects.toMatchObject(expired);
    await expect((await authenticator()).authenticate(`Bearer ${token}`)).rejects.toMatchObject(expired); // never seen: the same
    // ...and a token before its `nbf` (the clock stepped back) is refused as verifyToken refuses it.
    const early = await mint(editor, { exp: 600, nbf: 60 });
    at(30);
    await auth.authenticate(`Bearer ${early}`);
    at(29);
    await expect(auth.authenticate(`Bearer ${early}`)).rejects.toMatchObject({
      message: `The bearer token's "nbf" claim is not accepted`,
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("verifies a token again once its verification is as old as the key set's cache age (10 min)", async () => {
    const auth = await authenticator();
    const token = await mint(editor, { exp: 3600 });
    await auth.authenticate(`Bearer ${token}`);
    at(600, -1);
    await auth.authenticate(`Bearer ${token}`);
    expect(signatureChecks()).toBe(1);
    at(600);
    await auth.authenticate(`Bearer ${token}`);
    expect(signatureChecks()).toBe(2);
    at(601);
    await auth.authenticate(`Bearer ${token}`);
    expect(signatureChecks()).toBe(2); // remembered again, from its new verification
  });

  it("never remembers a refusal: a refused token is verified again every time", async () => {
    const auth = await authenticator();
    const foreign = await mint(editor, { exp: 300, aud: "someone-else" });
    for (let i = 1; i <= 2; i += 1) {
      await expect(auth.authenticate(`Bearer ${foreign}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      expect(signatureChecks()).toBe(i);
    }
  });

  it("answers each token with its own caller", async () => {
    const auth = await authenticator();
    const users = [
      { sub: "u-1", name: "Ana", groups: ["Editor"] },
      { sub: "u-2", name: "Ben", groups: ["Viewer", "PII"] },
      { sub: "u-3", name: "Cruz", groups: ["Admin"] },
    ];
    const tokens = await Promise.all(users.map((claims) => mint(claims)));
    for (let round = 0; round < 3; round += 1) {
      const seen = await Promise.all(tokens.map((token) => auth.authenticate(`Bearer ${token}`)));
      expect(seen.map(({ caller, user }) => [user?.id, user?.name, caller.role, caller.personalData])).toEqual([
        ["u-1", "Ana", "Editor", false],
        ["u-2", "Ben", "Viewer", true],
        ["u-3", "Cruz", "Admin", true],
      ]);
    }
    expect(signatureChecks()).toBe(3);
  });

  it("remembers at most N tokens, dropping the least recently used; with 0 none", async () => {
    const auth = await authenticator({ verifiedTokens: 3 });
    const [t1, t2, t3, t4] = await Promise.all([1, 2, 3, 4].map((n) => mint({ ...editor, sub: `u-${n}` })));
    const use = async (...tokens: (string | undefined)[]) => {
      for (const token of tokens) await auth.authenticate(`Bearer ${token}`);
      return signatureChecks();
    };
    expect(await use(t1, t2, t3)).toBe(3);
    expect(await use(t1)).toBe(3); // t1 is now the most recently used, t2 the least
    expect(await use(t4)).toBe(4); // the fourth drops t2
    expect(await use(t1, t3, t4)).toBe(4);
    expect(await use(t2)).toBe(5);

    const none = await authenticator({ verifiedTokens: 0 });
    await none.authenticate(`Bearer ${t1}`);
    await none.authenticate(`Bearer ${t1}`);
    expect(signatureChecks()).toBe(7);
  });
});

describe("with the provider's key set (oidc)", () => {
  const issuer = "https://auth.example.org/application/o/ocotillo/";
  let provider: FakeProvider;
  let keyA: SigningKey;
  let keyB: SigningKey;

  const mint = (key: SigningKey, sub = "u-1") =>
    new SignJWT({ sub, groups: ["Editor"] })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(issuer)
      .setAudience("ocotillo")
      .setExpirationTime(seconds(3600))
      .sign(key.privateKey);
  const authenticator = (): Promise<Authenticator> =>
    createAuthenticator(
      { mode: "oidc", issuer, audience: "ocotillo", jwksUrl: provider.url, rolesClaim: "groups" },
      { remoteJwks: { cooldownDuration: 0 }, now },
    );

  beforeAll(async () => {
    provider = await startProvider();
    [keyA, keyB] = await Promise.all([signingKey("ES256", "key-a"), signingKey("ES256", "key-b")]);
  });
  afterAll(async () => {
    await provider?.close();
  });

  it("accepts a refused token once its key is published: the refusal was not remembered", async () => {
    provider.publish([keyA.jwk]);
    const auth = await authenticator();
    const token = await mint(keyB);
    await expect(auth.authenticate(`Bearer ${token}`)).rejects.toMatchObject({ message: "The bearer token is not signed by a trusted key" });
    provider.publish([keyA.jwk, keyB.jwk]);
    await expect(auth.authenticate(`Bearer ${token}`)).resolves.toMatchObject({ user: { id: "u-1" } });
  });

  it("refuses a remembered token as soon as the key set drops its key, as it would without the cache", async () => {
    provider.publish([keyA.jwk]);
    const auth = await authenticator();
    const old = await mint(keyA);
    await auth.authenticate(`Bearer ${old}`);
    await auth.authenticate(`Bearer ${old}`);
    expect(signatureChecks()).toBe(1);
    provider.publish([keyB.jwk]); // rotation: key-a is retired (or revoked)
    await expect(auth.authenticate(`Bearer ${await mint(keyB, "u-2")}`)).resolves.toMatchObject({ user: { id: "u-2" } });
    await expect(auth.authenticate(`Bearer ${old}`)).rejects.toMatchObject({
      message: "The bearer token is not signed by a trusted key",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
