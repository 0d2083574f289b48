"""Every limit a form must respect, in one place: the SPA's copy (`frontend/src/graphql/inputLimits.json`) is
generated from it by `make schema`, and `tests/backend/test_schema_artifact.py` fails when the copy is stale.
The services keep enforcing them: the SPA only says so before sending."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from filiere.events import event_edit as event_fields
from filiere.events import hackathon, jury_results, meeting_placement, meetings, prizes, registration_desk
from filiere.events import programme as event_programme
from filiere.events import registrations as event_registrations
from filiere.financing import models as financing_models
from filiere.financing import plans as financing_plans
from filiere.financing import scheme_input, schemes
from filiere.methodology import validation
from filiere.partners import grants
from filiere.planning import milestones, rhythm
from filiere.programmes import (
    candidacy,
    comments,
    company,
    company_details,
    composition,
    questions,
    selection,
    service,
    workflow,
)
from filiere.sourcing import chains, profiles, requests
from filiere.studies import service as studies

INPUT_LIMITS: dict[str, dict[str, int]] = {
    "project": {
        "summary": service.SUMMARY_MAX_LENGTH,
        "notes": service.NOTES_MAX_LENGTH,
        "reason": workflow.REASON_MAX_LENGTH,
        "searchText": service.SEARCH_TEXT_MAX_LENGTH,
        "products": composition.MAX_PRODUCTS,
        "productName": composition.PRODUCT_NAME_MAX_LENGTH,
        "importValueEur": composition.MAX_IMPORT_VALUE_EUR,
        "teamMembers": composition.MAX_MEMBERS,
        "companyName": company.NAME_MAX_LENGTH,
    },
    "company": {
        "street": company_details.STREET_MAX_LENGTH,
        "website": company_details.WEBSITE_MAX_LENGTH,
        "contactName": company_details.CONTACT_NAME_MAX_LENGTH,
        "contactFunction": company_details.CONTACT_FUNCTION_MAX_LENGTH,
        "contactEmail": company_details.CONTACT_EMAIL_MAX_LENGTH,
        "contactPhone": company_details.CONTACT_PHONE_MAX_LENGTH,
    },
    "candidacy": dict(candidacy.FIELD_MAX_LENGTHS),
    "eventRegistration": {
        **event_registrations.FIELD_MAX_LENGTHS,
        "sessions": event_registrations.MAX_SESSIONS,
        "search": registration_desk.SEARCH_MAX_LENGTH,
    },
    "selection": {"comment": selection.COMMENT_MAX_LENGTH, "maxPoints": selection.MAX_POINTS},
    "comment": {"body": comments.BODY_MAX_LENGTH, "mentions": comments.MAX_MENTIONS},
    "question": {"body": questions.BODY_MAX_LENGTH},
    # Part C of the event day: a juror's comment, a prize (issue 16).
    "jury": {
        "comment": jury_results.COMMENT_MAX_LENGTH,
        "prizeName": prizes.NAME_MAX_LENGTH,
        "prizeNature": prizes.NATURE_MAX_LENGTH,
        "prizeAmount": prizes.AMOUNT_MAX,
    },
    "study": {
        "school": studies.SCHOOL_MAX_LENGTH,
        "name": studies.NAME_MAX_LENGTH,
        "findings": studies.FINDINGS_MAX_LENGTH,
        "students": studies.MAX_STUDENTS,
        "email": studies.EMAIL_MAX_LENGTH,
    },
    "method": {"title": validation.TITLE_MAX_LENGTH, "deliverable": validation.DELIVERABLE_MAX_LENGTH},
    "milestone": {
        "evidence": milestones.EVIDENCE_MAX_LENGTH,
        "url": milestones.URL_MAX_LENGTH,
        "horizonWorkingDays": milestones.MAX_HORIZON_WORKING_DAYS,
        "relativeDay": rhythm.MAX_RELATIVE_DAY,
    },
    "supplyChain": {
        "stages": chains.MAX_STAGES,
        "stageName": chains.STAGE_NAME_MAX_LENGTH,
        "text": chains.TEXT_MAX_LENGTH,
    },
    "supplierProfile": {
        "tags": profiles.MAX_TAGS,
        "tag": profiles.TAG_MAX_LENGTH,
        "capabilityCodes": profiles.MAX_CAPABILITY_CODES,
        "notes": profiles.NOTES_MAX_LENGTH,
    },
    "sourcingRequest": {
        "need": requests.NEED_MAX_LENGTH,
        "note": requests.NOTE_MAX_LENGTH,
        "nafHints": requests.MAX_NAF_HINTS,
        "suppliersPerAnswer": requests.MAX_SUPPLIERS_PER_ANSWER,
        "daysOpen": requests.MAX_DAYS_OPEN,
    },
    "grant": {"purpose": grants.PURPOSE_MAX_LENGTH, "consentGivenBy": grants.CONSENT_BY_MAX_LENGTH},
    "financing": {
        "label": financing_plans.LABEL_MAX_LENGTH,
        "amount": financing_models.MAX_AMOUNT_EUR,
        "lines": financing_plans.MAX_LINES,
        "sources": financing_plans.MAX_SOURCES,
        "earlierAid": financing_plans.MAX_EARLIER_AID,
        "yearsBefore": financing_plans.YEARS_BEFORE,
        "yearsAfter": financing_plans.YEARS_AFTER,
        "schemeName": scheme_input.NAME_MAX_LENGTH,
        "financer": scheme_input.FINANCER_MAX_LENGTH,
        "description": scheme_input.DESCRIPTION_MAX_LENGTH,
        "url": scheme_input.URL_MAX_LENGTH,
        "schemeSearchText": schemes.SEARCH_TEXT_MAX_LENGTH,
    },
    "eventProgramme": {
        "title": event_programme.TITLE_MAX_LENGTH,
        "description": event_programme.DESCRIPTION_MAX_LENGTH,
        "room": event_programme.ROOM_MAX_LENGTH,
        "speakerName": event_programme.SPEAKER_NAME_MAX_LENGTH,
        "speakerText": event_programme.SPEAKER_TEXT_MAX_LENGTH,
        "speakers": event_programme.MAX_SPEAKERS,
        "capacity": event_programme.MAX_CAPACITY,
        "venue": event_fields.VENUE_MAX_LENGTH,
        "address": event_fields.ADDRESS_MAX_LENGTH,
        "pitchSecondsMin": event_fields.PITCH_SECONDS_MIN,
        "pitchSecondsMax": event_fields.PITCH_SECONDS_MAX,
    },
    "hackathonTeam": {
        "members": hackathon.MAX_MEMBERS,
        "memberName": hackathon.MEMBER_NAME_MAX_LENGTH,
        "challenges": hackathon.MAX_CHALLENGES,
        "challenge": hackathon.CHALLENGE_MAX_LENGTH,
    },
    "meeting": {"message": meetings.MESSAGE_MAX_LENGTH, "tables": meeting_placement.MAX_TABLES},
}


def as_json() -> str:
    return json.dumps(INPUT_LIMITS, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # `make schema`: python -m filiere.input_limits frontend/src/graphql/inputLimits.json
    Path(sys.argv[1]).write_text(as_json(), encoding="utf-8")
