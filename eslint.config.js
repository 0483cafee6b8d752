// Lint rules that guard the project's contracts (ADR 8): no synchronous I/O in the server
// (it would stall every request of the process), no `any` in hand-written code; and the layers of
// ADR 1 (issue 17): no import cycle in src/, nothing below src/runtime imports it, and the domain
// imports nothing of the API layer.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** Everything the process runtime (src/runtime) builds on; only src/main.ts and src/cli/ stand above it. */
const BELOW_RUNTIME = [
  "src/auth/**/*.ts",
  "src/authz/**/*.ts",
  "src/db/**/*.ts",
  "src/domain/**/*.ts",
  "src/errors/**/*.ts",
  "src/loaders/**/*.ts",
  "src/resolvers/**/*.ts",
  "src/schema/**/*.ts",
  "src/server/**/*.ts",
  "src/storage/**/*.ts",
  "src/tracing/**/*.ts",
  "src/config.ts",
  "src/context.ts",
  "src/defaultQueryLimits.ts",
  "src/logger.ts",
];

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "clients/**/generated/", "clients/*/src/gql/", "dist/", ".data/", ".bench-peer/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      // fs.readFileSync, child_process.execSync, zlib.gzipSync, crypto.pbkdf2Sync, ...
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/Sync$/], CallExpression[callee.name=/Sync$/]",
          message: "Synchronous calls block the event loop; use the asynchronous API.",
        },
        {
          selector: "ImportSpecifier[imported.name=/Sync$/]",
          message: "Synchronous APIs block the event loop; import the asynchronous one.",
        },
      ],
    },
  },
  {
    // Import cycles (type-only imports excluded: they vanish at run time). `npm run check:cycles`
    // (madge) reads the same graph from the outside.
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  {
    // src/runtime is the top layer (process, cluster, signals, executor threads, embedded
    // database): what it runs takes hooks and inputs, never imports it.
    files: BELOW_RUNTIME,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.?/(.*/)?runtime(/|\\.js$|$)",
              message: "src/runtime is the top layer: below it, take what it provides as a parameter or hook (e.g. server/graphqlOffload.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain knows nothing of the API layer or the process: business rules usable by the CLI,
    // the imports and every route without a GraphQL context (issue 17).
    files: ["src/domain/**/*.ts"],
    plugins: { "import-x": importX },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/domain",
              // (src/runtime too: an error for every layer below it, by "no-restricted-imports" above)
              from: ["./src/generated/graphql.ts", "./src/resolvers", "./src/schema", "./src/server", "./src/context.ts", "./src/errors", "./src/loaders"],
              message:
                "The domain imports nothing above it: not the API layer (generated GraphQL types, resolvers, schema, server, request context, API errors) nor the request's loaders, which call the domain.",
            },
          ],
        },
      ],
      // The packages of the API layer (a rule of its own: "no-restricted-imports" above guards the runtime).
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "graphql", message: "The domain knows nothing of GraphQL: scalars and errors for the API live in src/schema and src/resolvers." },
            { name: "express", message: "The domain knows nothing of HTTP." },
          ],
          patterns: [{ group: ["graphql/*", "@apollo/*"], message: "The domain knows nothing of GraphQL or Apollo." }],
        },
      ],
    },
  },
);
