// @ts-check

import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import importPlugin from "eslint-plugin-import";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readdirSync } from "node:fs";
import tseslint from "typescript-eslint";

// One-way imports (README, « Rules »): src/app → src/features/<domain> → src/components | src/lib | src/i18n
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

// No barrel files: import the module that defines the thing.
const barrelPatterns = [
  {
    regex: "(^|/)(index)$|^\\.{1,2}$|/graphql/generated$",
    message: "No barrel files: import the module that defines the thing.",
  },
];

// Who queries (README, « Queries »): route components query what they render first (`*Page.tsx`, the
// shell); the components below fetch their own secondary data on demand — a tab opened later, a dialog,
// a header badge — which the page would otherwise fetch for nothing. Anywhere else, a component declares
// its needs as a fragment. A new entry here is a decision to review, not a way around the rule.
const QUERYING_COMPONENTS = [
  "src/**/*Page.tsx",
  "src/app/layout/AppLayout.tsx",
  // The event organisers' tabs: the jury polled while it scores, the projects and partners to choose from
  // read when « Pitchs » or a prize's dialog opens.
  "src/features/events/manage/JuryTab.tsx",
  "src/features/events/manage/withJuryEvent.tsx",
  "src/features/events/manage/PitchesTab.tsx",
  "src/features/events/manage/PrizesTab.tsx",
  // « Historique »: the trail, read when its tab opens, and only by who may read it.
  "src/features/projects/HistorySection.tsx",
  // « Partage »: the grants, the dialogs' choices and the access log, read when the tab opens (and again
  // each time: a partner may have read the project since), and only by who may read them.
  "src/features/projects/SharingTab.tsx",
  "src/features/projects/AccessLogSection.tsx",
  // Partners' questions to the adviser: read only by who may (the region's team when « Commentaires »
  // opens, a partner on the project's page), so the page's query stays the same for everyone else.
  "src/features/projects/PartnerQuestions.tsx",
  // « Étude de marché »: the study and its interviews, read when the tab opens.
  "src/features/projects/MarketStudySection.tsx",
  // « Équipe »: the student team, from the study's query (shared with « Étude de marché » by the cache).
  "src/features/projects/TeamTab.tsx",
  // « Chaîne d'approvisionnement »: another feature's tab on the project page (lib/projectSlots.ts).
  "src/features/supplyChain/SupplyChainTab.tsx",
  // The default stages, read only when an empty chain is being edited.
  "src/features/supplyChain/StagesEditor.tsx",
  // « Financement »: another feature's tab on the project page (lib/projectSlots.ts), read when it opens.
  "src/features/financing/FinancingTab.tsx",
  // An event's organisers' tab « Programme »: each tab of « Gestion » reads what it shows (eventTabs.ts).
  "src/features/events/manage/ProgrammeTab.tsx",
  // The header's unread count, polled while the tab is visible.
  "src/features/inbox/InboxButton.tsx",
  // The regions to ask, read when the dialog opens.
  "src/features/sourcingRequests/PostSourcingRequestButton.tsx",
  // The answering region's directory, searched when « Répondre » opens the answer.
  "src/features/sourcingRequests/AnswerSupplierSearch.tsx",
  // What SIRENE proposes for the company, read when « Modifier la fiche » opens the form.
  "src/features/projects/CompanyEditForm.tsx",
  // The organisers' event tabs: each reads its own part of the event when it opens (`manage/eventTabs.ts`).
  "src/features/events/manage/RegistrationsTab.tsx",
  "src/features/events/manage/CheckInTab.tsx",
  // The event's organiser tabs (« Hackathon », « Rendez-vous »…): each reads its own data when it opens.
  "src/features/events/manage/*Tab.tsx",
];

const queryHooks = {
  name: "@apollo/client/react",
  importNames: [
    "useQuery",
    "useLazyQuery",
    "useSuspenseQuery",
    "useBackgroundQuery",
    "useLoadableQuery",
    "useReadQuery",
    "useApolloClient",
  ],
  message:
    "Only route components and the on-demand components listed in eslint.config.js query (README, « Queries »); " +
    "declare what this component needs as a fragment.",
};

// The SPA reads what the API lets the viewer do (`lib/capabilities.ts`), never the role: comparing anything
// to a role's name is how the access matrix used to be copied here.
const ROLE_NAME = "/^(ADVISER|REGIONAL_ADMIN|NATIONAL|PARTNER|JUROR|PLATFORM_ADMIN)$/";
const roleDecision =
  "Decide from the API's capabilities (lib/capabilities.ts, `can`) or a per-object `viewerCan…` field, never from the role.";
const noRoleDecisions = [
  { selector: `BinaryExpression[right.type='Literal'][right.value=${ROLE_NAME}]`, message: roleDecision },
  { selector: `BinaryExpression[left.type='Literal'][left.value=${ROLE_NAME}]`, message: roleDecision },
  { selector: `SwitchCase > Literal.test[value=${ROLE_NAME}]`, message: roleDecision },
  { selector: `CallExpression[callee.property.name='includes'] > Literal[value=${ROLE_NAME}]`, message: roleDecision },
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
      // Import cycles are found by dpdm in `npm run lint` (6 s where import/no-cycle took three minutes).
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
      "no-restricted-imports": ["error", { patterns: barrelPatterns, paths: [queryHooks] }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/test/**", "src/**/*Fixtures.ts"],
    rules: { "no-restricted-syntax": ["error", ...noRoleDecisions] },
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
  // Route components, the on-demand components and the tests may query.
  {
    files: [...QUERYING_COMPONENTS, "src/**/*.test.{ts,tsx}", "src/test/**"],
    rules: { "no-restricted-imports": ["error", { patterns: barrelPatterns }] },
  },
  {
    files: ["src/**/*.test.{ts,tsx}", "src/test/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
