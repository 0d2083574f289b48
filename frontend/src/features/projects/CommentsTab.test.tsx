import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { formatDateTime } from "../../lib/dates";
import { regionIdf } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AddProjectCommentMutation, DeleteProjectCommentMutation, EditProjectCommentMutation } from "./CommentsTab";
import { advisersByRegion, comment, commentsConnection, pageData, pageProject } from "./projectFixtures";
import {
  COMMENTS_PAGE_SIZE,
  MentionableAdvisersQuery,
  ProjectCommentsQuery,
  ProjectPage,
  ProjectPageQuery,
} from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6NA";
const LEA = "VXNlcjoy";
const CAMILLE = "VXNlcjox";
const MATHIS = "VXNlcjoz";

function projectNode(comments: ReturnType<typeof commentsConnection>) {
  return { __typename: "Project", id: ID, comments };
}

function mocks(options: {
  comments?: ReturnType<typeof commentsConnection>;
  project?: Record<string, unknown>;
  extra?: MockLink.MockedResponse[];
}): MockLink.MockedResponse[] {
  return [
    {
      request: { query: ProjectPageQuery, variables: { id: ID } },
      result: { data: pageData(pageProject({ id: ID, ...options.project })) },
      maxUsageCount: 9,
    },
    {
      request: { query: ProjectCommentsQuery, variables: { id: ID, first: COMMENTS_PAGE_SIZE } },
      result: { data: { node: projectNode(options.comments ?? commentsConnection([])) } },
      maxUsageCount: 9,
    },
    { request: { query: MentionableAdvisersQuery }, result: { data: advisersByRegion() }, maxUsageCount: 9 },
    ...(options.extra ?? []),
  ];
}

function addMock(inputs: unknown[], payload: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: AddProjectCommentMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: { addProjectComment: payload } };
    },
  };
}

