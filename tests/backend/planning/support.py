"""Helpers of the planning tests: the people of the demo, a Normandie project followed in the current cohort."""

from __future__ import annotations

from tests.backend.world import World

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"

LIST = """{ projects(region: "normandie", first: 50) { edges { node { name
  milestones(first: 3) { totalCount edges { node { title dueDate status assignee { displayName } } } }
  nextMilestone { title dueDate } } } } }"""


async def followed_project(world: World) -> str:
    """A Normandie project of the current cohort: some milestones done, others to come."""
    body = await world.graphql(LIST, as_user=NORMANDIE_ADVISER)
    names = [
        e["node"]["name"]
        for e in body["data"]["projects"]["edges"]
        if e["node"]["nextMilestone"] and e["node"]["milestones"]["totalCount"] == 15
    ]
    ids = await world.graphql(
        '{ projects(region: "normandie", first: 50) { edges { node { id name } } } }', as_user=NORMANDIE_ADVISER
    )
    return next(e["node"]["id"] for e in ids["data"]["projects"]["edges"] if e["node"]["name"] == names[0])
