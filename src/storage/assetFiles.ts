/** What the server needs to store and serve asset files: the store and the limits of config.assets. */
import type { AssetStore } from "./assetStore.js";

export interface AssetFiles {
  store: AssetStore;
  /** Largest upload, in bytes. */
  maxBytes: number;
  /** Lifetime of download URLs, in seconds. */
  urlTtlSeconds: number;
}
