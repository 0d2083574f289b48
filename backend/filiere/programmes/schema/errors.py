"""The error types of every programmes mutation (projects, companies, candidacies, comments, selection)."""

from filiere.graphql.mutations import error_types
from filiere.programmes.errors import ProjectErrorCode
from filiere.referentials.errors import ReferentialErrorCode

PROJECT_ERRORS = error_types("Project", ProjectErrorCode, ReferentialErrorCode)
