"""Per-request DataLoaders: `info.context.loaders.get(CohortByIdLoader, region).load(cohort_id)`.

Each domain defines its loaders (`<domain>/loaders.py`, named `<Model>By<Key>Loader`) as `RequestLoader`
subclasses; `Loaders` makes each one once per request — and once per region for regional data — so a batch
never mixes two callers' data nor two databases, and the context knows no domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from strawberry.dataloader import DataLoader

from filiere.auth.principal import Principal
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

Key = TypeVar("Key")
Value = TypeVar("Value")
Loader = TypeVar("Loader", bound="RequestLoader[Any, Any]")


class RequestLoader(DataLoader[Key, Value], Generic[Key, Value]):
    """`fetch` answers the values of `keys`, in their order; a regional loader is made per region and
    reads `regional_session`, a national one reads `uow.national()`."""

    def __init__(self, uow: UnitOfWork, principal: Principal | None, region: str | None) -> None:
        super().__init__(load_fn=self.fetch)
        self.uow = uow
        self.principal = principal
        self.region = region

    @property
    def regional_slug(self) -> str:
        assert self.region is not None, f"{type(self).__name__} reads a region: get it with its slug"
        return self.region

    @property
    def regional_session(self) -> TenantSession:
        return self.uow.region(self.regional_slug)

    async def fetch(self, keys: Sequence[Key]) -> list[Value]:
        raise NotImplementedError


class Loaders:
    """Built per request: the loaders made so far, by type and region."""

    def __init__(self, uow: UnitOfWork, principal: Principal | None) -> None:
        self._uow = uow
        self._principal = principal
        self._made: dict[tuple[type[Any], str | None], Any] = {}

    def get(self, loader_type: type[Loader], region: str | None = None) -> Loader:
        key = (loader_type, region)
        if key not in self._made:
            self._made[key] = loader_type(self._uow, self._principal, region)
        loader: Loader = self._made[key]
        return loader
