import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { OrganisationKind } from "../../graphql/generated/graphql";

/** Only http(s) links are rendered as links (the value comes from data, not from us). */
export function safeWebsite(website: string | null | undefined): URL | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** The header cells of what every list of organisations shows: name, kind, website. */
export function OrganisationColumns() {
  const { t } = useTranslation("partners");
  return (
    <>
      <Table.Th scope="col">{t("columns.name")}</Table.Th>
      <Table.Th scope="col">{t("columns.kind")}</Table.Th>
      <Table.Th scope="col">{t("columns.website")}</Table.Th>
    </>
  );
}

/** An organisation's name (the row's header), kind and website, as `OrganisationColumns` announces them. */
export function OrganisationCells({
  organisation,
}: {
  organisation: { name: string; kind: OrganisationKind; website?: string | null };
}) {
  const { t } = useTranslation(["partners", "enums"]);
  const website = safeWebsite(organisation.website);
  return (
    <>
      <Table.Th scope="row" fw={600}>
        {organisation.name}
      </Table.Th>
      <Table.Td>{t(`enums:organisationKind.${organisation.kind}`)}</Table.Td>
      <Table.Td>
        {website ? (
          <Anchor href={website.href} target="_blank" rel="noopener noreferrer">
            {t("websiteLink", { host: website.host })}
          </Anchor>
        ) : (
          t("noWebsite")
        )}
      </Table.Td>
    </>
  );
}
