// `node --import ./tests/support/noTypeScriptLoader.mjs dist/main.js`: makes the process fail on
// any attempt to load tsx or a .ts module, so a test proves the compiled build needs neither.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (/^tsx(\\/|$)/.test(specifier) || /\\.[cm]?ts$/.test(specifier)) {
    throw new Error("TypeScript loaded at run time: " + specifier);
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
