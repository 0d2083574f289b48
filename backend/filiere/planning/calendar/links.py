"""Addresses users follow from outside the SPA: calendar events, workbooks and e-mails link back to its
pages, and a feed's secret URL is built once, here."""

from __future__ import annotations

from filiere.ids import encode_id


def _base(public_url: str) -> str:
    return public_url.rstrip("/")


def cohort_page(public_url: str, region: str, cohort_id: int) -> str:
    """The cohort's page in the SPA (its retroplanning), named by the cohort's global ID."""
    return f"{_base(public_url)}/cohortes/{encode_id('Cohort', region, cohort_id)}"


def my_milestones_page(public_url: str) -> str:
    return f"{_base(public_url)}/mes-jalons"


def feed_url(public_url: str, region: str, token: str) -> str:
    return f"{_base(public_url)}/calendar/{region}/{token}.ics"
