"""Column types shared by the models of both schemas."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, String
from sqlalchemy.types import TypeDecorator, TypeEngine

# Bytewise order on PostgreSQL, as SQLite's default BINARY collation: see filiere.text.
SortKey: TypeEngine[str] = String(200).with_variant(String(200, collation="C"), "postgresql")


def enum_type(enum_class: type[StrEnum], name: str) -> Enum:
    """A portable enum stored as its values (VARCHAR + CHECK), never as a native PG type."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=_values,
        validate_strings=True,
    )


def _values(enum_class: Any) -> list[str]:
    return [member.value for member in enum_class]


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite hands back naive values, PostgreSQL aware ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
