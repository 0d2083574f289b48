"""The error types of the planning mutations: editions, cohorts and milestones; calendar feeds."""

from filiere.graphql.mutations import error_types
from filiere.planning.errors import CalendarErrorCode, PlanningErrorCode

PLANNING_ERRORS = error_types("Planning", PlanningErrorCode)
CALENDAR_ERRORS = error_types("Calendar", CalendarErrorCode)
