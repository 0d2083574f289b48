import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is the backend's committed artifact; the generated code is committed too, so that a
// schema change shows up as a type error (`npm run lint`) and a stale output as `codegen:check` failing.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/generated/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "useFragment" },
      },
      config: {
        enumType: "const",
        useTypeImports: true,
        // JSON: before/after values of the audit trail, shown as they come.
        scalars: { Date: "string", DateTime: "string", ID: "string", JSON: "Record<string, unknown>" },
        strictScalars: true,
        skipTypeNameForRoot: true,
      },
    },
    "src/graphql/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
