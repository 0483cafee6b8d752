/**
 * Access as the reference's users have it (issue 14, part 4, ADR 29): identity-provider groups
 * mapped to roles by AUTH_ROLE_GROUPS (parsed and refused at start-up, defaults unchanged), and API
 * keys for machine clients: created by a signed-in user for themselves (secret shown once, only its
 * SHA-256 stored, expiry at most 365 days, role and personal data capped by the owner's), listed,
 * renamed, revoked; accepted as `Authorization: Bearer ocw_...` with the key's role; revoked,
 * expired, unknown or malformed keys are 401; last-used time written off the request path; no key
 * lookup for anonymous callers or JWTs.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKeyAuthentication } from "../src/auth/apiKeyAuthentication.js";
import { callerFromGroups } from "../src/auth/caller.js";
import { createAuthenticator } from "../src/auth/createAuthenticator.js";
import { loadOrCreateDevKey, signDevToken, type DevKey } from "../src/auth/devKeys.js";
import { parseRoleGroups } from "../src/auth/roleGroups.js";
import { authorizeMutation } from "../src/authz/authorizeMutation.js";
import { DEV_AUDIENCE, DEV_TOKEN_ISSUER, parseConfig } from "../src/config.js";
import { newApiKeySecret } from "../src/domain/apiKeys/apiKeySecret.js";
import type { RunningServer } from "../src/server/createServer.js";
import { problemsOf } from "./support/configProblems.js";
import { createThing, uniqueName } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

const directories: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-apikeys-"));
  directories.push(dir);
  return dir;
}

let db: TestDatabase;
let keysDir: string;
let devKey: DevKey;
let server: RunningServer;
let draftName: string;

beforeAll(async () => {
  db = await createTestDatabase();
  keysDir = await tempDir();
  devKey = await loadOrCreateDevKey(keysDir);
  draftName = uniqueName("KeyDraft");
  await createThing(db.prisma, { name: draftName, releaseStatus: "draft" });
  server = await startTestServer(db, { AUTH_DEV_KEYS_DIR: keysDir });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  await Promise.all(directories.map((d) => rm(d, { recursive: true, force: true })));
});

/** A development token of a user with these groups. */
function token(sub: string, groups: string[]): Promise<string> {
  return signDevToken(devKey, { sub, name: `User ${sub}`, groups }, { issuer: DEV_TOKEN_ISSUER, audience: DEV_AUDIENCE, expiresIn: "5m" });
}

interface Response {
  status: number;
  challenge: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function post(url: string, query: string, bearer?: string, variables: Record<string, unknown> = {}): Promise<Response> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, challenge: response.headers.get("www-authenticate"), body: (await response.json()) as Response["body"] };
}

const DRAFT_COUNT = `query($n: String!) { things(filter: { name: $n }) { totalCount } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on ValidationError { message fieldErrors { path message } }
  ... on CreateApiKeySuccess { secret apiKey { id name displayPrefix role personalData ownerId ownerName expiresAt revokedAt lastUsedAt status } } } }`;
