/**
 * The asset store on S3-compatible object storage (AWS S3, MinIO, Ceph, Cloudflare R2, ...):
 * object `key` is the object `key` of the bucket. `put` streams through a multipart upload (5 MiB
 * parts, two in flight: memory stays bounded whatever the file size); `move` is a server-side
 * copy then a delete. Signed URLs are presigned GETs that set the response's content type and
 * file name. Checksums are sent only where the API requires them, which S3-compatible servers
 * other than AWS understand.
 */
import type { Readable } from "node:stream";

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

import { assertStoreKey, inlineDisposition, type AssetStore, type SignedUrlOptions } from "./assetStore.js";

export interface S3StoreOptions {
  bucket: string;
  /** Endpoint of an S3-compatible server; null: AWS's endpoint of `region`. */
  endpoint: string | null;
  region: string;
  /** Static credentials; null: the SDK's default chain (environment, profile, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Bucket in the path rather than the host name (most self-hosted servers need it). */
  forcePathStyle: boolean;
}

function isMissing(error: unknown): boolean {
  return error instanceof NotFound || error instanceof NoSuchKey || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
}

export class S3Store implements AssetStore {
  readonly service = "s3";
  readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      forcePathStyle: options.forcePathStyle,
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  get bucket(): string {
    return this.options.bucket;
  }

  async put(key: string, body: Readable, contentType: string): Promise<void> {
    assertStoreKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType },
      queueSize: 2,
      partSize: 5 * 1024 * 1024,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      body.destroy();
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    assertStoreKey(from);
    assertStoreKey(to);
    await this.client.send(
      new CopyObjectCommand({ Bucket: this.options.bucket, Key: to, CopySource: `${this.options.bucket}/${from}`, MetadataDirective: "COPY" }),
    );
    await this.delete(from);
  }

  async get(key: string): Promise<Readable | null> {
    assertStoreKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return object.Body as Readable;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStoreKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStoreKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  signedUrl(key: string, options: SignedUrlOptions): Promise<string> {
    assertStoreKey(key);
    const command = new GetObjectCommand({
      Bucket: this.options.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: inlineDisposition(options.fileName),
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  uri(key: string): string {
    assertStoreKey(key);
    return `s3://${this.options.bucket}/${key}`;
  }
}
