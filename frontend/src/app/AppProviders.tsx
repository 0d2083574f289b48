import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { i18n } from "i18next";
import { type ReactNode, useMemo } from "react";
import { I18nextProvider } from "react-i18next";

import { FinancingTab } from "../features/financing/FinancingTab";
import { PostSourcingRequestButton } from "../features/sourcingRequests/PostSourcingRequestButton";
import { SupplyChainTab } from "../features/supplyChain/SupplyChainTab";
import { AuditVocabulariesContext } from "../lib/auditTrail";
import { AuthProvider } from "../lib/auth/AuthContext";
import type { AuthSession } from "../lib/auth/session";
import { type ProjectSlots, ProjectSlotsContext } from "../lib/projectSlots";
import { cssVariablesResolver, localizedTheme } from "../theme";

import { AUDIT_VOCABULARIES } from "./auditVocabularies";

/** Theme and translations (the features' words for the audit trail included): all a page needs to
 * render, even before the configuration is known. */
export function BaseProviders({
  i18n,
  children,
  env = "default",
}: {
  i18n: i18n;
  children: ReactNode;
  /** "test" turns transitions and portals off (unit tests). */
  env?: "default" | "test";
}) {
  const theme = useMemo(() => localizedTheme({ close: i18n.t("common:close") }), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
        <Notifications position="top-right" />
        <AuditVocabulariesContext value={AUDIT_VOCABULARIES}>{children}</AuditVocabulariesContext>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** What the project page shows from other features (they do not import each other). */
const PROJECT_SLOTS: ProjectSlots = {
  supplyChain: SupplyChainTab,
  financing: FinancingTab,
  stageSourcingRequest: PostSourcingRequestButton,
};

interface Props {
  i18n: i18n;
  session: AuthSession;
  client: ApolloClient;
  children: ReactNode;
}

export function AppProviders({ i18n, session, client, children }: Props) {
  return (
    <BaseProviders i18n={i18n}>
      <AuthProvider session={session}>
        <ApolloProvider client={client}>
          <ProjectSlotsContext value={PROJECT_SLOTS}>{children}</ProjectSlotsContext>
        </ApolloProvider>
      </AuthProvider>
    </BaseProviders>
  );
}