const CREATE_SPRING = `mutation($name: String!) { createSpring(input: { name: $name, releaseStatus: PUBLIC }) { __typename } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface CreatedKey {
  secret: string;
  apiKey: { id: string; role: string; personalData: boolean; displayPrefix: string; status: string };
}

async function createKey(bearer: string, input: Record<string, unknown>): Promise<CreatedKey> {
  const response = await post(server.url, CREATE_KEY, bearer, { input: { name: "nightly export", expiresAt: inDays(30), ...input } });
  expect(response.body.errors).toBeUndefined();
  const payload = response.body.data?.createApiKey as { __typename: string } & CreatedKey;
  expect(payload.__typename).toBe("CreateApiKeySuccess");
  return payload;
}

// ---------------------------------------------------------------- AUTH_ROLE_GROUPS

describe("AUTH_ROLE_GROUPS", () => {
  it("parses group=grant entries (grants joined by +, names ignoring case) and leaves the default mapping alone when unset", () => {
    const parsed = parseRoleGroups(" AMP.Admin=Admin, AMP.Editor=editor ,AMP.Viewer=Viewer,AMP.Staging=Editor,Contacts=Viewer+PII");
    expect(parsed).toEqual({
      groups: new Map([
        ["amp.admin", ["Admin"]],
        ["amp.editor", ["Editor"]],
        ["amp.viewer", ["Viewer"]],
        ["amp.staging", ["Editor"]],
        ["contacts", ["Viewer", "PII"]],
      ]),
    });
    expect(parseConfig({}).auth).not.toHaveProperty("roleGroups");
    const auth = parseConfig({ AUTH_ROLE_GROUPS: "AMP.Admin=Admin" }).auth;
    expect(auth.mode === "dev" && auth.roleGroups).toEqual(new Map([["amp.admin", ["Admin"]]]));
  });

  it("refuses a bad value at start-up, naming every problem", () => {
    expect(problemsOf({ AUTH_ROLE_GROUPS: "AMP.Admin=Boss,AMP.Editor,=Viewer,amp.admin=Viewer" })).toEqual([
      'AUTH_ROLE_GROUPS="AMP.Admin=Boss,AMP.Editor,=Viewer,amp.admin=Viewer": entry 1 ("AMP.Admin=Boss"): "Boss" is not one of Viewer, Editor, Admin, PII; ' +
        'entry 2 ("AMP.Editor") must be group=grant; entry 3 ("=Viewer") has an empty group name; ' +
        'entry 4 ("amp.admin=Viewer"): group "amp.admin" is mapped twice ' +
        '(expected comma-separated group=grant entries, grants Admin, Editor, Viewer or PII joined by +, e.g. "AMP.Admin=Admin,AMP.Editor=Editor")',
    ]);
    expect(problemsOf({ AUTH_ROLE_GROUPS: "AMP.Admin=" })[0]).toContain('"" is not one of Viewer, Editor, Admin, PII');
  });

  it("maps the provider's groups to roles over HTTP; a configured mapping replaces the literal names", async () => {
    const mapped = await startTestServer(db, { AUTH_DEV_KEYS_DIR: keysDir, AUTH_ROLE_GROUPS: "AMP.Viewer=Viewer,AMP.Editor=Editor,Staff.Contacts=Viewer+PII" });
    try {
      const viewer = await token("amp-viewer", ["AMP.Viewer"]);
      expect((await post(mapped.url, DRAFT_COUNT, viewer, { n: draftName })).body.data).toEqual({ things: { totalCount: 1 } });
      const refused = await post(mapped.url, CREATE_SPRING, viewer, { name: uniqueName("spring") });
      expect(refused.status).toBe(403);
      const editor = await token("amp-editor", ["amp.editor"]);
      const name = uniqueName("MappedSpring");
      expect((await post(mapped.url, CREATE_SPRING, editor, { name })).body.data).toEqual({ createSpring: { __typename: "CreateSpringSuccess" } });
      // "Editor" is not in the mapping: such a token has no role here (released records only, no writes)
      const literal = await token("literal", ["Editor"]);
      expect((await post(mapped.url, DRAFT_COUNT, literal, { n: draftName })).body.data).toEqual({ things: { totalCount: 0 } });
      expect((await post(mapped.url, CREATE_SPRING, literal, { name: uniqueName("spring") })).status).toBe(403);
      // ... while the server without the setting still honours it
      expect((await post(server.url, DRAFT_COUNT, literal, { n: draftName })).body.data).toEqual({ things: { totalCount: 1 } });
      const contacts = parseRoleGroups("Staff.Contacts=Viewer+PII");
      expect(callerFromGroups(["staff.contacts"], "groups" in contacts ? contacts.groups : new Map())).toEqual({
        authenticated: true, role: "Viewer", personalData: true,
      });
    } finally {
      await mapped.stop();
    }
  });
});

// ---------------------------------------------------------------- API keys

describe("API keys", () => {
  it("are created for oneself with the secret shown once; only its SHA-256 digest is stored", async () => {
    const editor = await token("ana", ["Editor"]);
    const created = await createKey(editor, { name: "  nightly export ", role: "EDITOR" });
    expect(created.secret).toMatch(/^ocw_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: "nightly export",
      displayPrefix: created.secret.slice(0, 12),
      role: "EDITOR",
      personalData: false,
      ownerId: "ana",
      ownerName: "User ana",
      revokedAt: null,
      lastUsedAt: null,
      status: "ACTIVE",
    });
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(created.apiKey.id) } });
    expect(row.secretDigest).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(12));
    expect(row).toMatchObject({ ownerId: "ana", ownerRole: "Editor", role: "Editor", createdById: "ana" });
    const listed = await post(server.url, `{ apiKeys { id name } }`, editor);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
  });

  it("refuse a role above the owner's, personal data the owner may not read, and expiry outside the next 365 days; nothing is written", async () => {
    const viewer = await token("vera", ["Viewer"]);
    const before = await db.prisma.apiKey.count();
    const response = await post(server.url, CREATE_KEY, viewer, {
      input: { name: " ", role: "EDITOR", personalData: true, expiresAt: inDays(366) },
    });
    expect(response.body.data?.createApiKey).toEqual({
      __typename: "ValidationError",
      message: "4 fields are invalid: input.name, input.role, input.personalData, input.expiresAt",
      fieldErrors: [
        { path: ["input", "name"], message: "Name must not be empty" },
        { path: ["input", "role"], message: "A key cannot have more than your own role: you have Viewer, the key asks for Editor" },
        { path: ["input", "personalData"], message: "A key can read personal data only when you can (group PII, or Admin)" },
        { path: ["input", "expiresAt"], message: expect.stringMatching(/^Expiry must be at most 365 days ahead/) },
      ],
    });
    const past = await post(server.url, CREATE_KEY, viewer, { input: { name: "x", role: "VIEWER", expiresAt: inDays(-1) } });
    expect(past.body.data?.createApiKey).toMatchObject({ fieldErrors: [{ path: ["input", "expiresAt"], message: "Expiry must be in the future" }] });
    expect(await db.prisma.apiKey.count()).toBe(before);
    const ok = await createKey(viewer, { role: "VIEWER", expiresAt: inDays(364) });
    expect(ok.apiKey.role).toBe("VIEWER");
  });

  it("are accepted as Bearer tokens with the key's role (capped), writing audit columns as the owner", async () => {
    const editor = await token("eli", ["Editor", "PII"]);
    const writer = await createKey(editor, { role: "EDITOR" });
    const reader = await createKey(editor, { role: "VIEWER" });

    expect((await post(server.url, DRAFT_COUNT, reader.secret, { n: draftName })).body.data).toEqual({ things: { totalCount: 1 } });
    const refused = await post(server.url, CREATE_SPRING, reader.secret, { name: uniqueName("spring") });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.message).toBe('Mutation "createSpring" needs the Editor role; the caller has the Viewer role');

    const name = uniqueName("KeySpring");
    const created = await post(server.url, CREATE_SPRING, writer.secret, { name });
    expect(created.body).toEqual({ data: { createSpring: { __typename: "CreateSpringSuccess" } } });
    const row = await db.prisma.thing.findFirstOrThrow({ where: { name } });
    expect([row.createdById, row.createdByName]).toEqual(["eli", `User eli (API key ${writer.apiKey.id})`]);

    // the key's role is capped by the owner's role when it was made (a stored row saying otherwise)
    await db.prisma.apiKey.update({ where: { id: Number(writer.apiKey.id) }, data: { ownerRole: "Viewer" } });
    expect((await post(server.url, CREATE_SPRING, writer.secret, { name: uniqueName("spring") })).status).toBe(403);
    // personal data only when the key was given it
    const contact = await db.prisma.contact.create({ data: { name: uniqueName("Person"), role: "Owner", contactType: "Primary", releaseStatus: "public" } });
    const nameQuery = `query($id: ID!) { contact(id: $id) { name } }`;
    expect((await post(server.url, nameQuery, reader.secret, { id: String(contact.id) })).body.data).toEqual({ contact: { name: null } });
    const pii = await createKey(editor, { role: "VIEWER", personalData: true });
    expect((await post(server.url, nameQuery, pii.secret, { id: String(contact.id) })).body.data).toEqual({ contact: { name: contact.name } });
  });

  it("answer 401 UNAUTHENTICATED with an invalid_token challenge when revoked, expired, unknown or malformed", async () => {
    const owner = await token("rita", ["Admin"]);
    const revoked = await createKey(owner, { role: "VIEWER" });
    const revoke = await post(server.url, `mutation($id: ID!) { revokeApiKey(id: $id) { __typename ... on RevokeApiKeySuccess { apiKey { status revokedAt } } } }`, owner, {
      id: revoked.apiKey.id,
    });
    expect(revoke.body.data?.revokeApiKey).toMatchObject({ __typename: "RevokeApiKeySuccess", apiKey: { status: "REVOKED" } });
    const expired = newApiKeySecret();
    await db.prisma.apiKey.create({
      data: {
        name: "old", displayPrefix: expired.displayPrefix, secretDigest: expired.digest, ownerId: "rita", ownerName: "Rita",
        ownerRole: "Admin", role: "Admin", expiresAt: new Date(Date.now() - 1000),
      },
    });
    const cases: [string, RegExp][] = [
      [revoked.secret, /^The API key has been revoked$/],
      [expired.secret, /^The API key expired at /],
      [newApiKeySecret().secret, /^The API key is not known$/],
      ["ocw_short", /^The API key is malformed$/],
    ];
    for (const [secret, message] of cases) {
      const response = await post(server.url, `{ apiInfo { version } }`, secret);
      expect(response.status, String(message)).toBe(401);
      expect(response.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      expect(response.body.errors?.[0]?.message).toMatch(message);
      expect(response.challenge).toContain('Bearer error="invalid_token"');
    }
  });

  it("are listed (own keys; an Admin may list all), renamed and revoked by their owner or an Admin, others' keys being NOT_FOUND", async () => {
    const ana = await token("list-ana", ["Editor"]);
    const bob = await token("list-bob", ["Viewer"]);
    const admin = await token("list-admin", ["Admin"]);
    const anaKey = await createKey(ana, { name: "ana key", role: "VIEWER" });
    const bobKey = await createKey(bob, { name: "bob key", role: "VIEWER" });
    const LIST = `query($all: Boolean, $inactive: Boolean) { apiKeys(allUsers: $all, includeInactive: $inactive) { id name ownerId status } }`;
    const ids = async (bearer: string, variables: Record<string, unknown> = {}) =>
      ((await post(server.url, LIST, bearer, variables)).body.data?.apiKeys as { id: string }[]).map((k) => k.id);

    expect(await ids(ana)).toEqual([anaKey.apiKey.id]);
    expect(await ids(admin, { all: true })).toEqual(expect.arrayContaining([anaKey.apiKey.id, bobKey.apiKey.id]));
    const notAdmin = await post(server.url, LIST, ana, { all: true });
    expect(notAdmin.body.errors?.[0]).toMatchObject({ message: "Only an Admin may list every user's API keys", extensions: { code: "FORBIDDEN" } });
    const anonymous = await post(server.url, LIST);
    expect(anonymous.status).toBe(401);

    const RENAME = `mutation($id: ID!, $name: String!) { renameApiKey(id: $id, name: $name) { __typename ... on NotFoundError { entity id } ... on ValidationError { fieldErrors { path message } } ... on RenameApiKeySuccess { apiKey { name } } } }`;
    expect((await post(server.url, RENAME, bob, { id: anaKey.apiKey.id, name: "mine now" })).body.data?.renameApiKey).toEqual({
      __typename: "NotFoundError", entity: "ApiKey", id: anaKey.apiKey.id,
    });
    expect((await post(server.url, RENAME, ana, { id: anaKey.apiKey.id, name: "" })).body.data?.renameApiKey).toEqual({
      __typename: "ValidationError", fieldErrors: [{ path: ["name"], message: "Name must not be empty" }],
    });
    expect((await post(server.url, RENAME, ana, { id: anaKey.apiKey.id, name: "ana's export" })).body.data?.renameApiKey).toEqual({
      __typename: "RenameApiKeySuccess", apiKey: { name: "ana's export" },
    });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(anaKey.apiKey.id) } })).updatedById).toBe("list-ana");

    const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { __typename } }`;
    expect((await post(server.url, REVOKE, ana, { id: bobKey.apiKey.id })).body.data?.revokeApiKey).toEqual({ __typename: "NotFoundError" });
    expect((await post(server.url, REVOKE, admin, { id: bobKey.apiKey.id })).body.data?.revokeApiKey).toEqual({ __typename: "RevokeApiKeySuccess" });
    const revokedAt = (await db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(bobKey.apiKey.id) } })).revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    // revoking again changes nothing
    expect((await post(server.url, REVOKE, bob, { id: bobKey.apiKey.id })).body.data?.revokeApiKey).toEqual({ __typename: "RevokeApiKeySuccess" });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(bobKey.apiKey.id) } })).revokedAt).toEqual(revokedAt);
    expect(await ids(bob)).toEqual([]);
    expect(await post(server.url, LIST, bob, { inactive: true }).then((r) => r.body.data?.apiKeys)).toEqual([
      { id: bobKey.apiKey.id, name: "bob key", ownerId: "list-bob", status: "REVOKED" },
    ]);
  });

  it("cannot manage keys: requests made with a key are FORBIDDEN to create, rename, revoke or list keys, before any SQL", async () => {
    const admin = await token("key-admin", ["Admin"]);
    const key = await createKey(admin, { role: "ADMIN" });
    const before = db.statementCount();
    const created = await post(server.url, CREATE_KEY, key.secret, { input: { name: "child", role: "VIEWER", expiresAt: inDays(10) } });
    expect(created.status).toBe(403);
    expect(created.body.errors?.[0]?.message).toBe(
      'Mutation "createApiKey" needs a signed-in user (a token of the identity provider); requests made with an API key may not run it',
    );
    expect(db.statementCount() - before).toBe(1); // the key lookup only
    const listed = await post(server.url, `{ apiKeys { id } }`, key.secret);
    expect(listed.body.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const keyCaller = { ...callerFromGroups(["Admin"]), apiKeyId: 1 };
    for (const field of ["createApiKey", "renameApiKey", "revokeApiKey"]) {
      expect(authorizeMutation(keyCaller, field)?.extensions.code, field).toBe("FORBIDDEN");
      expect(authorizeMutation(callerFromGroups(["Viewer"]), field), field).toBeNull();
    }
  });

  it("record the last use off the request path, at most once per interval, and cost anonymous callers and JWTs no lookup", async () => {
    const owner = await token("usage", ["Editor"]);
    const key = await createKey(owner, { role: "VIEWER" });
    const apiKeys = createApiKeyAuthentication({ prisma: db.prisma, onError: (error) => { throw error; }, lastUsedIntervalMs: 3_600_000 });
    const authenticator = await createAuthenticator(parseConfig({ AUTH_DEV_KEYS_DIR: keysDir }).auth, { apiKeys });
    try {
      const count = async (header: string | undefined) => {
        const before = db.statementCount();
        await authenticator.authenticate(header).catch(() => undefined);
        return db.statementCount() - before;
      };
      expect(await count(undefined)).toBe(0);
      expect(await count(`Bearer ${owner}`)).toBe(0);
      expect(await count("Bearer ocw_malformed")).toBe(0);
      // each use is one read and no write; the times are written together by the recorder
      for (let i = 0; i < 3; i += 1) expect(await count(`Bearer ${key.secret}`)).toBe(1);
      const row = () => db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(key.apiKey.id) } });
      expect((await row()).lastUsedAt).toBeNull();
      const before = db.statementCount();
      await apiKeys.flushLastUsed();
      expect(db.statementCount() - before).toBe(1);
      const first = (await row()).lastUsedAt;
      expect(first).toBeInstanceOf(Date);
      expect(Date.now() - first!.getTime()).toBeLessThan(60_000);
      const idle = db.statementCount();
      await apiKeys.flushLastUsed();
      expect(db.statementCount()).toBe(idle); // nothing pending, nothing written
      const auth = await authenticator.authenticate(`Bearer ${key.secret}`);
      expect(auth).toEqual({
        caller: { authenticated: true, role: "Viewer", personalData: false, apiKeyId: Number(key.apiKey.id) },
        user: { id: "usage", name: `User usage (API key ${key.apiKey.id})` },
      });
    } finally {
      await apiKeys.close();
    }
  });
});