function renderTab(list: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}?onglet=commentaires`,
    path: "/projets/:projectId",
    mocks: list,
  });
}

/** The textarea, once the advisers are loaded (the list opens only then). */
async function field() {
  const textarea = await screen.findByRole("textbox", { name: /Votre commentaire/ });
  return textarea;
}

describe("Comments tab", () => {
  it("shows the thread oldest first, with the people named highlighted", async () => {
    renderTab(
      mocks({
        comments: commentsConnection([
          comment("Q29tbWVudDox", "Premier échange avec l'entreprise."),
          comment("Q29tbWVudDoy", "Merci @Léa Dupuis pour la relecture.", {
            authorName: "Mathis Carpentier",
            mentions: [{ __typename: "User", id: LEA, displayName: "Léa Dupuis" }],
          }),
        ]),
      }),
    );
    const thread = await screen.findByRole("region", { name: "Fil de commentaires" });
    expect(screen.getByRole("tab", { name: "Commentaires", selected: true })).toBeInTheDocument();
    expect(within(thread).getByText("2 commentaires")).toBeInTheDocument();
    const items = within(within(thread).getByRole("list")).getAllByRole("listitem");
    const when = formatDateTime("2026-11-23T09:05:00+00:00")!; // in the machine's time zone
    expect(items.map((item) => item.textContent)).toEqual([
      `Camille Lemoine — ${when}Premier échange avec l'entreprise.`,
      `Mathis Carpentier — ${when}Merci @Léa Dupuis pour la relecture.`,
    ]);
    const mark = items[1]!.querySelector("mark");
    expect(mark).toHaveTextContent("@Léa Dupuis");
    expect(items[0]!.querySelector("mark")).toBeNull();
  });

  it("opens the advisers of every region after « @ » and letters; arrows, Enter and Escape work", async () => {
    const user = userEvent.setup();
    renderTab(mocks({}));
    const textarea = await field();
    await screen.findByText("Aucun commentaire pour l'instant.");
    await user.type(textarea, "Voir avec @");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();

    await user.type(textarea, "l");
    const list = await screen.findByRole("listbox", { name: "Conseillers à mentionner" });
    // Advisers of both regions, with their region.
    expect(
      within(list)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Léa Dupuis — Normandie", "Lucas Lefèvre — Île-de-France", "Camille Lemoine — Normandie"]);
    expect(screen.getByText(/^3 conseillers correspondent : flèches haut et bas/)).toBeInTheDocument();
    const options = within(list).getAllByRole("option");
    expect(textarea).toHaveAttribute("aria-activedescendant", options[0]!.id);
    expect(options[0]).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowDown}");
    expect(textarea).toHaveAttribute("aria-activedescendant", options[1]!.id);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(textarea).toHaveAttribute("aria-activedescendant", options[2]!.id);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(textarea).toHaveValue("Voir avec @l");
    expect(textarea).not.toHaveAttribute("aria-activedescendant");

    // Typing on opens it again; Enter chooses.
    await user.type(textarea, "ef");
    expect(within(await screen.findByRole("listbox")).getAllByRole("option")).toHaveLength(1);
    await user.keyboard("{Enter}");
    expect(textarea).toHaveValue("Voir avec @Lucas Lefèvre ");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("sends the id of an adviser chosen in the list", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const posted = comment("Q29tbWVudDoz", "Merci @Léa Dupuis pour le retour", {
      mentions: [{ __typename: "User", id: LEA, displayName: "Léa Dupuis" }],
    });
    renderTab(mocks({ extra: [addMock(inputs, { __typename: "AddProjectCommentSuccess", comment: posted })] }));
    const textarea = await field();
    await screen.findByText("Aucun commentaire pour l'instant.");
    await user.type(textarea, "Merci @lé");
    await screen.findByRole("listbox");
    await user.keyboard("{Enter}");
    await user.type(textarea, "pour le retour");
    expect(screen.getByText("Personnes mentionnées : Léa Dupuis")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Publier le commentaire" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ projectId: ID, body: "Merci @Léa Dupuis pour le retour", mentionIds: [LEA] });
    // The comment joins the thread; the form empties.
    const thread = screen.getByRole("region", { name: "Fil de commentaires" });
    expect(await within(thread).findByText("@Léa Dupuis")).toBeInTheDocument();
    expect(within(thread).getByText("1 commentaire")).toBeInTheDocument();
    expect(textarea).toHaveValue("");
  });

  it("does not send a mention whose « @Name » was deleted from the text", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab(
      mocks({
        extra: [addMock(inputs, { __typename: "AddProjectCommentSuccess", comment: comment("Q29tbWVudDo0", "x") })],
      }),
    );
    const textarea = await field();
    await screen.findByText("Aucun commentaire pour l'instant.");
    // Two people chosen, one with the mouse.
    await user.type(textarea, "@cam");
    await user.keyboard("{Enter}");
    await user.type(textarea, "et @mat");
    await user.click(within(await screen.findByRole("listbox")).getByRole("option", { name: /Mathis Carpentier/ }));
    expect(textarea).toHaveValue("@Camille Lemoine et @Mathis Carpentier ");
    expect(screen.getByText("Personnes mentionnées : Camille Lemoine, Mathis Carpentier")).toBeInTheDocument();

    // Camille's mention loses a letter: it is no longer one.
    await user.clear(textarea);
    await user.type(textarea, "@Camille Lemoin et @Mathis Carpentier, à voir");
    await user.keyboard("{Escape}");
    expect(screen.getByText("Personnes mentionnées : Mathis Carpentier")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Publier le commentaire" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      body: "@Camille Lemoin et @Mathis Carpentier, à voir",
      mentionIds: [MATHIS],
    });
    expect(inputs[0]).not.toMatchObject({ mentionIds: expect.arrayContaining([CAMILLE]) as unknown });
  });

  it("puts the server's refusal of a mention under the field", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab(
      mocks({
        extra: [
          addMock(inputs, {
            __typename: "ProjectInvalid",
            field: "mentionIds",
            code: "UNKNOWN_USER",
            message: "Une personne mentionnée n'est pas (ou plus) conseiller du programme.",
          }),
        ],
      }),
    );
    const textarea = await field();
    await screen.findByText("Aucun commentaire pour l'instant.");
    await user.type(textarea, "Bonjour @cam");
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Publier le commentaire" }));

    const error = await screen.findByText(/Une personne mentionnée est introuvable, ou n'est plus conseiller/);
    expect(textarea).toHaveAttribute("aria-invalid", "true");
    expect(textarea.getAttribute("aria-describedby")).toContain(error.id);
    expect(inputs).toEqual([{ projectId: ID, body: "Bonjour @Camille Lemoine", mentionIds: [CAMILLE] }]);
    // What was typed stays.
    expect(textarea).toHaveValue("Bonjour @Camille Lemoine ");
  });

  it("checks the text before sending, and shows a refusal of the text under the field", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab(
      mocks({
        extra: [
          addMock(inputs, {
            __typename: "ProjectInvalid",
            field: "body",
            code: "TOO_LONG",
            message: "Le commentaire ne doit pas dépasser 5000 caractères.",
          }),
        ],
      }),
    );
    const textarea = await field();
    await user.type(textarea, "   ");
    await user.click(screen.getByRole("button", { name: "Publier le commentaire" }));
    expect(await screen.findByText("Écrivez votre commentaire avant de le publier.")).toBeInTheDocument();
    expect(textarea).toHaveAttribute("aria-invalid", "true");
    expect(inputs).toHaveLength(0);

    await user.type(textarea, "Un texte");
    await user.click(screen.getByRole("button", { name: "Publier le commentaire" }));
    const error = await screen.findByText("Ce texte est trop long (5000 caractères au maximum).");
    expect(textarea.getAttribute("aria-describedby")).toContain(error.id);
    expect(inputs).toHaveLength(1);
  });

  it("loads the next comments on demand", async () => {
    const user = userEvent.setup();
    renderTab(
      mocks({
        comments: commentsConnection([comment("Q29tbWVudDox", "Le premier.")], {
          totalCount: 2,
          hasNextPage: true,
          endCursor: "curseur-1",
        }),
        extra: [
          {
            request: {
              query: ProjectCommentsQuery,
              variables: { id: ID, first: COMMENTS_PAGE_SIZE, after: "curseur-1" },
            },
            result: {
              data: {
                node: projectNode(
                  commentsConnection([comment("Q29tbWVudDoy", "Le second.")], {
                    totalCount: 2,
                    endCursor: "curseur-2",
                  }),
                ),
              },
            },
          },
        ],
      }),
    );
    const thread = await screen.findByRole("region", { name: "Fil de commentaires" });
    expect(within(thread).getByText("1 commentaires affichés sur 2.")).toBeInTheDocument();
    await user.click(within(thread).getByRole("button", { name: "Afficher les commentaires suivants" }));
    expect(await within(thread).findByText("Le second.")).toBeInTheDocument();
    expect(within(thread).getByText("Le premier.")).toBeInTheDocument();
    expect(
      within(thread).queryByRole("button", { name: "Afficher les commentaires suivants" }),
    ).not.toBeInTheDocument();
  });

  it("shows the thread without a form to a reader who may not write, and loads no advisers", async () => {
    renderTab([
      {
        request: { query: ProjectPageQuery, variables: { id: ID } },
        result: { data: pageData(pageProject({ id: ID, viewerCanEdit: false })) },
      },
      {
        request: { query: ProjectCommentsQuery, variables: { id: ID, first: COMMENTS_PAGE_SIZE } },
        result: { data: { node: projectNode(commentsConnection([comment("Q29tbWVudDox", "Lu seulement.")])) } },
      },
    ]);
    expect(await screen.findByText("Lu seulement.")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /Votre commentaire/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Ajouter un commentaire" })).not.toBeInTheDocument();
  });

  it("lets the author edit their comment in place, and says so when the server refuses (not the author)", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const mine = comment("Q29tbWVudDox", "Premier jet.", { viewerIsAuthor: true });
    renderTab(
      mocks({
        comments: commentsConnection([mine, comment("Q29tbWVudDoy", "Pas le mien.", { authorName: "Léa Dupuis" })]),
        extra: [
          {
            request: { query: EditProjectCommentMutation, variables: () => true },
            maxUsageCount: 2,
            result: (variables: Record<string, unknown>) => {
              sent.push(variables["input"]);
              return {
                data: {
                  editProjectComment:
                    sent.length === 1
                      ? {
                          __typename: "ProjectNotAllowed",
                          field: null,
                          message: "Refusé.",
                          code: "NOT_COMMENT_AUTHOR",
                        }
                      : {
                          __typename: "EditProjectCommentSuccess",
                          comment: { ...mine, body: "Version relue." },
                        },
                },
              };
            },
          },
        ],
      }),
    );
    const thread = await screen.findByRole("region", { name: "Fil de commentaires" });
    const [first, second] = within(thread).getAllByRole("article");
    // Only one's own comments offer « Modifier » and « Supprimer ».
    expect(within(second!).queryByRole("button", { name: "Modifier" })).not.toBeInTheDocument();
    expect(within(second!).queryByRole("button", { name: "Supprimer" })).not.toBeInTheDocument();
    await user.click(within(first!).getByRole("button", { name: "Modifier" }));
    const field = within(first!).getByRole("textbox", { name: /Modifier votre commentaire/ });
    expect(field).toHaveValue("Premier jet.");
    await user.clear(field);
    await user.click(within(first!).getByRole("button", { name: "Enregistrer" }));
    expect(within(first!).getByText("Écrivez votre commentaire avant de le publier.")).toBeInTheDocument();
    expect(sent).toEqual([]);
    await user.type(field, "Version relue.");
    await user.click(within(first!).getByRole("button", { name: "Enregistrer" }));
    expect(await within(first!).findByRole("alert")).toHaveTextContent(
      "Seul l'auteur d'un commentaire peut le modifier ou le supprimer.",
    );
    await user.click(within(first!).getByRole("button", { name: "Enregistrer" }));
    expect(await within(thread).findByText("Version relue.")).toBeInTheDocument();
    expect(within(first!).queryByRole("textbox")).not.toBeInTheDocument();
    expect(sent).toEqual([
      { commentId: mine.id, body: "Version relue." },
      { commentId: mine.id, body: "Version relue." },
    ]);
  });

  it("deletes one's own comment after a confirmation dialog, and takes it off the thread", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const mine = comment("Q29tbWVudDox", "À retirer.", { viewerIsAuthor: true });
    renderTab(
      mocks({
        comments: commentsConnection([mine, comment("Q29tbWVudDoy", "Reste là.")]),
        extra: [
          {
            request: { query: DeleteProjectCommentMutation, variables: () => true },
            result: (variables: Record<string, unknown>) => {
              sent.push(variables["input"]);
              return {
                data: {
                  deleteProjectComment: { __typename: "DeleteProjectCommentSuccess", deletedCommentId: mine.id },
                },
              };
            },
          },
        ],
      }),
    );
    const thread = await screen.findByRole("region", { name: "Fil de commentaires" });
    expect(within(thread).getByText("2 commentaires")).toBeInTheDocument();
    await user.click(within(thread).getByRole("button", { name: "Supprimer" }));
    const dialog = await screen.findByRole("dialog", { name: "Supprimer ce commentaire ?" });
    expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeInTheDocument();
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Supprimer le commentaire" }));
    await waitFor(() => expect(within(thread).queryByText("À retirer.")).not.toBeInTheDocument());
    expect(within(thread).getByText("Reste là.")).toBeInTheDocument();
    expect(within(thread).getByText("1 commentaire")).toBeInTheDocument();
    expect(sent).toEqual([{ commentId: mine.id }]);
  });

  it("opens the thread to a person of another region it names, on a summary card, and lets them answer", async () => {
    renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}?onglet=commentaires`,
      path: "/projets/:projectId",
      mocks: mocks({
        project: {
          access: "SUMMARY",
          viewerCanEdit: false,
          region: regionIdf,
          comments: { __typename: "ProjectCommentConnection", totalCount: 1 },
          notes: null,
          documents: null,
          products: null,
          team: null,
          nextSteps: [],
          statusHistory: null,
        },
        comments: commentsConnection([comment("Q29tbWVudDox", "@Camille Lemoine qu'en pensez-vous ?")]),
      }),
    });
    expect(await screen.findByRole("tab", { name: "Commentaires", selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      "Synthèse",
      "Entreprise",
      "Commentaires",
    ]);
    expect(await screen.findByText(/qu'en pensez-vous/)).toBeInTheDocument();
    expect(await field()).toBeInTheDocument();
  });
});
