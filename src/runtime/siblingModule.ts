/**
 * The module `name` (given without extension) in the folder of the module at `base`
 * (its import.meta.url), spelled as the running code is: `.ts` when the server runs from source
 * under tsx, `.js` when it runs compiled from dist/ (ADR 32). For entry points of threads and
 * child processes, which do not inherit tsx: `isTypeScript` says whether they must register it.
 */
export interface SiblingModule {
  url: URL;
  isTypeScript: boolean;
}

export function siblingModule(base: string, name: string): SiblingModule {
  const isTypeScript = new URL(base).pathname.endsWith(".ts");
  return { url: new URL(`./${name}${isTypeScript ? ".ts" : ".js"}`, base), isTypeScript };
}
