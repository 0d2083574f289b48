"""The hub types, assembled from the fields each domain contributes, as `Query` and `Mutation` are.

A new domain adds its fields to `Project` (or `Region`, `Viewer`) by writing a small `@strawberry.type`
class of fields in its own schema package and listing it here; it refers to the hubs through
`graphql/hub_refs.py`, never by importing this module (see docs/architecture.md, « Ajouter un domaine »).
"""

from __future__ import annotations

import strawberry

from filiere.accounts.schema import RegionStaffFields, ViewerUserFields
from filiere.auth.principal import Principal
from filiere.documents.schema.types import ProjectDocumentFields
from filiere.events.schema.project_fields import ProjectEventFields
from filiere.financing.schema.project_fields import ProjectFinancingFields
from filiere.financing.schema.schemes import ProjectMatchingFields
from filiere.graphql.regions import RegionFields
from filiere.graphql.types import Node
from filiere.graphql.viewer import ViewerFields
from filiere.partners.schema import ViewerOrganisationFields
from filiere.planning.schema.project_fields import ProjectPlanningFields
from filiere.programmes.schema.access_log import ProjectAccessLogFields
from filiere.programmes.schema.assignment import ProjectAssignmentFields
from filiere.programmes.schema.comments import ProjectCommentFields
from filiere.programmes.schema.members import ProjectMemberFields
from filiere.programmes.schema.project_fields import ProjectCoreFields, RegionProjectFields
from filiere.programmes.schema.questions import ProjectQuestionFields
from filiere.programmes.schema.selection import ProjectSelectionFields
from filiere.programmes.schema.sharing import ProjectGrantFields
from filiere.programmes.views import ProjectView
from filiere.sourcing.schema.chain_types import ProjectSourcingFields
from filiere.studies.schema.types import ProjectStudyFields
from filiere.tenancy.registry import Tenant


@strawberry.type(name="Project", description="Projet accompagné par l'accélérateur.")
class ProjectType(
    ProjectCoreFields,
    ProjectAssignmentFields,
    ProjectCommentFields,
    ProjectQuestionFields,
    ProjectMemberFields,
    ProjectGrantFields,
    ProjectSelectionFields,
    ProjectPlanningFields,
    ProjectStudyFields,
    ProjectDocumentFields,
    ProjectSourcingFields,
    ProjectFinancingFields,
    ProjectMatchingFields,
    ProjectAccessLogFields,
    ProjectEventFields,
    Node,
):
    view: strawberry.Private[ProjectView]


@strawberry.type(name="Region", description="Région pilote, avec sa propre base de données.")
class RegionType(RegionFields, RegionStaffFields, RegionProjectFields, Node):
    tenant: strawberry.Private[Tenant]


@strawberry.type(name="Viewer", description="L'utilisateur connecté, tel que son jeton le décrit.")
class ViewerType(ViewerFields, ViewerUserFields, ViewerOrganisationFields):
    principal: strawberry.Private[Principal]
