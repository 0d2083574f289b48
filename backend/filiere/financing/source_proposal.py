"""The source a matched scheme becomes when « Dispositifs proposés » adds it to the financing plan in one
click, as a source « à déposer »: its kind and its amount, a first entry the user corrects in the plan if
need be. Pure functions of the scheme (and of what the plan lacks)."""

from __future__ import annotations

import re

from filiere.financing.models import SourceKind
from filiere.financing.scheme_models import SchemeType
from filiere.financing.schemes import SchemeView

_BPIFRANCE = re.compile(r"bpi\s*france", re.IGNORECASE)
# « Union européenne », « Fonds européens », and the funds' acronyms as words (not « Federation »).
_EUROPEAN = re.compile(r"europ|\b(feder|feader|fse)\b", re.IGNORECASE)
# A national scheme by its type: the State's grants and advances, a bank's loans and guarantees.
_NATIONAL = {
    SchemeType.GRANT: SourceKind.STATE_CALL,
    SchemeType.REPAYABLE_ADVANCE: SourceKind.STATE_CALL,
    SchemeType.LOAN: SourceKind.BANK_LOAN,
    SchemeType.GUARANTEE: SourceKind.BANK_LOAN,
}


def proposed_source_kind(scheme: SchemeView) -> SourceKind:
    """The kind of source the scheme most likely is, the first rule that applies:

    1. a Bpifrance product (the financer says « Bpifrance »), whatever its type;
    2. a tax credit;
    3. European funds (the financer says « europ… », FEDER, FEADER or FSE);
    4. a regional aid: a region's own scheme, or one whose perimeter is regions or departements;
    5. the State's grants and repayable advances (France 2030 and other national calls);
    6. a loan or a guarantee otherwise comes from a bank;
    7. anything else (equity) is « autre »."""
    if _BPIFRANCE.search(scheme.financer_label):
        return SourceKind.BPIFRANCE
    if scheme.type is SchemeType.TAX_CREDIT:
        return SourceKind.TAX_CREDIT
    if _EUROPEAN.search(scheme.financer_label):
        return SourceKind.EUROPEAN_FUNDS
    if scheme.owner_region is not None or scheme.regions or scheme.departements:
        return SourceKind.REGIONAL_AID
    return _NATIONAL.get(scheme.type, SourceKind.OTHER)


def proposed_amount(scheme: SchemeView, gap: int) -> int | None:
    """The amount, in whole euros, the scheme is added with. `gap` is the plan's balance gap, uses minus
    counted sources: positive when money is missing. With a gap, what the plan still lacks, kept within the
    scheme's minimum and maximum when known; without one (balanced, or more sources than uses), the scheme's
    maximum, else its minimum. None when nothing says (no gap and no bound): the user then types it."""
    wanted = gap if gap > 0 else (scheme.amount_max if scheme.amount_max is not None else scheme.amount_min)
    if wanted is None:
        return None
    if scheme.amount_max is not None:
        wanted = min(wanted, scheme.amount_max)
    if scheme.amount_min is not None:
        wanted = max(wanted, scheme.amount_min)
    return wanted if wanted > 0 else None
