import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { UsersQuery as UsersQueryData } from "../../graphql/generated/graphql";
import { regionsWhere } from "../../lib/capabilities";
import { formatDateTime } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { useViewer } from "../../lib/viewer";

import { InviteAgainModal } from "./InviteAgainModal";
import { InviteUserModal } from "./InviteUserModal";
import { RenameUserModal } from "./RenameUserModal";
import { UserActiveModal } from "./UserActiveModal";
import { hasUsersFilters, parseUsersSearch, serializeUsersSearch, type UsersSearch } from "./usersSearch";

export const USERS_PAGE_SIZE = 25;

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $role: Role, $region: String, $active: Boolean) {
    users(first: $first, after: $after, role: $role, region: $region, active: $active) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          role
          active
          invitationPending
          lastSignInAt
          region {
            id
            name
          }
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** The roles of the accounts the viewer manages (the API's `MANAGED_ROLES`), with what each needs (a region,
 * an organisation): what the invitation offers and asks. */
export const ManageableRolesQuery = graphql(`
  query ManageableRoles {
    viewer {
      manageableRoleInfos {
        role
        needsRegion
        needsOrganisation
        mayHaveOrganisation
      }
    }
  }
`);

/** The partner organisations the invitation form offers, read once it opens, for who may invite a partner. */
export const InviteOrganisationsQuery = graphql(`
  query InviteOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

export type ListedUser = UsersQueryData["users"]["edges"][number]["node"];

/** An account not open: invited and never opened (the API knows its pending invitation); or closed. */
export type AccountState = "active" | "invited" | "deactivated";

export function accountState(user: Pick<ListedUser, "active" | "invitationPending">): AccountState {
  if (user.active) return "active";
  return user.invitationPending ? "invited" : "deactivated";
}

type RowAction = "rename" | "inviteAgain" | "setActive";

const STATE_COLOR: Record<AccountState, string> = { active: "green", invited: "blue", deactivated: "gray" };
const ALL = "";

/** « Utilisateurs »: the accounts the viewer manages (every one for the operators, their region's advisers
 * for a regional admin — the API chooses), invited, deactivated and reactivated here. */
export function UsersPage() {
  const { t } = useTranslation(["users", "enums", "common"]);
  useDocumentTitle(t("title"));
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseUsersSearch(searchParams);
  const [inviting, setInviting] = useState(false);
  const [changing, setChanging] = useState<{ user: ListedUser; action: RowAction } | null>(null);

  const roles = useQuery(ManageableRolesQuery).data?.viewer?.manageableRoleInfos ?? [];
  const regions = regionsWhere(viewer, "MANAGE_USER");
  const cursors = useCursorStack(JSON.stringify(search));
  const list = useQuery(UsersQuery, {
    variables: {
      first: USERS_PAGE_SIZE,
      after: cursors.after,
      role: search.role,
      region: search.region,
      active: search.active,
    },
  });
  const users = (list.data ?? list.previousData)?.users;
  const organisations = useQuery(InviteOrganisationsQuery, {
    skip: !inviting || !roles.some((info) => info.needsOrganisation || info.mayHaveOrganisation),
  });

  const update = (change: Partial<UsersSearch>) =>
    setSearchParams(serializeUsersSearch({ ...search, ...change }), { replace: true });
  const activeValue = search.active === null ? ALL : search.active ? "oui" : "non";

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t("title")}</Title>
          <Text mt="xs">{t("intro")}</Text>
        </div>
        <Button onClick={() => setInviting(true)}>{t("invite.open")}</Button>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }} role="search" aria-label={t("filters.label")}>
        <NativeSelect
          label={t("filters.role")}
          value={search.role ?? ALL}
          onChange={(event) =>
            update({ role: roles.find((info) => info.role === event.currentTarget.value)?.role ?? null })
          }
          data={[
            { value: ALL, label: t("filters.anyRole") },
            ...roles.map(({ role }) => ({ value: role, label: t(`enums:role.${role}`) })),
          ]}
        />
        {regions.length > 1 && (
          <NativeSelect
            label={t("filters.region")}
            value={search.region ?? ALL}
            onChange={(event) => update({ region: event.currentTarget.value || null })}
            data={[
              { value: ALL, label: t("filters.anyRegion") },
              ...regions.map((region) => ({ value: region.slug, label: region.name })),
            ]}
          />
        )}
        <NativeSelect
          label={t("filters.active")}
          value={activeValue}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ active: value === ALL ? null : value === "oui" });
          }}
          data={[
            { value: ALL, label: t("filters.anyActive") },
            { value: "oui", label: t("filters.activeOnly") },
            { value: "non", label: t("filters.inactiveOnly") },
          ]}
        />
      </SimpleGrid>

      {list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => retryList(list.error, cursors, list.refetch)} />
      )}
      {list.loading && !users && <LoadingState />}

      {users && (
        <Stack gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Text fw={600} role="status">
              {t("count", { count: users.totalCount })}
            </Text>
            {list.loading && <Loader size="xs" aria-label={t("common:loading")} />}
          </Group>
          {users.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {hasUsersFilters(search) ? t("emptyFiltered") : t("empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={980}>
              <Table striped highlightOnHover aria-busy={list.loading}>
                <Table.Caption>
                  {cursors.page > 1 ? t("table.captionPage", { page: cursors.page }) : t("table.caption")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("table.name")}</Table.Th>
                    <Table.Th scope="col">{t("table.email")}</Table.Th>
                    <Table.Th scope="col">{t("table.role")}</Table.Th>
                    <Table.Th scope="col">{t("table.region")}</Table.Th>
                    <Table.Th scope="col">{t("table.organisation")}</Table.Th>
                    <Table.Th scope="col">{t("table.state")}</Table.Th>
                    <Table.Th scope="col">{t("table.lastSignIn")}</Table.Th>
                    <Table.Th scope="col">{t("table.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.edges.map(({ node: user }) => {
                    const state = accountState(user);
                    const isSelf = viewer.user?.id === user.id;
                    return (
                      <Table.Tr key={user.id}>
                        <Table.Th scope="row" fw={600}>
                          {user.displayName}
                        </Table.Th>
                        <Table.Td>{user.email}</Table.Td>
                        <Table.Td>{t(`enums:role.${user.role}`)}</Table.Td>
                        <Table.Td>{user.region?.name ?? t("table.noRegion")}</Table.Td>
                        <Table.Td>{user.organisation?.name ?? t("table.noOrganisation")}</Table.Td>
                        <Table.Td>
                          <Badge color={STATE_COLOR[state]} variant="light" tt="none" miw="max-content">
                            {t(`state.${state}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("table.neverSignedIn")}
                        </Table.Td>
                        <Table.Td>
                          <Menu position="bottom-end" shadow="md">
                            <Menu.Target>
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t("rowMenu.open", { name: user.displayName })}
                              >
                                {t("rowMenu.label")}
                              </Button>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item onClick={() => setChanging({ user, action: "rename" })}>
                                {t("rename.open")}
                              </Menu.Item>
                              {state === "invited" && (
                                <Menu.Item onClick={() => setChanging({ user, action: "inviteAgain" })}>
                                  {t("inviteAgain.open")}
                                </Menu.Item>
                              )}
                              {/* Nobody closes their own account here (the API refuses it too). */}
                              {!isSelf && state !== "invited" && (
                                <Menu.Item
                                  color={state === "active" ? "red" : undefined}
                                  onClick={() => setChanging({ user, action: "setActive" })}
                                >
                                  {t(state === "active" ? "deactivate.open" : "reactivate.open")}
                                </Menu.Item>
                              )}
                            </Menu.Dropdown>
                          </Menu>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationControls connection={users} pageSize={USERS_PAGE_SIZE} cursors={cursors} disabled={list.loading} />
        </Stack>
      )}

      {inviting && (
        <InviteUserModal
          roles={roles}
          regions={regions}
          organisations={{
            loading: organisations.loading,
            error: organisations.error,
            list: (organisations.data?.organisations.edges ?? []).map((edge) => edge.node),
          }}
          onClose={() => setInviting(false)}
        />
      )}
      {changing?.action === "rename" && <RenameUserModal user={changing.user} onClose={() => setChanging(null)} />}
      {changing?.action === "inviteAgain" && (
        <InviteAgainModal user={changing.user} onClose={() => setChanging(null)} />
      )}
      {changing?.action === "setActive" && <UserActiveModal user={changing.user} onClose={() => setChanging(null)} />}
    </Stack>
  );
}
