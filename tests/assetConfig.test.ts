/** The asset settings of parseConfig: local disk by default, S3 when asked, every problem named. */
import { describe, expect, it } from "vitest";

import { ConfigError, parseConfig } from "../src/config.js";

describe("asset configuration", () => {
  it("defaults to the local disk under .data/assets, 250 MiB uploads and 15-minute URLs", () => {
    expect(parseConfig({}).assets).toEqual({
      storage: { kind: "local", dir: ".data/assets", urlSecret: null, urlBase: null },
      maxBytes: 262_144_000,
      urlTtlSeconds: 900,
    });
  });

  it("takes the S3 bucket, endpoint, region and static credentials from the environment", () => {
    const config = parseConfig({
      ASSET_STORAGE: "s3",
      ASSET_S3_BUCKET: "ocotillo-assets",
      ASSET_S3_ENDPOINT: "http://minio:9000",
      ASSET_S3_REGION: "us-west-2",
      ASSET_S3_ACCESS_KEY_ID: "AKIA",
      ASSET_S3_SECRET_ACCESS_KEY: "secret",
      ASSET_S3_FORCE_PATH_STYLE: "true",
      ASSET_MAX_BYTES: "1048576",
    });
    expect(config.assets).toEqual({
      storage: {
        kind: "s3",
        bucket: "ocotillo-assets",
        endpoint: "http://minio:9000",
        region: "us-west-2",
        credentials: { accessKeyId: "AKIA", secretAccessKey: "secret" },
        forcePathStyle: true,
      },
      maxBytes: 1_048_576,
      urlTtlSeconds: 900,
    });
    expect(parseConfig({ ASSET_STORAGE: "s3", ASSET_S3_BUCKET: "b-1" }).assets.storage).toMatchObject({ endpoint: null, region: "us-east-1", credentials: null });
  });

  it("names a missing bucket, half a key pair, a short URL secret and a bad limit", () => {
    const problems = (env: Record<string, string>): string[] => {
      try {
        parseConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ ASSET_STORAGE: "s3", ASSET_S3_ACCESS_KEY_ID: "AKIA" })).toEqual([
      "ASSET_S3_BUCKET=null: required with ASSET_STORAGE=s3",
      "ASSET_S3_ACCESS_KEY_ID and ASSET_S3_SECRET_ACCESS_KEY: give both, or neither (the SDK's default credentials)",
    ]);
    expect(problems({ ASSET_URL_SECRET: "short", ASSET_MAX_BYTES: "0" })).toEqual([
      'ASSET_MAX_BYTES="0": Too small: expected number to be >=1',
      'ASSET_URL_SECRET="short": must be at least 32 characters',
    ]);
  });
});
