import "i18next";

import type { defaultNS, resources } from "./i18n";

// Translation keys are typed: a missing key, or an enum value without a label, is a type error.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)["fr"];
    returnNull: false;
  }
}
