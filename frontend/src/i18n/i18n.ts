import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";

import account from "./fr/account.json";
import audit from "./fr/audit.json";
import candidacy from "./fr/candidacy.json";
import common from "./fr/common.json";
import enums from "./fr/enums.json";
import eventMeetings from "./fr/eventMeetings.json";
import events from "./fr/events.json";
import financing from "./fr/financing.json";
import home from "./fr/home.json";
import inbox from "./fr/inbox.json";
import method from "./fr/method.json";
import partners from "./fr/partners.json";
import planning from "./fr/planning.json";
import projects from "./fr/projects.json";
import sourcingRequests from "./fr/sourcingRequests.json";
import suppliers from "./fr/suppliers.json";
import supplyChain from "./fr/supplyChain.json";
import users from "./fr/users.json";

export const defaultNS = "common";

// French is the only language for now; the JSON files are bundled (no network request at start-up).
export const resources = {
  fr: {
    account,
    audit,
    candidacy,
    common,
    enums,
    eventMeetings,
    events,
    financing,
    home,
    inbox,
    method,
    partners,
    planning,
    projects,
    sourcingRequests,
    suppliers,
    supplyChain,
    users,
  },
} as const;

export function createI18n(): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: "fr",
    fallbackLng: "fr",
    supportedLngs: ["fr"],
    resources,
    ns: Object.keys(resources.fr),
    defaultNS,
    initAsync: false,
    returnNull: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return instance;
}
