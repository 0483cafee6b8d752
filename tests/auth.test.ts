/**
 * Authentication: OpenID Connect bearer tokens verified with jose (issuer, audience, RS256/ES256,
 * JWKS cached and re-fetched on key rotation), the development key and `npm run token`, the
 * development-only bypass (loud at start-up, refused in production), and what each caller may do
 * over HTTP.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { SignJWT, UnsecuredJWT, type JWTPayload } from "jose";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { announceAuthMode, BYPASS_BANNER } from "../src/auth/announceAuthMode.js";
import { ADMIN_CALLER, ANONYMOUS_CALLER } from "../src/auth/caller.js";
import { BYPASS_USER, createAuthenticator, type Authenticator } from "../src/auth/createAuthenticator.js";
import { loadOrCreateDevKey, signDevToken, type DevKey } from "../src/auth/devKeys.js";
import { DEV_AUDIENCE, DEV_TOKEN_ISSUER, parseConfig, type AuthConfig } from "../src/config.js";
import type { RunningServer } from "../src/server/createServer.js";
import { problemsOf } from "./support/configProblems.js";
import { createThing, uniqueName } from "./support/factories.js";
import { signingKey, startProvider, type FakeProvider, type SigningKey } from "./support/identityProvider.js";
import { spawnServer } from "./support/spawnServer.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

const directories: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-auth-"));
  directories.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(directories.map((d) => rm(d, { recursive: true, force: true })));
});

describe("configuration", () => {
  it("defaults to the development key outside production and to OIDC in production", () => {
    expect(parseConfig({}).auth).toEqual({
      mode: "dev",
      issuer: DEV_TOKEN_ISSUER,
      audience: DEV_AUDIENCE,
      devKeysDir: ".data/dev-keys",
      rolesClaim: "groups",
    });
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      "OIDC_ISSUER=null: required with AUTH_MODE=oidc (the identity provider's issuer URL)",
      "OIDC_AUDIENCE=null: required with AUTH_MODE=oidc (this API's client id at the identity provider)",
    ]);
    expect(
      parseConfig({ NODE_ENV: "production", OIDC_ISSUER: "https://auth.example.org/application/o/ocotillo/", OIDC_AUDIENCE: "ocotillo" })
        .auth,
    ).toEqual({
      mode: "oidc",
      issuer: "https://auth.example.org/application/o/ocotillo/",
      audience: "ocotillo",
      jwksUrl: "https://auth.example.org/application/o/ocotillo/jwks/",
      rolesClaim: "groups",
    });
  });

  it("refuses the bypass in production and unless NODE_ENV=development is set explicitly", () => {
    expect(problemsOf({ NODE_ENV: "production", AUTH_MODE: "bypass", OIDC_ISSUER: "https://a.example", OIDC_AUDIENCE: "x" })).toEqual([
      'AUTH_MODE="bypass": refused with NODE_ENV=production; production verifies tokens of the identity provider (AUTH_MODE=oidc)',
    ]);
    expect(problemsOf({ AUTH_MODE: "bypass" })).toEqual([
      'AUTH_MODE="bypass": allowed only with NODE_ENV=development set explicitly (NODE_ENV is development)',
    ]);
    expect(problemsOf({ NODE_ENV: "test", AUTH_MODE: "bypass" })).toHaveLength(1);
    expect(parseConfig({ NODE_ENV: "development", AUTH_MODE: "bypass" }).auth).toEqual({ mode: "bypass" });
    expect(problemsOf({ NODE_ENV: "production", AUTH_MODE: "dev" })[0]).toContain('AUTH_MODE="dev": refused with NODE_ENV=production');
    expect(problemsOf({ AUTH_MODE: "none" })[0]).toMatch(/^AUTH_MODE="none"/);
  });

  it("takes the roles claim and the key set from the environment", () => {
    const auth = parseConfig({
      AUTH_MODE: "oidc",
      OIDC_ISSUER: "https://idp.example.org/realms/nm",
      OIDC_AUDIENCE: "api",
      OIDC_JWKS_URL: "https://idp.example.org/realms/nm/protocol/openid-connect/certs",
      AUTH_ROLES_CLAIM: "realm_access.roles",
    }).auth;
    expect(auth).toMatchObject({ jwksUrl: "https://idp.example.org/realms/nm/protocol/openid-connect/certs", rolesClaim: "realm_access.roles" });
    expect(problemsOf({ AUTH_ROLES_CLAIM: "groups[0]" })[0]).toMatch(/^AUTH_ROLES_CLAIM/);
  });
});

describe("OpenID Connect tokens (AUTH_MODE=oidc)", () => {
  const issuer = "https://auth.example.org/application/o/ocotillo/";
  let provider: FakeProvider;
  let authenticator: Authenticator;
  let keyA: SigningKey;
  let keyB: SigningKey;

  const token = (key: SigningKey, claims: JWTPayload = {}, options: { iss?: string; aud?: string; exp?: string } = {}) =>
    new SignJWT({ sub: "u-1", name: "Ana Ortiz", groups: ["Editor"], ...claims })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? "ocotillo")
      .setIssuedAt()
      .setExpirationTime(options.exp ?? "5m")
      .sign(key.privateKey);

  beforeAll(async () => {
    provider = await startProvider();
    keyA = await signingKey("RS256", "key-a");
    keyB = await signingKey("ES256", "key-b");
    provider.publish([keyA.jwk]);
    const config: AuthConfig = { mode: "oidc", issuer, audience: "ocotillo", jwksUrl: provider.url, rolesClaim: "groups" };
    authenticator = await createAuthenticator(config, { remoteJwks: { cooldownDuration: 0 } });
  });
  afterAll(async () => {
    await provider?.close();
  });

  it("accepts an RS256 token of the provider, reads the role from the groups claim, and caches the key set", async () => {
    const before = provider.fetches();
    for (let i = 0; i < 3; i += 1) {
      expect(await authenticator.authenticate(`Bearer ${await token(keyA)}`)).toEqual({
        caller: { authenticated: true, role: "Editor", personalData: false },
        user: { id: "u-1", name: "Ana Ortiz" },
      });
    }
    expect(provider.fetches() - before).toBe(1);
    const admin = await authenticator.authenticate(`bearer ${await token(keyA, { groups: ["viewer", "Admin"] })}`);
    expect(admin.caller).toEqual(ADMIN_CALLER);
    const pii = await authenticator.authenticate(`Bearer ${await token(keyA, { groups: ["Viewer", "PII"] })}`);
    expect(pii.caller).toEqual({ authenticated: true, role: "Viewer", personalData: true });
  });

  it("follows a key rotation: a token signed with a new key (ES256) is accepted after one fetch; the retired key is refused", async () => {
    provider.publish([keyB.jwk]);
    const before = provider.fetches();
    const rotated = await authenticator.authenticate(`Bearer ${await token(keyB, { groups: ["Admin"] })}`);
    expect(rotated.caller.role).toBe("Admin");
    expect(provider.fetches() - before).toBe(1);
    await expect(authenticator.authenticate(`Bearer ${await token(keyA)}`)).rejects.toMatchObject({
      message: "The bearer token is not signed by a trusted key",
      extensions: { code: "UNAUTHENTICATED" },
    });
    provider.publish([keyA.jwk, keyB.jwk]);
  });

  it("checks issuer (with or without a trailing slash), audience, expiry and subject", async () => {
    await expect(authenticator.authenticate(`Bearer ${await token(keyA, {}, { iss: issuer.replace(/\/$/, "") })}`)).resolves.toBeTruthy();
    const refusals: [string, string][] = [
      [await token(keyA, {}, { iss: "https://evil.example.org/" }), `The bearer token's "iss" claim is not accepted (expected ${issuer})`],
      [await token(keyA, {}, { aud: "another-app" }), `The bearer token's "aud" claim is not accepted (expected ocotillo)`],
      [await token(keyA, {}, { exp: "-2m" }), "The bearer token has expired"],
    ];
    for (const [jwt, message] of refusals) {
      await expect(authenticator.authenticate(`Bearer ${jwt}`)).rejects.toMatchObject({
        message,
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
    const noSub = await new SignJWT({ groups: ["Admin"] })
      .setProtectedHeader({ alg: "RS256", kid: "key-a" })
      .setIssuer(issuer)
      .setAudience("ocotillo")
      .setExpirationTime("5m")
      .sign(keyA.privateKey);
    await expect(authenticator.authenticate(`Bearer ${noSub}`)).rejects.toMatchObject({ message: `The bearer token's "sub" claim is missing` });
  });

  it("refuses other algorithms (HS256, none), other schemes and garbage", async () => {
    const hs256 = await new SignJWT({ sub: "x", groups: ["Admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(issuer)
      .setAudience("ocotillo")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("a-shared-secret-of-at-least-32-bytes!"));
    const none = new UnsecuredJWT({ sub: "x", groups: ["Admin"] }).setIssuer(issuer).setAudience("ocotillo").setExpirationTime("5m").encode();
    for (const header of [`Bearer ${hs256}`, `Bearer ${none}`]) {
      await expect(authenticator.authenticate(header)).rejects.toMatchObject({
        message: "The bearer token must be signed with RS256 or ES256",
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    await expect(authenticator.authenticate("Basic dXNlcjpwYXNz")).rejects.toMatchObject({
      message: 'The Authorization header must be "Bearer <token>"',
    });
    await expect(authenticator.authenticate("Bearer not-a-jwt")).rejects.toMatchObject({ message: "The bearer token is malformed" });
    expect(await authenticator.authenticate(undefined)).toEqual({ caller: ANONYMOUS_CALLER, user: null });
    expect(await authenticator.authenticate("  ")).toEqual({ caller: ANONYMOUS_CALLER, user: null });
  });

  it("reads roles from a nested claim when configured (e.g. realm_access.roles)", async () => {
    const nested = await createAuthenticator(
      { mode: "oidc", issuer, audience: "ocotillo", jwksUrl: provider.url, rolesClaim: "realm_access.roles" },
      { remoteJwks: { cooldownDuration: 0 } },
    );
    const result = await nested.authenticate(`Bearer ${await token(keyA, { groups: [], realm_access: { roles: ["Viewer"] } })}`);
    expect(result.caller.role).toBe("Viewer");
  });

  it("answers SERVICE_UNAVAILABLE (not 401) when the provider's keys cannot be fetched", async () => {
    const unreachable = await startProvider();
    unreachable.down();
    const cold = await createAuthenticator({ mode: "oidc", issuer, audience: "ocotillo", jwksUrl: unreachable.url, rolesClaim: "groups" });
    await expect(cold.authenticate(`Bearer ${await token(keyA)}`)).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
    });
    await unreachable.close();
  });
});

describe("the development key (AUTH_MODE=dev) and npm run token", () => {
  it("creates one key however many processes ask for it at once, and keeps it", async () => {
    const dir = await tempDir();
    const keys = await Promise.all(Array.from({ length: 6 }, () => loadOrCreateDevKey(dir)));
    expect(new Set(keys.map((k) => k.privateJwk.kid)).size).toBe(1);
    expect((await loadOrCreateDevKey(dir)).privateJwk).toEqual(keys[0]?.privateJwk);
    expect(keys[0]?.publicJwk).not.toHaveProperty("d");
  });

  it("mints with `npm run token -- --role editor --pii` a token the dev server accepts", async () => {
    const dir = await tempDir();
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/token.ts", ...args], {
          env: { ...process.env, NODE_ENV: "development", AUTH_MODE: "dev", AUTH_DEV_KEYS_DIR: dir },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.once("exit", (code) => resolve({ code, stdout, stderr }));
      });
    const minted = await run(["--role", "editor", "--pii", "--name", "Ana Ortiz"]);
    expect(minted.code).toBe(0);
    expect(minted.stderr).toContain("groups: [Editor, PII]");
    const authenticator = await createAuthenticator(parseConfig({ AUTH_DEV_KEYS_DIR: dir }).auth);
    expect(await authenticator.authenticate(`Bearer ${minted.stdout.trim()}`)).toEqual({
      caller: { authenticated: true, role: "Editor", personalData: true },
      user: { id: "dev-editor", name: "Ana Ortiz" },
    });
    const bad = await run(["--role", "superuser"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--role must be one of viewer, editor, admin, none");
  }, 60_000);
});

describe("over HTTP with the development key", () => {
  let db: TestDatabase;
  let server: RunningServer;
  let key: DevKey;
  let draftName: string;

  const mint = (groups: string[], options: { expiresIn?: string; audience?: string } = {}) =>
    signDevToken(key, { sub: `sub-${groups.join("-") || "none"}`, name: `User ${groups.join(" ")}`, groups }, {
      issuer: DEV_TOKEN_ISSUER,
      audience: options.audience ?? DEV_AUDIENCE,
      expiresIn: options.expiresIn ?? "5m",
    });

  const post = async (query: string, token?: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      challenge: response.headers.get("www-authenticate"),
      body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] },
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = await tempDir();
    key = await loadOrCreateDevKey(dir);
    draftName = uniqueName("AuthDraft");
    await createThing(db.prisma, { name: draftName, releaseStatus: "draft" });
    server = await startTestServer(db, { AUTH_DEV_KEYS_DIR: dir });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("lets anonymous callers read released records only, and refuses their writes with 401 and a Bearer challenge", async () => {
    const read = await post(`query($n: String!) { things(filter: { name: $n }) { totalCount } }`, undefined, { n: draftName });
    expect(read.body).toEqual({ data: { things: { totalCount: 0 } } });
    const write = await post(`mutation { createSpring(input: { name: "Anon spring", releaseStatus: PUBLIC }) { __typename } }`);
    expect(write.status).toBe(401);
    expect(write.challenge).toBe("Bearer");
    expect(write.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(await db.prisma.thing.count({ where: { name: "Anon spring" } })).toBe(0);
  });

  it("lets a Viewer read every record, an Editor write with audit columns from the token, and refuses an Editor's delete with 403", async () => {
    const viewer = await mint(["Viewer"]);
    const read = await post(`query($n: String!) { things(filter: { name: $n }) { totalCount } }`, viewer, { n: draftName });
    expect(read.body).toEqual({ data: { things: { totalCount: 1 } } });

    const editor = await mint(["Editor"]);
    const name = uniqueName("AuthSpring");
    const created = await post(
      `mutation($name: String!) { createSpring(input: { name: $name, releaseStatus: PUBLIC }) { __typename ... on CreateSpringSuccess { spring { id } } } }`,
      editor,
      { name },
    );
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const row = await db.prisma.thing.findFirstOrThrow({ where: { name } });
    expect([row.createdById, row.createdByName]).toEqual(["sub-Editor", "User Editor"]);

    const removed = await post(`mutation($id: ID!) { deleteSpring(id: $id) { __typename } }`, editor, { id: String(row.id) });
    expect(removed.status).toBe(403);
    expect(removed.body.errors?.[0]).toMatchObject({
      message: 'Mutation "deleteSpring" needs the Admin role; the caller has the Editor role',
      extensions: { code: "FORBIDDEN" },
    });
    expect(await db.prisma.thing.count({ where: { id: row.id } })).toBe(1);
  });

  it("answers a refused token with 401, the reason and an invalid_token challenge, never as anonymous", async () => {
    const otherKey = await loadOrCreateDevKey(await tempDir());
    const foreign = await signDevToken(otherKey, { sub: "x", groups: ["Admin"] }, { issuer: DEV_TOKEN_ISSUER, audience: DEV_AUDIENCE, expiresIn: "5m" });
    const cases: [string, string][] = [
      [await mint(["Admin"], { expiresIn: "-1m" }), "The bearer token has expired"],
      [await mint(["Admin"], { audience: "someone-else" }), `The bearer token's "aud" claim is not accepted (expected ${DEV_AUDIENCE})`],
      [foreign, "The bearer token is not signed by a trusted key"],
      ["abc.def.ghi", "The bearer token is malformed"],
    ];
    for (const [token, message] of cases) {
      const response = await post(`{ apiInfo { version } }`, token);
      expect(response.status, message).toBe(401);
      expect(response.body.errors?.[0], message).toMatchObject({ message, extensions: { code: "UNAUTHENTICATED" } });
      expect(response.challenge, message).toContain('Bearer error="invalid_token"');
      expect(response.body.data ?? null).toBeNull();
    }
  });
});

describe("the development bypass (AUTH_MODE=bypass)", () => {
  it("makes every request an Admin, whatever it sends", async () => {
    const bypass = await createAuthenticator({ mode: "bypass" });
    for (const header of [undefined, "Bearer garbage", "Basic x"]) {
      expect(await bypass.authenticate(header)).toEqual({ caller: ADMIN_CALLER, user: BYPASS_USER });
    }
  });

  it("says so loudly: a banner on stderr and a warn line", () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((text: unknown) => void printed.push(String(text)));
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    try {
      announceAuthMode({ mode: "bypass" }, logger);
    } finally {
      spy.mockRestore();
    }
    expect(printed).toEqual([BYPASS_BANNER]);
    expect(BYPASS_BANNER).toContain("AUTHENTICATION IS OFF");
    expect(lines).toEqual([expect.objectContaining({ level: 40, authMode: "bypass" })]);
  });

  it("is refused at start-up in production, with the reason and exit code 78", async () => {
    const server = await spawnServer({
      NODE_ENV: "production",
      AUTH_MODE: "bypass",
      OIDC_ISSUER: "https://auth.example.org/",
      OIDC_AUDIENCE: "ocotillo",
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/unused",
    });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain('AUTH_MODE="bypass": refused with NODE_ENV=production');
  }, 60_000);
});
