// Lint rules that guard the project's contracts (ADR 8): no synchronous I/O in the server
// (it would stall every request of the process), no `any` in hand-written code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
);
