"""What financing contributes to the `Project` hub: its investment and financing plans, and whether the
caller may edit them. Both plans are in the financing class of fields (`Visibility.FINANCING`): null to
whoever may not read them, and a partner's read of them is in the project's access log."""

from __future__ import annotations

import strawberry

from filiere.financing import plans
from filiere.financing.loaders import (
    EarlierAidByCompanyLoader,
    FinancingSourcesByProjectLoader,
    InvestmentLinesByProjectLoader,
)
from filiere.financing.schema.plan_types import (
    BalanceType,
    DeMinimisType,
    FinancingSourceType,
    InvestmentLineType,
    InvestmentPlanType,
    InvestmentTotalsType,
)
from filiere.graphql.types import Info
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.views import ProjectView, Visibility


@strawberry.type(name="FinancingPlan", description="Plan de financement d'un projet.")
class FinancingPlanType:
    sources: list[FinancingSourceType] = strawberry.field(
        description=f"Sources, par année ({plans.MAX_SOURCES} au plus), refusées et abandonnées comprises."
    )
    balance: BalanceType
    summary: strawberry.Private[plans.FinancingSummary]
    de_minimis: DeMinimisType

    @strawberry.field(
        description="Argent public des sources à déposer, déposées ou obtenues : subventions, avances, appels à "
        "projets, fonds européens, crédits d'impôt, et l'équivalent-subvention saisi des prêts et garanties."
    )
    def public_amount(self) -> float:
        return float(self.summary.public_amount)

    @strawberry.field(description="Part de l'argent public dans le coût du projet (0 à 1) ; null sans dépense.")
    def public_share(self) -> float | None:
        return self.summary.public_share


@strawberry.type
class ProjectFinancingFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Plan d'investissement : dépenses et totaux (volet financement) ; null pour qui ne le lit pas."
    )
    async def investment_plan(self, info: Info) -> InvestmentPlanType | None:
        if not reveals(info, self.view, "investmentPlan"):
            return None
        card = self.view.card
        lines = await info.context.loaders.get(InvestmentLinesByProjectLoader, card.region).load(card.id)
        return InvestmentPlanType(
            lines=[InvestmentLineType(view=line, project=self.view) for line in lines],
            totals=InvestmentTotalsType(value=plans.investment_totals(lines)),
        )

    @strawberry.field(
        description="Plan de financement : sources, équilibre emplois-ressources, argent public, contrôle de "
        "minimis (volet financement) ; null pour qui ne le lit pas."
    )
    async def financing_plan(self, info: Info) -> FinancingPlanType | None:
        if not reveals(info, self.view, "financingPlan"):
            return None
        card = self.view.card
        loaders = info.context.loaders
        sources = await loaders.get(FinancingSourcesByProjectLoader, card.region).load(card.id)
        lines = await loaders.get(InvestmentLinesByProjectLoader, card.region).load(card.id)
        earlier = await loaders.get(EarlierAidByCompanyLoader, card.region).load(card.company_id)
        summary = plans.financing_summary(lines, sources, earlier, today=info.context.today)
        return FinancingPlanType(
            sources=[FinancingSourceType(view=source, project=self.view) for source in sources],
            balance=BalanceType(value=summary.balance),
            summary=summary,
            de_minimis=DeMinimisType(value=summary.de_minimis, earlier=earlier),
        )

    @strawberry.field(
        description="L'utilisateur connecté peut-il lire les plans d'investissement et de financement ? Le "
        "demander n'est pas une lecture (rien au journal des accès) : de quoi montrer ou non l'onglet."
    )
    def viewer_can_read_financing(self) -> bool:
        return self.view.shows(Visibility.FINANCING)

    @strawberry.field(
        description="L'utilisateur connecté peut-il modifier les plans d'investissement et de financement ?"
    )
    def viewer_can_edit_financing(self, info: Info) -> bool:
        return plans.may_edit_financing(info.context.principal, self.view)
