import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";

export interface CompanyContact {
  name: string;
  function: string;
  email: string;
  phone: string;
}

/** Whom to call at the company — on the « Entreprise » tab and in the candidacy drawer: the fields given,
 * e-mail and phone as links, « aucun contact » when nobody is named. */
export function CompanyContactFields({ contact, size }: { contact: CompanyContact; size?: "sm" }) {
  const { t } = useTranslation("projects");
  if (!contact.name.trim()) return <Text size={size}>{t("company.noContact")}</Text>;
  const email = contact.email.trim();
  const phone = contact.phone.trim();
  return (
    <FieldList
      items={[
        { term: t("company.contactName"), value: contact.name },
        ...(contact.function.trim() ? [{ term: t("company.contactFunction"), value: contact.function }] : []),
        ...(email
          ? [{ term: t("company.contactEmail"), value: <Anchor href={`mailto:${email}`}>{contact.email}</Anchor> }]
          : []),
        ...(phone
          ? [
              {
                term: t("company.contactPhone"),
                value: <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</Anchor>,
              },
            ]
          : []),
      ]}
    />
  );
}
