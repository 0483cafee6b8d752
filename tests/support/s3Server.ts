/**
 * A real S3-protocol server (s3rver) on a free port with one empty bucket, and an S3Store on it:
 * the S3 back end is tested against the wire protocol, not a mock. `close()` stops the server and
 * removes its files.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CreateBucketCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

import { S3Store } from "../../src/storage/s3Store.js";

export interface TestS3 {
  store: S3Store;
  /** Settings as they would come from the environment (ASSET_STORAGE=s3 ...). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startTestS3(bucket = "ocotillo-assets"): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), "s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const store = new S3Store({ bucket, endpoint, region: "us-east-1", credentials, forcePathStyle: true });
  await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    store,
    env: {
      ASSET_STORAGE: "s3",
      ASSET_S3_BUCKET: bucket,
      ASSET_S3_ENDPOINT: endpoint,
      ASSET_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      ASSET_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      ASSET_S3_FORCE_PATH_STYLE: "true",
    },
    close: async () => {
      store.client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
