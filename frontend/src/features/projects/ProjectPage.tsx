import { useQuery } from "@apollo/client/react";
import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectCommentsQuery as ProjectCommentsData } from "../../graphql/generated/graphql";
import { can, onlyAttached } from "../../lib/capabilities";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { ProjectSlotsContext } from "../../lib/projectSlots";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { AssignAdviserModal } from "./AssignAdviserModal";
import { CommentsTab, type PostedComment } from "./CommentsTab";
import { CompanyTab } from "./CompanyTab";
import { DocumentsTab } from "./DocumentsTab";
import { HistorySection } from "./HistorySection";
import { MarketStudySection } from "./MarketStudySection";
import { PartnerQuestions } from "./PartnerQuestions";
import { ProductsTab } from "./ProductsTab";
import { ProjectAwards } from "./ProjectAwards";
import { ProjectDetails } from "./ProjectDetails";
import { ProjectEditForm } from "./ProjectEditForm";
import { ProjectJourney } from "./ProjectJourney";
import { ProjectMilestones } from "./ProjectMilestones";
import { ProjectNextSteps } from "./ProjectNextSteps";
import { type ProjectTab, TAB_LABEL_KEYS, TAB_PARAM, availableTabs, landingTab, tabFromSearch } from "./projectTabs";
import tabClasses from "./ProjectTabs.module.css";
import { SharingTab } from "./SharingTab";
import { TeamTab } from "./TeamTab";
import { ViewerGrantNotice } from "./ViewerGrantNotice";

export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        name
        access
        viewerCanEdit
        viewerCanAssignAdviser
        version
        status
        adviser {
          id
          displayName
        }
        # The header's « Prochaine échéance »; null on a summary card or when every milestone is done.
        nextMilestone {
          id
          title
          dueDate
          status
        }
        # Null for who may not read them: the « Commentaires » and « Jalons » tabs are then left out (a
        # person of another region named in the thread reads it, the rest staying a summary card).
        comments(first: 1) {
          totalCount
        }
        milestones(first: 1) {
          totalCount
        }
        # Whose trail « Historique » reads: shown to those who may read this region's.
        region {
          id
          slug
        }
        cohort {
          id
          name
        }
        # Null for who may not see them: the « Documents » tab is then left out.
        documents {
          id
        }
        # Null for who may not read it: the « Étude de marché » tab is then left out.
        marketStudy {
          interviewCount
        }
        ...ProjectDetails_project
        ...ProjectAwards_project
        # A partner's own grant (null for the others): the header's notice.
        ...ViewerGrantNotice_project
        ...ProjectEditForm_project
        ...ProjectJourney_project
        ...CompanyTab_project
        ...TeamTab_project
        ...ProductsTab_project
        # Null on a summary card: the « Équipe » tab is then left out.
        products {
          name
        }
        team {
          name
        }
        # Null for who may not read them: the « Partage » tab is then left out (or shows only one of them).
        grants(first: 1) {
          totalCount
        }
        accessLog(first: 1) {
          totalCount
        }
        # Asked without reading them (a partner's reads are logged): the « Chaîne d'approvisionnement » and
        # « Financement » tabs.
        viewerCanReadSupplyChain
        viewerCanReadFinancing
      }
    }
  }
`);

/** Read when « Documents » opens, and again while it is open: download links live a few minutes. */
export const ProjectDocumentsQuery = graphql(`
  query ProjectDocuments($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        ...DocumentsTab_project
      }
    }
  }
`);

export const COMMENTS_PAGE_SIZE = 50;

export const ProjectCommentsQuery = graphql(`
  query ProjectComments($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        comments(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              ...CommentsTab_comment
            }
          }
        }
      }
    }
  }
`);

/** Read when « Jalons » opens. */
export const ProjectMilestonesQuery = graphql(`
  query ProjectMilestones($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        ...ProjectMilestones_project
      }
    }
  }
