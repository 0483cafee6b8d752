/**
 * Where the tests' PostgreSQL server is. TEST_DATABASE_URL names a database on it that the
 * tests may connect to for CREATE/DROP DATABASE (default: the CI server on 127.0.0.1:5432).
 */
export const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of database `name` on the same server as `adminUrl`. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
