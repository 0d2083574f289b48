import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";

import { LoadingState } from "../components/LoadingState";
import { useAuth } from "../lib/auth/AuthContext";

import { PublicLayout } from "./layout/PublicLayout";

/** Protected routes: without a user (first visit, or a reload — tokens live in memory only), go to
 * the issuer, which comes straight back when its session is still open. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { session, user } = useAuth();
  const location = useLocation();
  const target = `${location.pathname}${location.search}${location.hash}`;

  useEffect(() => {
    if (user === null) void session.signIn(target);
  }, [user, session, target]);

  if (!user) {
    return (
      <PublicLayout>
        <LoadingState label={t("signIn.redirecting")} />
      </PublicLayout>
    );
  }
  return <Outlet />;
}