`);

/** Whom the project may be given to: its region's active advisers, read when the dialog opens. */
export const AssignableAdvisersQuery = graphql(`
  query AssignableAdvisers($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        region {
          id
          assignableAdvisers(first: 100) {
            edges {
              node {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`);

/** Whom a comment may name: the advisers of every region. */
export const MentionableAdvisersQuery = graphql(`
  query MentionableAdvisers {
    regions {
      edges {
        node {
          id
          ...CommentsTab_region
        }
      }
    }
  }
`);

/** Download links live 5 minutes by default (`documents_download_expiry_seconds`): refreshed before. */
const DOWNLOAD_LINKS_REFRESH_MS = 4 * 60 * 1000;

type CommentsConnection = NonNullable<Extract<ProjectCommentsData["node"], { __typename: "Project" }>["comments"]>;

function withComments(data: ProjectCommentsData, change: (comments: CommentsConnection) => CommentsConnection) {
  if (data.node?.__typename !== "Project" || !data.node.comments) return data;
  return { ...data, node: { ...data.node, comments: change(data.node.comments) } };
}

/** The next page of the thread after the ones loaded (oldest first), each comment once. */
export function appendCommentPage(previous: ProjectCommentsData, next: ProjectCommentsData): ProjectCommentsData {
  const page = next.node?.__typename === "Project" ? next.node.comments : null;
  if (!page) return previous;
  return withComments(previous, (loaded) => {
    const seen = new Set(loaded.edges.map((edge) => edge.node.id));
    return { ...page, edges: [...loaded.edges, ...page.edges.filter((edge) => !seen.has(edge.node.id))] };
  });
}

/** A comment deleted: off the thread loaded, and out of the count. */
export function removeComment(previous: ProjectCommentsData, commentId: string): ProjectCommentsData {
  return withComments(previous, (loaded) => {
    const edges = loaded.edges.filter((edge) => edge.node.id !== commentId);
    return { ...loaded, edges, totalCount: Math.max(0, loaded.totalCount - (loaded.edges.length - edges.length)) };
  });
}

/** A comment just added: the newest, so last — shown at once when the thread is loaded to its end;
 * otherwise it waits for its page (only the count moves). */
export function appendPostedComment(previous: ProjectCommentsData, comment: PostedComment): ProjectCommentsData {
  return withComments(previous, (loaded) => {
    if (loaded.pageInfo.hasNextPage) return { ...loaded, totalCount: loaded.totalCount + 1 };
    if (loaded.edges.some((edge) => edge.node.id === comment.id)) return loaded;
    return {
      ...loaded,
      totalCount: loaded.totalCount + 1,
      edges: [...loaded.edges, { __typename: "ProjectCommentEdge" as const, node: comment }],
    };
  });
}

export function ProjectPage() {
  const { t } = useTranslation("projects");
  const { projectId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ProjectPageQuery, { variables: { id: projectId } });
  // Provided by the app (features/supplyChain): the tab is left out without it.
  const { supplyChain: SupplyChainPanel, financing: FinancingPanel } = useContext(ProjectSlotsContext);
  const project = data?.node?.__typename === "Project" ? data.node : null;
  const notFound = !!data && !project;
  useDocumentTitle(project ? project.name : notFound ? t("detail.notFoundTitle") : null);

  const tabs = project
    ? availableTabs({
        access: project.access,
        historyVisible: can(viewer, "VIEW_AUDIT", { region: project.region.slug }),
        documentsVisible: project.documents != null,
        teamVisible: project.products != null && project.team != null,
        productsVisible: project.products != null,
        supplyChainVisible: project.viewerCanReadSupplyChain && SupplyChainPanel != null,
        financingVisible: project.viewerCanReadFinancing && FinancingPanel != null,
        commentsVisible: project.comments != null,
        milestonesVisible: project.milestones != null,
        marketStudyVisible: project.marketStudy != null,
        sharingVisible: project.grants != null || project.accessLog != null,
        attachedReader: onlyAttached(viewer, "VIEW_PROJECT_SUMMARY"),
      })
    : [];
  const landing = project ? landingTab(project.access, tabs) : null;
  const tab = tabFromSearch(search.get(TAB_PARAM), tabs, landing ?? undefined);

  // A tab is rendered from its first opening on, then kept (hidden) when another one opens: an upload
  // goes on, a comment being written stays. Tabs never opened cost no request.
  const [visited, setVisited] = useState<ReadonlySet<ProjectTab>>(() => new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));

  const documents = useQuery(ProjectDocumentsQuery, {
    variables: { id: projectId },
    skip: !tabs.includes("documents") || !visited.has("documents"),
    fetchPolicy: "cache-and-network",
    pollInterval: tab === "documents" ? DOWNLOAD_LINKS_REFRESH_MS : 0,
  });
  const comments = useQuery(ProjectCommentsQuery, {
    variables: { id: projectId, first: COMMENTS_PAGE_SIZE },
    skip: !tabs.includes("commentaires") || !visited.has("commentaires"),
  });
  // Who writes in the thread: the project's region team (`viewerCanEdit`), a person of another region the
  // thread names (the API then gives a summary card with its comments), its coach and experts (who read
  // the thread only of the projects they are attached to).
  const canComment =
    !!project &&
    project.comments != null &&
    (project.viewerCanEdit ||
      (project.access === "SUMMARY" && can(viewer, "COMMENT_PROJECT")) ||
      can(viewer, "COMMENT_PROJECT", "attached"));
  // The people a comment may name are read from the directory of advisers, closed to coaches and experts.
  const advisers = useQuery(MentionableAdvisersQuery, {
    skip: !canComment || !can(viewer, "VIEW_USER") || !tabs.includes("commentaires") || !visited.has("commentaires"),
  });
  const milestones = useQuery(ProjectMilestonesQuery, {
    variables: { id: projectId },
    skip: !tabs.includes("jalons") || !visited.has("jalons"),
  });
  const [assigning, setAssigning] = useState(false);
  const assignable = useQuery(AssignableAdvisersQuery, {
    variables: { id: projectId },
    skip: !assigning,
    fetchPolicy: "cache-and-network",
  });
  const [moreComments, setMoreComments] = useState<{ loading: boolean; error: unknown }>({
    loading: false,
    error: null,
  });

  // Back on « Documents » after a while elsewhere: its download links may have expired.
  const refetchDocuments = documents.refetch;
  const documentsLoaded = !!documents.data;
  const previousTab = useRef(tab);
  useEffect(() => {
    if (tab === "documents" && previousTab.current !== "documents" && documentsLoaded) void refetchDocuments();
    previousTab.current = tab;
  }, [tab, documentsLoaded, refetchDocuments]);

  // Those attached to projects find theirs on their home page, not in the projects' list.
  const back = !onlyAttached(viewer, "VIEW_PROJECT_SUMMARY") ? (
    <Anchor component={Link} to={routes.projects()}>
      {t("detail.back")}
    </Anchor>
  ) : (
    <Anchor component={Link} to={routes.home()}>
      {t("detail.backHome")}
    </Anchor>
  );

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;

  if (!project) {
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("detail.notFoundTitle")}</Title>
        <Text>{t("detail.notFoundBody")}</Text>
        {back}
      </Stack>
    );
  }

  const reload = () => refetch({ id: projectId });
  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(search);
    if (!value || value === landing) next.delete(TAB_PARAM);
    else next.set(TAB_PARAM, value);
    setSearch(next, { replace: true });
  };

  const documentsProject = documents.data?.node?.__typename === "Project" ? documents.data.node : null;
  const thread = comments.data?.node?.__typename === "Project" ? comments.data.node.comments : null;
  const endCursor = thread?.pageInfo.endCursor ?? null;
  const loadMoreComments = async () => {
    setMoreComments({ loading: true, error: null });
    try {
      await comments.fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => appendCommentPage(previous, fetchMoreResult),
      });
      setMoreComments({ loading: false, error: null });
    } catch (failure) {
      setMoreComments({ loading: false, error: failure });
    }
  };

  const milestonesProject = milestones.data?.node?.__typename === "Project" ? milestones.data.node : null;
  const assignableProject = assignable.data?.node?.__typename === "Project" ? assignable.data.node : null;
  const openAssign = project.viewerCanAssignAdviser ? () => setAssigning(true) : undefined;

  const panels: Record<ProjectTab, () => ReactNode> = {
    synthese: () => (
      <Stack gap="lg">
        {project.status === "SELECTED" && (
          <ProjectNextSteps
            hasAdviser={project.adviser != null}
            inCohort={project.cohort != null}
            onAssignAdviser={openAssign}
            canAddToCohort={can(viewer, "MANAGE_COHORT", { region: project.region.slug })}
            region={project.region.slug}
          />
        )}
        <ProjectDetails project={project} onAssignAdviser={openAssign} />
        <ProjectAwards project={project} />
        <ProjectJourney project={project} onReload={reload} />
        {project.viewerCanEdit && <ProjectEditForm project={project} onReload={reload} />}
      </Stack>
    ),
    entreprise: () => <CompanyTab project={project} onReload={reload} />,
    jalons: () => {
      if (milestones.error && !milestonesProject) {
        return <QueryErrorAlert error={milestones.error} onRetry={() => void milestones.refetch()} />;
      }
      if (!milestonesProject) return <LoadingState />;
      return <ProjectMilestones project={milestonesProject} />;
    },
    equipe: () => <TeamTab project={project} onReload={reload} />,
    produits: () => <ProductsTab project={project} onReload={reload} />,
    "etude-de-marche": () => (
      <MarketStudySection projectId={project.id} canRecord={can(viewer, "EDIT_MARKET_STUDY", "attached")} />
    ),
    "chaine-approvisionnement": () => (SupplyChainPanel ? <SupplyChainPanel projectId={project.id} /> : null),
    financement: () => (FinancingPanel ? <FinancingPanel projectId={project.id} /> : null),
    documents: () => {
      if (documents.error && !documentsProject) {
        return <QueryErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />;
      }
      if (!documentsProject) return <LoadingState />;
      return (
        <DocumentsTab
          project={documentsProject}
          canUpload={can(viewer, "UPLOAD_PROJECT_DOCUMENT", "attached")}
          onReload={() => documents.refetch()}
        />
      );
    },
    commentaires: () => {
      if (comments.error && !thread) {
        return <QueryErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />;
      }
      if (!thread) return comments.loading ? <LoadingState /> : null;
      return (
        <Stack gap="md">
          <CommentsTab
            projectId={project.id}
            comments={thread.edges.map((edge) => edge.node)}
            totalCount={thread.totalCount}
            hasMore={thread.pageInfo.hasNextPage}
            loadingMore={moreComments.loading}
            onLoadMore={() => void loadMoreComments()}
            canComment={canComment}
            regions={advisers.data ? advisers.data.regions.edges.map((edge) => edge.node) : null}
            regionsError={advisers.error}
            onPosted={(comment) =>
              comments.updateQuery((_, { previousData, complete }) =>
                complete ? appendPostedComment(previousData, comment) : undefined,
              )
            }
            onDeleted={(commentId) =>
              comments.updateQuery((_, { previousData, complete }) =>
                complete ? removeComment(previousData, commentId) : undefined,
              )
            }
          />
          {moreComments.error != null && <QueryErrorAlert error={moreComments.error} />}
          {can(viewer, "VIEW_PARTNER_QUESTIONS", { region: project.region.slug }) && (
            <PartnerQuestions
              projectId={project.id}
              mode="team"
              canAnswer={can(viewer, "ANSWER_PROJECT_QUESTION", { region: project.region.slug })}
            />
          )}
        </Stack>
      );
    },
    partage: () => (
      <SharingTab
        project={project}
        grantsVisible={project.grants != null}
        accessLogVisible={project.accessLog != null}
      />
    ),
    historique: () => <HistorySection projectId={project.id} region={project.region.slug} />,
  };

  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{project.name}</Title>
        {project.cohort && (
          <Text mt="xs">
            {t("detail.cohort")}{" "}
            {can(viewer, "VIEW_COHORT") ? (
              <Anchor component={Link} to={routes.cohort(project.cohort.id)}>
                {project.cohort.name}
              </Anchor>
            ) : (
              project.cohort.name
            )}
          </Text>
        )}
        {project.nextMilestone?.dueDate && (
          <Group gap="xs" mt="xs">
            <Text>
              {t("detail.nextMilestone", {
                title: project.nextMilestone.title,
                date: formatLongDate(project.nextMilestone.dueDate) ?? project.nextMilestone.dueDate,
              })}
            </Text>
            {project.nextMilestone.status === "LATE" && (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {t("detail.nextMilestoneLate")}
              </Badge>
            )}
          </Group>
        )}
      </div>
      <ViewerGrantNotice project={project} />
      {/* A partner reads a project only through its organisation's grant: it may ask the adviser. */}
      {can(viewer, "ASK_PROJECT_QUESTION", "shared") && <PartnerQuestions projectId={project.id} mode="partner" />}
      {error && <QueryErrorAlert error={error} />}
      {/* One line that scrolls sideways on a phone, wrapped on a laptop (ProjectTabs.module.css). */}
      <Tabs value={tab} onChange={selectTab} classNames={{ list: tabClasses.list, tab: tabClasses.tab }}>
        <Tabs.List aria-label={t("tabs.label")}>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(TAB_LABEL_KEYS[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((value) => (
          <Tabs.Panel key={value} value={value} pt="lg">
            {visited.has(value) && panels[value]()}
          </Tabs.Panel>
        ))}
      </Tabs>
      {project.viewerCanAssignAdviser && (
        <AssignAdviserModal
          opened={assigning}
          onClose={() => setAssigning(false)}
          project={project}
          advisers={
            assignableProject ? assignableProject.region.assignableAdvisers.edges.map((edge) => edge.node) : null
          }
          advisersError={assignable.error}
          onReload={reload}
        />
      )}
    </Stack>
  );
}
