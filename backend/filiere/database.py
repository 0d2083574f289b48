"""The database schemas, national and regional: importing every model module registers its tables.

(« schema » alone means the GraphQL schema in this code base.)
"""

from sqlalchemy import MetaData

import filiere.accounts.models
import filiere.apiclients.models
import filiere.audit.models
import filiere.auth.issuer.models
import filiere.documents.models
import filiere.events.jury_models
import filiere.events.meeting_models
import filiere.events.models
import filiere.financing.models
import filiere.financing.scheme_models
import filiere.memberships.models
import filiere.methodology.models
import filiere.notifications.models
import filiere.partners.models
import filiere.planning.calendar.models
import filiere.planning.models
import filiere.programmes.models
import filiere.ratelimit.models
import filiere.sourcing.models
import filiere.studies.models  # noqa: F401 - imported for their tables
from filiere.tenancy.metadata import NationalBase, RegionalBase, TenantKind

METADATA: dict[TenantKind, MetaData] = {
    TenantKind.NATIONAL: NationalBase.metadata,
    TenantKind.REGIONAL: RegionalBase.metadata,
}
