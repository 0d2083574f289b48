// @ts-check

import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import importPlugin from "eslint-plugin-import";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readdirSync } from "node:fs";
import tseslint from "typescript-eslint";

// One-way imports (STYLE 12): src/app → src/features/<domain> → src/components | src/lib | src/i18n
// | src/graphql. A feature never imports another feature; nothing below app imports app.
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other: move what they share to src/components or src/lib.",
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the app; the app composes features.",
  },
  {
    target: ["./src/components", "./src/lib", "./src/i18n", "./src/graphql", "./src/theme.ts"],
    from: ["./src/features", "./src/app"],
    message: "Shared code does not depend on features or on the app.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "src/graphql/generated/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  importPlugin.flatConfigs.recommended,
  importPlugin.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { project: ["./tsconfig.json", "./tsconfig.node.json"], tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      // Relative imports only (no path aliases): the node resolver finds them; TypeScript checks the rest.
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      // tsc resolves every import (package "exports" maps included, which the node resolver cannot read).
      "import/no-unresolved": "off",
      "import/no-cycle": "error",
      "import/no-duplicates": "error",
      // Route components and hooks are named exports; default exports only where tools ask for them.
      "import/no-default-export": "error",
      "import/order": [
        "error",
        {
          groups: [
            ["builtin", "external"],
            ["internal", "parent"],
            ["sibling", "index"],
          ],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // No barrel files: import the module that defines the thing.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(index)$|^\\.{1,2}$|/graphql/generated$",
              message: "No barrel files: import the module that defines the thing.",
            },
          ],
        },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: globals.browser },
  },
  // Every word the user reads comes from src/i18n/fr/*.json.
  {
    files: ["src/**/*.tsx"],
    ignores: ["src/**/*.test.tsx", "src/test/**"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", { mode: "jsx-text-only" }] },
  },
  {
    files: ["*.config.{js,ts}", "codegen.ts", "eslint.config.js", "vite.config.ts"],
    languageOptions: { globals: globals.node },
    rules: { "import/no-default-export": "off", "import/no-named-as-default-member": "off" },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/**/*.test.{ts,tsx}", "src/test/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
