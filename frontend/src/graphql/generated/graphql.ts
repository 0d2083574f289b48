/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Ajouter à la chaîne un établissement proposé dans une réponse. */
export type AcceptProposedSupplierInput = {
  proposedSupplierId: string;
};

export const AccountErrorCode = {
  AlreadyActive: 'ALREADY_ACTIVE',
  DuplicateName: 'DUPLICATE_NAME',
  EmailAlreadyUsed: 'EMAIL_ALREADY_USED',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  RoleNeedsOrganisation: 'ROLE_NEEDS_ORGANISATION',
  RoleNeedsRegion: 'ROLE_NEEDS_REGION',
  RoleNotManageable: 'ROLE_NOT_MANAGEABLE',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownOrganisation: 'UNKNOWN_ORGANISATION',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type AccountErrorCode = typeof AccountErrorCode[keyof typeof AccountErrorCode];
/** Action que la politique d'accès autorise ou non. */
export const Action = {
  AnswerProjectQuestion: 'ANSWER_PROJECT_QUESTION',
  AnswerSourcingRequest: 'ANSWER_SOURCING_REQUEST',
  AskProjectQuestion: 'ASK_PROJECT_QUESTION',
  AssignAdviser: 'ASSIGN_ADVISER',
  AttachProjectMember: 'ATTACH_PROJECT_MEMBER',
  CommentProject: 'COMMENT_PROJECT',
  EditFinancing: 'EDIT_FINANCING',
  EditMarketStudy: 'EDIT_MARKET_STUDY',
  EditMethod: 'EDIT_METHOD',
  EditProject: 'EDIT_PROJECT',
  EnrichSuppliers: 'ENRICH_SUPPLIERS',
  FollowProject: 'FOLLOW_PROJECT',
  ManageApiClient: 'MANAGE_API_CLIENT',
  ManageCalendarFeed: 'MANAGE_CALENDAR_FEED',
  ManageCohort: 'MANAGE_COHORT',
  ManageEdition: 'MANAGE_EDITION',
  ManageEvent: 'MANAGE_EVENT',
  ManageFinancingSchemes: 'MANAGE_FINANCING_SCHEMES',
  ManageOrganisation: 'MANAGE_ORGANISATION',
  ManageOwnSessions: 'MANAGE_OWN_SESSIONS',
  ManageUser: 'MANAGE_USER',
  PostSourcingRequest: 'POST_SOURCING_REQUEST',
  ReadInbox: 'READ_INBOX',
  ReceiveMention: 'RECEIVE_MENTION',
  RequestMeeting: 'REQUEST_MEETING',
  ReviewCandidacy: 'REVIEW_CANDIDACY',
  ScorePitch: 'SCORE_PITCH',
  SearchSuppliers: 'SEARCH_SUPPLIERS',
  ShareProject: 'SHARE_PROJECT',
  UpdateMilestone: 'UPDATE_MILESTONE',
  UploadProjectDocument: 'UPLOAD_PROJECT_DOCUMENT',
  ViewAccessLog: 'VIEW_ACCESS_LOG',
  ViewAudit: 'VIEW_AUDIT',
  ViewCohort: 'VIEW_COHORT',
  ViewEdition: 'VIEW_EDITION',
  ViewEvent: 'VIEW_EVENT',
  ViewFinancingIndicators: 'VIEW_FINANCING_INDICATORS',
  ViewFinancingSchemes: 'VIEW_FINANCING_SCHEMES',
  ViewMarketStudy: 'VIEW_MARKET_STUDY',
  ViewMethod: 'VIEW_METHOD',
  ViewMilestoneEvidence: 'VIEW_MILESTONE_EVIDENCE',
  ViewOrganisation: 'VIEW_ORGANISATION',
  ViewPartnerQuestions: 'VIEW_PARTNER_QUESTIONS',
  ViewProjectAdviser: 'VIEW_PROJECT_ADVISER',
  ViewProjectConfidential: 'VIEW_PROJECT_CONFIDENTIAL',
  ViewProjectDocuments: 'VIEW_PROJECT_DOCUMENTS',
  ViewProjectFinancing: 'VIEW_PROJECT_FINANCING',
  ViewProjectGrants: 'VIEW_PROJECT_GRANTS',
  ViewProjectMembers: 'VIEW_PROJECT_MEMBERS',
  ViewProjectNotes: 'VIEW_PROJECT_NOTES',
  ViewProjectSummary: 'VIEW_PROJECT_SUMMARY',
  ViewProjectThread: 'VIEW_PROJECT_THREAD',
  ViewRegion: 'VIEW_REGION',
  ViewSourcingAnswers: 'VIEW_SOURCING_ANSWERS',
  ViewSourcingRequest: 'VIEW_SOURCING_REQUEST',
  ViewUser: 'VIEW_USER'
} as const;

export type Action = typeof Action[keyof typeof Action];
/** Saisir un entretien mené : profil et enseignements, jamais le nom de la personne. */
export type AddInterviewInput = {
  channel: InterviewChannel;
  heldOn: string;
  keyFindings: string;
  projectId: string;
  respondentProfile: RespondentProfile;
};

/** Ajouter un projet accéléré d'une région organisatrice à l'ordre de passage. */
export type AddPitchInput = {
  eventId: string;
  projectId: string;
};

/** Commenter un projet de sa région, ou d'une autre région dont le fil vous mentionne, en mentionnant (@) des conseillers. */
export type AddProjectCommentInput = {
  body: string;
  /** Identifiants des personnes mentionnées (toutes régions). */
  mentionIds?: Array<string>;
  projectId: string;
};

export type AddProjectToCohortInput = {
  cohortId: string;
  expectedVersion: number;
  projectId: string;
};

/** Envisager un fournisseur pour une étape : de l'annuaire (siret), ou hors annuaire (nom, et commune en France ou pays). */
export type AddSupplierCandidateInput = {
  communeCode?: string | null | undefined;
  country?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string;
  siret?: string | null | undefined;
  stageId: string;
};

/** Accepter ou décliner une demande de rendez-vous. */
export type AnswerMeetingRequestInput = {
  accept: boolean;
  expectedVersion?: number | null | undefined;
  requestId: string;
};

/** Répondre à l'organisation partenaire qui a posé une question sur un projet. */
export type AnswerProjectQuestionInput = {
  body: string;
  organisationId: string;
  projectId: string;
};

/** Répondre avec des établissements de l'annuaire de votre région. */
export type AnswerSourcingRequestInput = {
  note?: string;
  requestId: string;
  sirets: Array<string>;
};

export const ApiClientErrorCode = {
  ClientRevoked: 'CLIENT_REVOKED',
  DuplicateName: 'DUPLICATE_NAME',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownClient: 'UNKNOWN_CLIENT',
  UnknownOrganisation: 'UNKNOWN_ORGANISATION',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type ApiClientErrorCode = typeof ApiClientErrorCode[keyof typeof ApiClientErrorCode];
export type ApiClientInput = {
  /** L'identifiant du client (`clientId`). */
  clientId: string;
};

/** Poser une question au conseiller d'un projet partagé avec son organisation. */
export type AskProjectQuestionInput = {
  body: string;
  projectId: string;
};

/** Confier un projet de sa région à l'un des conseillers de cette région. */
export type AssignProjectAdviserInput = {
  /** Un conseiller en activité de la région du projet. */
  adviserId: string;
  /** Version lue ; refusé si le projet a changé depuis. */
  expectedVersion: number;
  projectId: string;
};

/** Joindre à un partage l'accord signé de l'entreprise, déposé sur le projet. */
export type AttachConsentDocumentInput = {
  /** Un document du projet déposé comme accord (type CONSENT). */
  documentId: string;
  grantId: string;
};

/** Rattacher à un projet de sa région un coach, un expert ou un étudiant ; sans compte, il en reçoit un, et son invitation. */
export type AttachProjectMemberInput = {
  email: string;
  /** Son nom, pour un compte à créer (ignoré si le compte existe). */
  name: string;
  projectId: string;
  /** COACH, EXPERT ou STUDENT : le rôle de son compte. */
  role: Role;
};

/** Filtres du journal d'audit ; un champ omis ne filtre pas. */
export type AuditFilter = {
  action?: string | null | undefined;
  /** Identifiant global d'un utilisateur. */
  actor?: string | null | undefined;
  /** Identifiant global d'un élément : son historique seulement. */
  entity?: string | null | undefined;
  entityType?: string | null | undefined;
  /** À partir de cet instant (inclus). */
  since?: string | null | undefined;
  /** Avant cet instant (exclu). */
  until?: string | null | undefined;
};

/** Un prix remis par un partenaire ; lauréat facultatif (pitchId). */
export type AwardPrizeInput = {
  /** En euros entiers. */
  amount?: number | null | undefined;
  eventId: string;
  name: string;
  nature?: string;
  organisationId?: string | null | undefined;
  /** Le pitch lauréat. */
  pitchId?: string | null | undefined;
};

export const CalendarErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  FeedExists: 'FEED_EXISTS',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type CalendarErrorCode = typeof CalendarErrorCode[keyof typeof CalendarErrorCode];
/** COHORT : le rétroplanning d'une cohorte ; ASSIGNEE : les jalons attribués à son créateur. */
export const CalendarFeedKind = {
  Assignee: 'ASSIGNEE',
  Cohort: 'COHORT'
} as const;

export type CalendarFeedKind = typeof CalendarFeedKind[keyof typeof CalendarFeedKind];
/** Annulation de toute l'inscription, depuis le lien personnel. */
export type CancelMyEventRegistrationInput = {
  token: string;
};

/** Présence d'une personne inscrite, à l'accueil. */
export type CheckInRegistrationInput = {
  /** Faux : annule un pointage fait par erreur. */
  present: boolean;
  registrationId: string;
};

/** Le contact de l'entreprise, remplacé en entier (vide : inconnu). Données personnelles, confidentielles comme la fiche complète du projet : elles servent à la CCI à joindre l'entreprise pendant l'accompagnement et son suivi, et sont conservées trois ans après la fin de l'accompagnement. La personne peut y accéder, les faire rectifier ou effacer auprès de la CCI de sa région. */
export type CompanyContactInput = {
  email?: string;
  function?: string;
  /** Obligatoire dès qu'un autre champ est rempli. */
  name: string;
  /** Par exemple 02 35 00 00 00 ou +33 2 35 00 00 00. */
  phone?: string;
};

/** Catégorie d'entreprise (décret 2008-1354) : TPE, PME, ETI, grande. */
export const CompanySize = {
  Eti: 'ETI',
  Ge: 'GE',
  Pme: 'PME',
  Tpe: 'TPE'
} as const;

export type CompanySize = typeof CompanySize[keyof typeof CompanySize];
/** Confirmer qu'un fichier a été envoyé : il est alors vérifié et enregistré. */
export type ConfirmDocumentUploadInput = {
  uploadId: string;
};

export type CreateApiClientInput = {
  /** « API <organisation> » s'il est omis. */
  name?: string | null | undefined;
  organisationId: string;
};

/** Sans cohortId : le calendrier de mes jalons. */
export type CreateCalendarFeedInput = {
  cohortId?: string | null | undefined;
};

/** La cohorte de sa propre région pour une édition (responsable régional). */
export type CreateCohortInput = {
  editionId: string;
  eventDate?: string | null | undefined;
  eventEndDate?: string | null | undefined;
  name: string;
  schoolPartner?: string;
  startDate?: string | null | undefined;
  venue?: string;
};

/** Ajouter une session au programme d'un événement. */
export type CreateEventSessionInput = {
  eventId: string;
  session: EventSessionFieldsInput;
};

export type CreateMethodDraftInput = {
  /** Version publiée à copier ; vide : brouillon vide. */
  basedOnVersionId?: string | null | undefined;
};

export type CreateOrganisationInput = {
  kind: OrganisationKind;
  name: string;
  /** Identifiant stable (minuscules, chiffres, tirets) ; tiré du nom s'il est omis. */
  slug?: string | null | undefined;
  website?: string | null | undefined;
};

/** Note d'un critère de la grille. */
export type CriterionScoreInput = {
  criterion: string;
  points: number;
};

/** Retirer une aide de minimis antérieure de l'entreprise d'un projet. */
export type DeleteEarlierDeMinimisAidInput = {
  expectedVersion: number;
  id: string;
  projectId: string;
};

/** Supprimer une session : ses places sont libérées et ses inscrits prévenus. */
export type DeleteEventSessionInput = {
  expectedVersion: number;
  id: string;
};

/** Supprimer une source du plan de financement. */
export type DeleteFinancingSourceInput = {
  expectedVersion: number;
  id: string;
};

/** Supprimer une dépense du plan d'investissement. */
export type DeleteInvestmentLineInput = {
  expectedVersion: number;
  id: string;
};

export type DeletePrizeInput = {
  expectedVersion: number;
  id: string;
};

/** Supprimer l'un de ses propres commentaires. */
export type DeleteProjectCommentInput = {
  commentId: string;
};

/** Détacher une personne d'un projet : le projet lui est fermé dès sa prochaine requête. */
export type DetachProjectMemberInput = {
  projectId: string;
  userId: string;
};

export const DocumentErrorCode = {
  ContentMismatch: 'CONTENT_MISMATCH',
  DuplicateName: 'DUPLICATE_NAME',
  Empty: 'EMPTY',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidName: 'INVALID_NAME',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  LinkExpired: 'LINK_EXPIRED',
  LinkInvalid: 'LINK_INVALID',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  NotUploaded: 'NOT_UPLOADED',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLarge: 'TOO_LARGE',
  TooLong: 'TOO_LONG',
  TypeNotAllowed: 'TYPE_NOT_ALLOWED',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type DocumentErrorCode = typeof DocumentErrorCode[keyof typeof DocumentErrorCode];
/** Nature du document. */
export const DocumentKind = {
  Consent: 'CONSENT',
  Other: 'OTHER',
  Persona: 'PERSONA',
  Questionnaire: 'QUESTIONNAIRE',
  Report: 'REPORT',
  Synthesis: 'SYNTHESIS'
} as const;

export type DocumentKind = typeof DocumentKind[keyof typeof DocumentKind];
/** Réécrire l'un de ses propres commentaires. */
export type EditProjectCommentInput = {
  body: string;
  commentId: string;
};

export type EndSessionInput = {
  sessionId: string;
};

/** La fiche d'un fournisseur pour votre région ; chaque champ remplace l'ancien. */
export type EnrichSupplierInput = {
  capabilityNafCodes?: Array<string>;
  capacityNotes?: string;
  certifications?: Array<SupplierCertification>;
  contactEmail?: string;
  contactName?: string;
  contactPhone?: string;
  /** Version lue ; null pour créer la fiche. */
  expectedVersion?: number | null | undefined;
  lastContactOn?: string | null | undefined;
  siret: string;
  /** Savoir-faire, en mots libres. */
  tags?: Array<string>;
};

export const EventErrorCode = {
  Abstained: 'ABSTAINED',
  AbstentionWithScores: 'ABSTENTION_WITH_SCORES',
  AlreadyJuror: 'ALREADY_JUROR',
  AlreadyPitching: 'ALREADY_PITCHING',
  AlreadyRegistered: 'ALREADY_REGISTERED',
  ClosedToPublic: 'CLOSED_TO_PUBLIC',
  CommuneInOtherRegion: 'COMMUNE_IN_OTHER_REGION',
  CommuneOutsideProgramme: 'COMMUNE_OUTSIDE_PROGRAMME',
  DuplicateCriterion: 'DUPLICATE_CRITERION',
  DuplicateMeetingRequest: 'DUPLICATE_MEETING_REQUEST',
  DuplicateName: 'DUPLICATE_NAME',
  EndsBeforeStart: 'ENDS_BEFORE_START',
  FormerCommune: 'FORMER_COMMUNE',
  InvalidCommuneCode: 'INVALID_COMMUNE_CODE',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidNafCode: 'INVALID_NAF_CODE',
  InvalidPhone: 'INVALID_PHONE',
  InvalidPostalCode: 'INVALID_POSTAL_CODE',
  InvalidSiren: 'INVALID_SIREN',
  InvalidSiret: 'INVALID_SIRET',
  InvalidUrl: 'INVALID_URL',
  MeetingAlreadyPlaced: 'MEETING_ALREADY_PLACED',
  MeetingNotAccepted: 'MEETING_NOT_ACCEPTED',
  MeetingRequestClosed: 'MEETING_REQUEST_CLOSED',
  MeetingTablesInUse: 'MEETING_TABLES_IN_USE',
  NotAllowed: 'NOT_ALLOWED',
  NotAJuror: 'NOT_A_JUROR',
  NotAMeetingSlot: 'NOT_A_MEETING_SLOT',
  NotAPartner: 'NOT_A_PARTNER',
  NotAProjectMember: 'NOT_A_PROJECT_MEMBER',
  NotFound: 'NOT_FOUND',
  NoScoringGrid: 'NO_SCORING_GRID',
  OutsideEventDays: 'OUTSIDE_EVENT_DAYS',
  OutOfRange: 'OUT_OF_RANGE',
  ParticipantBusy: 'PARTICIPANT_BUSY',
  ParticipantDoubleBooked: 'PARTICIPANT_DOUBLE_BOOKED',
  PitchNotInEvent: 'PITCH_NOT_IN_EVENT',
  ProjectNotPitching: 'PROJECT_NOT_PITCHING',
  RateLimited: 'RATE_LIMITED',
  RegistrationCancelled: 'REGISTRATION_CANCELLED',
  RegistrationClosed: 'REGISTRATION_CLOSED',
  Required: 'REQUIRED',
  ResultsLocked: 'RESULTS_LOCKED',
  ResultsNotLocked: 'RESULTS_NOT_LOCKED',
  ResultsPublished: 'RESULTS_PUBLISHED',
  RoomTaken: 'ROOM_TAKEN',
  RunningOrderMismatch: 'RUNNING_ORDER_MISMATCH',
  SessionsOverlap: 'SESSIONS_OVERLAP',
  SessionNotInEvent: 'SESSION_NOT_IN_EVENT',
  SessionNotPublic: 'SESSION_NOT_PUBLIC',
  SiretNotOfSiren: 'SIRET_NOT_OF_SIREN',
  SlugTaken: 'SLUG_TAKEN',
  StaleVersion: 'STALE_VERSION',
  TableTaken: 'TABLE_TAKEN',
  TooLong: 'TOO_LONG',
  TooPrecise: 'TOO_PRECISE',
  UnknownCommune: 'UNKNOWN_COMMUNE',
  UnknownCriterion: 'UNKNOWN_CRITERION',
  UnknownDepartement: 'UNKNOWN_DEPARTEMENT',
  UnknownNafCode: 'UNKNOWN_NAF_CODE',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownTheme: 'UNKNOWN_THEME',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type EventErrorCode = typeof EventErrorCode[keyof typeof EventErrorCode];
/** Inscription en cours ou annulée. */
export const EventRegistrationStatus = {
  Cancelled: 'CANCELLED',
  Registered: 'REGISTERED'
} as const;

export type EventRegistrationStatus = typeof EventRegistrationStatus[keyof typeof EventRegistrationStatus];
/** Les champs d'une session ; jour et heures en France. */
export type EventSessionFieldsInput = {
  /** Au moins 1 ; null : sans limite. */
  capacity?: number | null | undefined;
  day: string;
  description?: string;
  /** Jour de fin, s'il n'est pas celui du début. */
  endDay?: string | null | undefined;
  /** « 10:30 », après le début. */
  endTime: string;
  kind: EventSessionKind;
  openToPublic?: boolean;
  room?: string;
  /** Les intervenants, dans l'ordre ; remplacent les précédents. */
  speakers?: Array<SessionSpeakerInput>;
  /** « 09:30 », heure de France. */
  startTime: string;
  /** Obligatoire pour un atelier « meet-up ». */
  themeKey?: string | null | undefined;
  title: string;
};

/** Nature d'une session : conférence, table ronde, atelier « meet-up », hackathon, pitchs… */
export const EventSessionKind = {
  Break: 'BREAK',
  Conference: 'CONFERENCE',
  Hackathon: 'HACKATHON',
  Meetings: 'MEETINGS',
  Pitches: 'PITCHES',
  PitchPreparation: 'PITCH_PREPARATION',
  PrizeCeremony: 'PRIZE_CEREMONY',
  RoundTable: 'ROUND_TABLE',
  Workshop: 'WORKSHOP'
} as const;

export type EventSessionKind = typeof EventSessionKind[keyof typeof EventSessionKind];
/** Preuve qu'un jalon de projet demande : un document du projet d'une catégorie, ou la synthèse de son étude de marché (entretiens saisis). */
export const EvidenceKind = {
  MarketStudy: 'MARKET_STUDY',
  PersonaDocument: 'PERSONA_DOCUMENT',
  QuestionnaireDocument: 'QUESTIONNAIRE_DOCUMENT',
  ReportDocument: 'REPORT_DOCUMENT',
  SynthesisDocument: 'SYNTHESIS_DOCUMENT'
} as const;

export type EvidenceKind = typeof EvidenceKind[keyof typeof EvidenceKind];
export const FinancingErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  InvalidAmount: 'INVALID_AMOUNT',
  InvalidDates: 'INVALID_DATES',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPerimeter: 'INVALID_PERIMETER',
  InvalidPhone: 'INVALID_PHONE',
  InvalidRate: 'INVALID_RATE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  NotInProject: 'NOT_IN_PROJECT',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  TooManyRows: 'TOO_MANY_ROWS',
  UnknownNafSection: 'UNKNOWN_NAF_SECTION',
  UnknownOrganisation: 'UNKNOWN_ORGANISATION',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownScheme: 'UNKNOWN_SCHEME',
  UnknownUser: 'UNKNOWN_USER',
  YearOutOfRange: 'YEAR_OUT_OF_RANGE'
} as const;

export type FinancingErrorCode = typeof FinancingErrorCode[keyof typeof FinancingErrorCode];
/** Ce qu'un dispositif finance. */
export const FinancingPurpose = {
  Certification: 'CERTIFICATION',
  Consulting: 'CONSULTING',
  EcologicalTransition: 'ECOLOGICAL_TRANSITION',
  Export: 'EXPORT',
  Innovation: 'INNOVATION',
  Investment: 'INVESTMENT',
  Recruitment: 'RECRUITMENT',
  WorkingCapital: 'WORKING_CAPITAL'
} as const;

export type FinancingPurpose = typeof FinancingPurpose[keyof typeof FinancingPurpose];
/** Filtres du catalogue ; tous facultatifs. */
export type FinancingSchemeFilter = {
  /** Ouverts ce jour-là. */
  openOn?: string | null | undefined;
  purpose?: FinancingPurpose | null | undefined;
  /** Les dispositifs qui s'appliquent dans cette région : slug d'une région du programme (« normandie ») ou code INSEE (« 84 »). */
  region?: string | null | undefined;
  /** Dans le nom, le financeur, la description. */
  text?: string | null | undefined;
  type?: FinancingSchemeType | null | undefined;
};

/** Nature de l'aide : subvention, avance, prêt, garantie… */
export const FinancingSchemeType = {
  Equity: 'EQUITY',
  Grant: 'GRANT',
  Guarantee: 'GUARANTEE',
  Loan: 'LOAN',
  RepayableAdvance: 'REPAYABLE_ADVANCE',
  TaxCredit: 'TAX_CREDIT'
} as const;

export type FinancingSchemeType = typeof FinancingSchemeType[keyof typeof FinancingSchemeType];
/** Nature d'une source du plan de financement. */
export const FinancingSourceKind = {
  BankLoan: 'BANK_LOAN',
  Bpifrance: 'BPIFRANCE',
  Crowdfunding: 'CROWDFUNDING',
  EuropeanFunds: 'EUROPEAN_FUNDS',
  Other: 'OTHER',
  OwnFunds: 'OWN_FUNDS',
  PartnersEquity: 'PARTNERS_EQUITY',
  RegionalAid: 'REGIONAL_AID',
  StateCall: 'STATE_CALL',
  TaxCredit: 'TAX_CREDIT'
} as const;

export type FinancingSourceKind = typeof FinancingSourceKind[keyof typeof FinancingSourceKind];
/** Où en est une demande de financement. */
export const FinancingSourceStatus = {
  Abandoned: 'ABANDONED',
  Applied: 'APPLIED',
  Obtained: 'OBTAINED',
  Refused: 'REFUSED',
  ToApply: 'TO_APPLY'
} as const;

export type FinancingSourceStatus = typeof FinancingSourceStatus[keyof typeof FinancingSourceStatus];
/** L'accord de l'entreprise : qui l'a donné, et quel jour. */
export type GrantConsentInput = {
  givenBy: string;
  givenOn?: string | null | undefined;
};

export const GrantErrorCode = {
  AlreadyShared: 'ALREADY_SHARED',
  ConsentRequired: 'CONSENT_REQUIRED',
  DuplicateName: 'DUPLICATE_NAME',
  GrantEnded: 'GRANT_ENDED',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotAConsent: 'NOT_A_CONSENT',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  ProjectClosed: 'PROJECT_CLOSED',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownOrganisation: 'UNKNOWN_ORGANISATION',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type GrantErrorCode = typeof GrantErrorCode[keyof typeof GrantErrorCode];
/** Ce qu'un projet partage avec une organisation partenaire. */
export const GrantScope = {
  Documents: 'DOCUMENTS',
  Financing: 'FINANCING',
  Full: 'FULL',
  Summary: 'SUMMARY'
} as const;

export type GrantScope = typeof GrantScope[keyof typeof GrantScope];
/** Où en est un partage. */
export const GrantStatus = {
  Active: 'ACTIVE',
  Expired: 'EXPIRED',
  Revoked: 'REVOKED'
} as const;

export type GrantStatus = typeof GrantStatus[keyof typeof GrantStatus];
/** Un membre : un compte rattaché au projet (userId) ou un nom. */
export type HackathonMemberInput = {
  name?: string;
  role: HackathonRole;
  userId?: string | null | undefined;
};

/** Rôle d'un membre d'une équipe du hackathon. */
export const HackathonRole = {
  Coach: 'COACH',
  Company: 'COMPANY',
  Expert: 'EXPERT',
  Student: 'STUDENT'
} as const;

export type HackathonRole = typeof HackathonRole[keyof typeof HackathonRole];
/** Tranche d'effectif salarié de l'INSEE (celle du répertoire SIRENE). */
export const HeadcountBand = {
  /** 1 ou 2 salariés */
  From_1To_2: 'FROM_1_TO_2',
  /** 3 à 5 salariés */
  From_3To_5: 'FROM_3_TO_5',
  /** 6 à 9 salariés */
  From_6To_9: 'FROM_6_TO_9',
  /** 10 à 19 salariés */
  From_10To_19: 'FROM_10_TO_19',
  /** 20 à 49 salariés */
  From_20To_49: 'FROM_20_TO_49',
  /** 50 à 99 salariés */
  From_50To_99: 'FROM_50_TO_99',
  /** 100 à 199 salariés */
  From_100To_199: 'FROM_100_TO_199',
  /** 200 à 249 salariés */
  From_200To_249: 'FROM_200_TO_249',
  /** 250 à 499 salariés */
  From_250To_499: 'FROM_250_TO_499',
  /** 500 à 999 salariés */
  From_500To_999: 'FROM_500_TO_999',
  /** 1 000 à 1 999 salariés */
  From_1000To_1999: 'FROM_1000_TO_1999',
  /** 2 000 à 4 999 salariés */
  From_2000To_4999: 'FROM_2000_TO_4999',
  /** 5 000 à 9 999 salariés */
  From_5000To_9999: 'FROM_5000_TO_9999',
  /** 10 000 salariés et plus */
  From_10000: 'FROM_10000',
  /** 0 salarié au 31 décembre */
  NoneAtYearEnd: 'NONE_AT_YEAR_END',
  /** Unité non employeuse */
  NonEmployer: 'NON_EMPLOYER'
} as const;

export type HeadcountBand = typeof HeadcountBand[keyof typeof HeadcountBand];
export const InboxErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type InboxErrorCode = typeof InboxErrorCode[keyof typeof InboxErrorCode];
/** Nature d'une notification. */
export const InboxKind = {
  Assignment: 'ASSIGNMENT',
  GrantExpiring: 'GRANT_EXPIRING',
  Mention: 'MENTION',
  PartnerAnswer: 'PARTNER_ANSWER',
  PartnerQuestion: 'PARTNER_QUESTION',
  ProjectShared: 'PROJECT_SHARED',
  SourcingAnswer: 'SOURCING_ANSWER',
  SourcingRequest: 'SOURCING_REQUEST'
} as const;

export type InboxKind = typeof InboxKind[keyof typeof InboxKind];
/** Mode d'entretien. */
export const InterviewChannel = {
  FaceToFace: 'FACE_TO_FACE',
  Phone: 'PHONE',
  Survey: 'SURVEY',
  Video: 'VIDEO'
} as const;

export type InterviewChannel = typeof InterviewChannel[keyof typeof InterviewChannel];
/** Catégorie d'une dépense du plan d'investissement. */
export const InvestmentCategory = {
  Building: 'BUILDING',
  Certification: 'CERTIFICATION',
  Machines: 'MACHINES',
  Other: 'OTHER',
  Recruitment: 'RECRUITMENT',
  Research: 'RESEARCH',
  Software: 'SOFTWARE',
  Tooling: 'TOOLING',
  WorkingCapital: 'WORKING_CAPITAL'
} as const;

export type InvestmentCategory = typeof InvestmentCategory[keyof typeof InvestmentCategory];
/** Degré de certitude d'une dépense : estimée → dépensée. */
export const InvestmentStatus = {
  Committed: 'COMMITTED',
  Estimated: 'ESTIMATED',
  Quoted: 'QUOTED',
  Spent: 'SPENT'
} as const;

export type InvestmentStatus = typeof InvestmentStatus[keyof typeof InvestmentStatus];
export type InviteUserInput = {
  email: string;
  name: string;
  /** Slug de l'organisation, pour les partenaires (et les jurés qui en viennent). */
  organisation?: string | null | undefined;
  /** Slug de la région, pour les rôles régionaux. */
  region?: string | null | undefined;
  role: Role;
};

/** Inviter un compte de juré au jury de l'événement. */
export type JurorInput = {
  eventId: string;
  userId: string;
};

export type JuryResultsInput = {
  eventId: string;
  /** Version de l'événement lue ; refusé s'il a changé depuis. */
  expectedVersion: number;
};

export type JuryScoreInput = {
  criterionId: string;
  /** De 0 à 10, au dixième près. */
  value: number;
};

/** Marquer comme lues des notifications (toutes si ids est omis). */
export type MarkInboxReadInput = {
  ids?: Array<string> | null | undefined;
};

/** Où en est une demande de rendez-vous. */
export const MeetingRequestStatus = {
  Accepted: 'ACCEPTED',
  Declined: 'DECLINED',
  Pending: 'PENDING',
  Withdrawn: 'WITHDRAWN'
} as const;

export type MeetingRequestStatus = typeof MeetingRequestStatus[keyof typeof MeetingRequestStatus];
/** Pourquoi un rendez-vous accepté n'a pas pu être placé. */
export const MeetingUnplacedReason = {
  NoCommonSlot: 'NO_COMMON_SLOT',
  NoFreeTable: 'NO_FREE_TABLE',
  ParticipantsBooked: 'PARTICIPANTS_BOOKED'
} as const;

export type MeetingUnplacedReason = typeof MeetingUnplacedReason[keyof typeof MeetingUnplacedReason];
export const MembershipErrorCode = {
  AlreadyAttached: 'ALREADY_ATTACHED',
  DuplicateName: 'DUPLICATE_NAME',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotAttachableRole: 'NOT_ATTACHABLE_ROLE',
  NotAttached: 'NOT_ATTACHED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  ProjectClosed: 'PROJECT_CLOSED',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  RoleMismatch: 'ROLE_MISMATCH',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type MembershipErrorCode = typeof MembershipErrorCode[keyof typeof MembershipErrorCode];
export const MethodErrorCode = {
  DependencyAfterDependent: 'DEPENDENCY_AFTER_DEPENDENT',
  DependencyCycle: 'DEPENDENCY_CYCLE',
  DependencyScope: 'DEPENDENCY_SCOPE',
  DraftExists: 'DRAFT_EXISTS',
  DuplicateName: 'DUPLICATE_NAME',
  EvidenceNeedsProject: 'EVIDENCE_NEEDS_PROJECT',
  InvalidDuration: 'INVALID_DURATION',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NothingToPublish: 'NOTHING_TO_PUBLISH',
  NotAllowed: 'NOT_ALLOWED',
  NotADraft: 'NOT_A_DRAFT',
  NotFound: 'NOT_FOUND',
  NotPublished: 'NOT_PUBLISHED',
  OffsetOutOfRange: 'OFFSET_OUT_OF_RANGE',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownDependency: 'UNKNOWN_DEPENDENCY',
  UnknownPhase: 'UNKNOWN_PHASE',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type MethodErrorCode = typeof MethodErrorCode[keyof typeof MethodErrorCode];
/** Cycle de vie d'une version. */
export const MethodStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED',
  Retired: 'RETIRED'
} as const;

export type MethodStatus = typeof MethodStatus[keyof typeof MethodStatus];
export type MethodVersionInput = {
  expectedVersion: number;
  versionId: string;
};

/** Passer la cohorte à une autre version publiée ; avec dryRun, un aperçu. */
export type MigrateCohortInput = {
  cohortId: string;
  dryRun?: boolean;
  expectedVersion: number;
  methodVersionId: string;
};

/** Qui porte le jalon. */
export const MilestoneOwner = {
  Adviser: 'ADVISER',
  Coach: 'COACH',
  Company: 'COMPANY',
  National: 'NATIONAL',
  RegionalAdmin: 'REGIONAL_ADMIN',
  StudentTeam: 'STUDENT_TEAM'
} as const;

export type MilestoneOwner = typeof MilestoneOwner[keyof typeof MilestoneOwner];
/** COHORT : une fois par cohorte ; PROJECT : pour chaque projet. */
export const MilestoneScope = {
  Cohort: 'COHORT',
  Project: 'PROJECT'
} as const;

export type MilestoneScope = typeof MilestoneScope[keyof typeof MilestoneScope];
/** État saisi par un conseiller. */
export const MilestoneState = {
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  Todo: 'TODO'
} as const;

export type MilestoneState = typeof MilestoneState[keyof typeof MilestoneState];
/** Calculé chaque jour : LATE si l'échéance est passée. */
export const MilestoneStatus = {
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  Late: 'LATE',
  Todo: 'TODO'
} as const;

export type MilestoneStatus = typeof MilestoneStatus[keyof typeof MilestoneStatus];
/** Un jalon ; `key` vide ou temporaire pour un nouveau jalon. */
export type MilestoneTemplateInput = {
  dependsOnKeys?: Array<string>;
  expectedDeliverable?: string;
  key?: string | null | undefined;
  offsetWorkingDays: number;
  owner: MilestoneOwner;
  phaseKey: string;
  /** Preuve demandée (jalon de projet seulement) ; vide : aucune. */
  requiredEvidence?: EvidenceKind | null | undefined;
  scope: MilestoneScope;
  title: string;
};

export const OrganisationErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidSlug: 'INVALID_SLUG',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  SlugAlreadyUsed: 'SLUG_ALREADY_USED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type OrganisationErrorCode = typeof OrganisationErrorCode[keyof typeof OrganisationErrorCode];
export const OrganisationKind = {
  Consultancy: 'CONSULTANCY',
  Distributor: 'DISTRIBUTOR',
  Financer: 'FINANCER',
  Label: 'LABEL',
  Network: 'NETWORK',
  PublicAuthority: 'PUBLIC_AUTHORITY',
  School: 'SCHOOL'
} as const;

export type OrganisationKind = typeof OrganisationKind[keyof typeof OrganisationKind];
/** Une phase ; `key` vide ou temporaire pour une nouvelle phase. */
export type PhaseInputType = {
  key?: string | null | undefined;
  name: string;
};

/** Placer (ou déplacer) un rendez-vous accepté sur un créneau et une table. */
export type PlaceMeetingInput = {
  requestId: string;
  slotStartsAt: string;
  tableNumber: number;
};

export const PlanningErrorCode = {
  CohortExists: 'COHORT_EXISTS',
  DoneInTheFuture: 'DONE_IN_THE_FUTURE',
  DuplicateName: 'DUPLICATE_NAME',
  InvalidAssignee: 'INVALID_ASSIGNEE',
  InvalidDates: 'INVALID_DATES',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  InvalidYear: 'INVALID_YEAR',
  MethodNotPublished: 'METHOD_NOT_PUBLISHED',
  NotAllowed: 'NOT_ALLOWED',
  NotAWorkingDay: 'NOT_A_WORKING_DAY',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  ProjectInAnotherCohort: 'PROJECT_IN_ANOTHER_COHORT',
  RateLimited: 'RATE_LIMITED',
  RegionNotInEdition: 'REGION_NOT_IN_EDITION',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type PlanningErrorCode = typeof PlanningErrorCode[keyof typeof PlanningErrorCode];
/** Demander aux autres régions des fournisseurs pour une étape de la chaîne d'un projet. */
export type PostSourcingRequestInput = {
  /** Dernier jour pour répondre (au plus dans 180 jours). */
  deadline: string;
  nafHints?: Array<string>;
  need: string;
  stageId: string;
  /** Régions sollicitées (identifiants) ; vide : toutes les autres. */
  targetRegions?: Array<string>;
};

/** FULL : fiche complète ; SUMMARY : fiche résumée. */
export const ProjectAccess = {
  Full: 'FULL',
  Summary: 'SUMMARY'
} as const;

export type ProjectAccess = typeof ProjectAccess[keyof typeof ProjectAccess];
export const ProjectErrorCode = {
  AdviserNotInRegion: 'ADVISER_NOT_IN_REGION',
  CommuneInOtherRegion: 'COMMUNE_IN_OTHER_REGION',
  CommuneOutsideProgramme: 'COMMUNE_OUTSIDE_PROGRAMME',
  DuplicateCriterion: 'DUPLICATE_CRITERION',
  DuplicateName: 'DUPLICATE_NAME',
  FormerCommune: 'FORMER_COMMUNE',
  IllegalTransition: 'ILLEGAL_TRANSITION',
  InvalidCommuneCode: 'INVALID_COMMUNE_CODE',
  InvalidCustomsCode: 'INVALID_CUSTOMS_CODE',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidNafCode: 'INVALID_NAF_CODE',
  InvalidPhone: 'INVALID_PHONE',
  InvalidPostalCode: 'INVALID_POSTAL_CODE',
  InvalidSiren: 'INVALID_SIREN',
  InvalidSiret: 'INVALID_SIRET',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotCommentAuthor: 'NOT_COMMENT_AUTHOR',
  NotFound: 'NOT_FOUND',
  NotWholeEuros: 'NOT_WHOLE_EUROS',
  OneCoach: 'ONE_COACH',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  SiretNotOfSiren: 'SIRET_NOT_OF_SIREN',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownCommune: 'UNKNOWN_COMMUNE',
  UnknownCriterion: 'UNKNOWN_CRITERION',
  UnknownDepartement: 'UNKNOWN_DEPARTEMENT',
  UnknownNafCode: 'UNKNOWN_NAF_CODE',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type ProjectErrorCode = typeof ProjectErrorCode[keyof typeof ProjectErrorCode];
/** Filtres de la liste des projets ; une liste vide ne filtre pas. */
export type ProjectFilter = {
  /** Identifiants des conseillers qui suivent les projets. */
  adviser?: Array<string> | null | undefined;
  /** Codes INSEE des départements des entreprises. */
  departement?: Array<string> | null | undefined;
  /** Vrai : les projets qui suivent une cohorte ; faux : ceux qui n'en suivent aucune. */
  inCohort?: boolean | null | undefined;
  /** Projets ayant au moins un de ces besoins. */
  need?: Array<ProjectNeed> | null | undefined;
  sector?: Array<Sector> | null | undefined;
  status?: Array<ProjectStatus> | null | undefined;
  /** Recherche sans accents ni casse dans le nom, l'entreprise et l'objectif (200 caractères au plus). */
  text?: string | null | undefined;
};

/** Nature du projet. */
export const ProjectKind = {
  Diversification: 'DIVERSIFICATION',
  NewProduction: 'NEW_PRODUCTION',
  Relocation: 'RELOCATION'
} as const;

export type ProjectKind = typeof ProjectKind[keyof typeof ProjectKind];
/** Besoin d'accompagnement. */
export const ProjectNeed = {
  Consulting: 'CONSULTING',
  DistributionSourcing: 'DISTRIBUTION_SOURCING',
  Financing: 'FINANCING',
  MarketStudy: 'MARKET_STUDY',
  ProductionSourcing: 'PRODUCTION_SOURCING',
  ResearchDevelopment: 'RESEARCH_DEVELOPMENT'
} as const;

export type ProjectNeed = typeof ProjectNeed[keyof typeof ProjectNeed];
/** Un produit concerné par le projet. */
export type ProjectProductInput = {
  /** Valeur annuelle des importations remplacées, en euros entiers. */
  annualImportValueEur?: number | null | undefined;
  /** 4, 6, 8 ou 10 chiffres. */
  customsCode?: string | null | undefined;
  name: string;
};

/** Partie du projet consultée. */
export const ProjectReadPart = {
  Contact: 'CONTACT',
  Document: 'DOCUMENT',
  Documents: 'DOCUMENTS',
  Financing: 'FINANCING',
  FinancingPlan: 'FINANCING_PLAN',
  InvestmentPlan: 'INVESTMENT_PLAN',
  MarketStudy: 'MARKET_STUDY',
  Milestones: 'MILESTONES',
  Notes: 'NOTES',
  Record: 'RECORD',
  SupplyChain: 'SUPPLY_CHAIN',
  Thread: 'THREAD'
} as const;

export type ProjectReadPart = typeof ProjectReadPart[keyof typeof ProjectReadPart];
/** Étape du parcours. */
export const ProjectStatus = {
  Abandoned: 'ABANDONED',
  Accelerating: 'ACCELERATING',
  Candidate: 'CANDIDATE',
  Closed: 'CLOSED',
  FollowUp: 'FOLLOW_UP',
  Pitched: 'PITCHED',
  Rejected: 'REJECTED',
  Selected: 'SELECTED'
} as const;

export type ProjectStatus = typeof ProjectStatus[keyof typeof ProjectStatus];
/** Inscription d'une personne du public à un événement et à ses ateliers. */
export type RegisterForEventInput = {
  company: string;
  /** Accord pour le traitement des données de l'inscription. */
  consent: boolean;
  email: string;
  eventId: string;
  function?: string | null | undefined;
  name: string;
  /** Les sessions choisies (ateliers…). */
  sessionIds: Array<string>;
  /** 14 chiffres, facultatif. */
  siret?: string | null | undefined;
  /** Laisser vide. */
  website?: string | null | undefined;
};

/** Une personne venue sans inscription, enregistrée à l'accueil. */
export type RegisterWalkInInput = {
  company: string;
  email?: string | null | undefined;
  eventId: string;
  function?: string | null | undefined;
  name: string;
};

export type RemovePitchInput = {
  pitchId: string;
};

export type RenameUserInput = {
  name: string;
  userId: string;
};

/** L'ordre de passage entier : chaque pitch de l'événement, une fois. */
export type ReorderPitchesInput = {
  eventId: string;
  /** Version de l'événement lue ; refusé s'il a changé depuis. */
  expectedVersion: number;
  pitchIds: Array<string>;
};

/** Déplacer J0 ; avec dryRun, un aperçu des échéances qui changeraient. */
export type ReplanCohortInput = {
  cohortId: string;
  dryRun?: boolean;
  eventDate: string;
  expectedVersion: number;
};

/** Demander un lien pour déposer un fichier sur un projet de sa région. */
export type RequestDocumentUploadInput = {
  /** Type MIME annoncé, vérifié ensuite sur le contenu reçu. */
  contentType: string;
  /** Pour déposer une nouvelle version d'un document existant. */
  documentId?: string | null | undefined;
  /** Version lue du document existant ; refusé s'il a changé depuis. */
  expectedVersion?: number | null | undefined;
  fileName: string;
  kind?: DocumentKind;
  projectId: string;
  /** Taille en octets. */
  size: number;
};

/** Demander un rendez-vous (partenaire), ou l'inscrire pour un projet (organisateurs). */
export type RequestMeetingInput = {
  eventId: string;
  message?: string;
  /** Organisateurs : la personne du partenaire que le projet veut rencontrer. */
  partnerUserId?: string | null | undefined;
  pitchId: string;
};

/** Profil de la personne interrogée (jamais son nom). */
export const RespondentProfile = {
  Consumer: 'CONSUMER',
  Distributor: 'DISTRIBUTOR',
  Expert: 'EXPERT',
  IndustrialUser: 'INDUSTRIAL_USER',
  Other: 'OTHER',
  ProfessionalBuyer: 'PROFESSIONAL_BUYER'
} as const;

export type RespondentProfile = typeof RespondentProfile[keyof typeof RespondentProfile];
/** Tranche de chiffre d'affaires annuel, aux seuils des catégories d'entreprises (micro, PME, ETI). */
export const RevenueBand = {
  /** De 2 à 10 M€ */
  From_2MTo_10M: 'FROM_2M_TO_10M',
  /** De 10 à 50 M€ */
  From_10MTo_50M: 'FROM_10M_TO_50M',
  /** De 50 M€ à 1,5 Md€ */
  From_50MTo_1500M: 'FROM_50M_TO_1500M',
  /** Plus de 1,5 Md€ */
  Over_1500M: 'OVER_1500M',
  /** Moins de 2 M€ */
  Under_2M: 'UNDER_2M'
} as const;

export type RevenueBand = typeof RevenueBand[keyof typeof RevenueBand];
export type RevokeCalendarFeedInput = {
  feedId: string;
};

/** Mettre fin à un partage, dès la prochaine requête du partenaire. */
export type RevokeGrantInput = {
  grantId: string;
};

/** Rôle dans le programme. */
export const Role = {
  Adviser: 'ADVISER',
  Coach: 'COACH',
  Expert: 'EXPERT',
  Juror: 'JUROR',
  National: 'NATIONAL',
  Partner: 'PARTNER',
  PlatformAdmin: 'PLATFORM_ADMIN',
  RegionalAdmin: 'REGIONAL_ADMIN',
  Student: 'STUDENT'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Ajouter une aide de minimis antérieure à l'entreprise d'un projet, ou en modifier une (id). */
export type SaveEarlierDeMinimisAidInput = {
  /** Équivalent-subvention brut, en euros entiers. */
  amount: number;
  /** Version lue ; obligatoire pour modifier, refusé si l'élément a changé depuis. */
  expectedVersion?: number | null | undefined;
  /** Qui l'a octroyée, et au titre de quoi. */
  grantedBy: string;
  grantedOn: string;
  id?: string | null | undefined;
  projectId: string;
};

/** Ajouter un dispositif (sans id) ou en modifier un (id et expectedVersion). */
export type SaveFinancingSchemeInput = {
  amountMax?: number | null | undefined;
  amountMin?: number | null | undefined;
  applicationUrl?: string;
  closesOn?: string | null | undefined;
  companySizes?: Array<CompanySize>;
  deMinimis?: boolean;
  /** Codes INSEE des départements. */
  departements?: Array<string>;
  description?: string;
  /** Version lue ; obligatoire pour modifier, refusé si le dispositif a changé depuis. */
  expectedVersion?: number | null | undefined;
  financerLabel: string;
  financerOrganisationId?: string | null | undefined;
  id?: string | null | undefined;
  nafSections?: Array<string>;
  name: string;
  nationwide?: boolean;
  opensOn?: string | null | undefined;
  projectKinds?: Array<ProjectKind>;
  purposes?: Array<FinancingPurpose>;
  rateMax?: number | null | undefined;
  rateMin?: number | null | undefined;
  /** Codes INSEE des régions (ou slugs des régions du programme). */
  regions?: Array<string>;
  sourceUrl?: string;
  type: FinancingSchemeType;
};

/** Ajouter une source au plan d'un projet (projectId), ou en modifier une (id). */
export type SaveFinancingSourceInput = {
  /** Équivalent-subvention brut d'un prêt aidé ou d'une garantie, en euros. */
  aidEquivalent?: number | null | undefined;
  /** Montant en euros entiers (hors taxes pour une dépense), positif, d'au plus un milliard. */
  amount: number;
  appliedOn?: string | null | undefined;
  /** Aide de minimis ; null : comme le dit son dispositif (non sans dispositif). */
  deMinimis?: boolean | null | undefined;
  /** Pour une demande obtenue ou refusée. */
  decidedOn?: string | null | undefined;
  decisionDocumentId?: string | null | undefined;
  /** Version lue ; obligatoire pour modifier, refusé si l'élément a changé depuis. */
  expectedVersion?: number | null | undefined;
  id?: string | null | undefined;
  kind: FinancingSourceKind;
  label?: string;
  projectId?: string | null | undefined;
  /** Dispositif du catalogue national, ou de celui de la région du projet. */
  schemeId?: string | null | undefined;
  status?: FinancingSourceStatus;
  year: number;
};

/** Composer l'équipe du hackathon d'un pitch (remplace l'équipe entière). */
export type SaveHackathonTeamInput = {
  challenges: Array<string>;
  /** Version lue ; refusé si l'équipe a changé depuis. */
  expectedVersion?: number | null | undefined;
  members: Array<HackathonMemberInput>;
  pitchId: string;
};

/** Ajouter une dépense au plan d'un projet (projectId), ou en modifier une (id). */
export type SaveInvestmentLineInput = {
  /** Montant en euros entiers (hors taxes pour une dépense), positif, d'au plus un milliard. */
  amount: number;
  category: InvestmentCategory;
  /** Version lue ; obligatoire pour modifier, refusé si l'élément a changé depuis. */
  expectedVersion?: number | null | undefined;
  id?: string | null | undefined;
  label: string;
  projectId?: string | null | undefined;
  /** 1 à 4 ; null pour l'année entière. */
  quarter?: number | null | undefined;
  /** Devis, document du projet. */
  quoteDocumentId?: string | null | undefined;
  status?: InvestmentStatus;
  /** Fournisseur envisagé dans la chaîne du projet. */
  supplierCandidateId?: string | null | undefined;
  year: number;
};

/** Le contenu complet du brouillon, dans l'ordre voulu : il remplace l'ancien. */
export type SaveMethodDraftInput = {
  durationMonths: number;
  expectedVersion: number;
  milestoneTemplates: Array<MilestoneTemplateInput>;
  name: string;
  phases: Array<PhaseInputType>;
  versionId: string;
};

/** Placer automatiquement les rendez-vous acceptés. */
export type ScheduleMeetingsInput = {
  eventId: string;
};

/** Noter une candidature de sa région sur la grille de sélection : sa propre note, réécrite si déjà donnée. */
export type ScoreCandidateInput = {
  comment?: string;
  projectId: string;
  scores: Array<CriterionScoreInput>;
};

/** La fiche d'un juré pour un pitch : une note par critère, ou une abstention. */
export type ScorePitchInput = {
  /** Conflit d'intérêts : définitif, sans note. */
  abstain?: boolean;
  comment?: string;
  pitchId: string;
  scores?: Array<JuryScoreInput>;
};

/** Place confirmée, ou en liste d'attente (session complète). */
export const SeatStatus = {
  Confirmed: 'CONFIRMED',
  Waiting: 'WAITING'
} as const;

export type SeatStatus = typeof SeatStatus[keyof typeof SeatStatus];
/** Filière industrielle. */
export const Sector = {
  Aerospace: 'AEROSPACE',
  Agrifood: 'AGRIFOOD',
  Chemicals: 'CHEMICALS',
  Construction: 'CONSTRUCTION',
  Cosmetics: 'COSMETICS',
  Electronics: 'ELECTRONICS',
  Energy: 'ENERGY',
  FoodService: 'FOOD_SERVICE',
  Health: 'HEALTH',
  Mechanics: 'MECHANICS',
  Mobility: 'MOBILITY',
  SportsLeisure: 'SPORTS_LEISURE',
  Textile: 'TEXTILE',
  WoodFurniture: 'WOOD_FURNITURE'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** Envoyer à chaque participant son agenda de rendez-vous, avec un .ics. */
export type SendMeetingAgendasInput = {
  eventId: string;
};

export const SessionErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type SessionErrorCode = typeof SessionErrorCode[keyof typeof SessionErrorCode];
export type SessionSpeakerInput = {
  name: string;
  organisation?: string;
  title?: string;
};

/** Nombre de tables de rendez-vous de l'événement. */
export type SetMeetingTablesInput = {
  eventId: string;
  expectedVersion?: number | null | undefined;
  tables: number;
};

/** Remplacer la liste des produits concernés d'un projet de sa région. */
export type SetProjectProductsInput = {
  /** Version lue ; refusé si le projet a changé depuis. */
  expectedVersion: number;
  products: Array<ProjectProductInput>;
  projectId: string;
};

/** Remplacer le coach et les experts d'un projet de sa région. */
export type SetProjectTeamInput = {
  /** Version lue ; refusé si le projet a changé depuis. */
  expectedVersion: number;
  members: Array<TeamMemberInput>;
  projectId: string;
};

/** Déclarer (ou remplacer) l'équipe d'étudiants d'un projet de sa région. */
export type SetStudentTeamInput = {
  /** Version lue de l'équipe existante ; refusé si elle a changé depuis. */
  expectedVersion?: number | null | undefined;
  projectId: string;
  school: string;
  students: Array<StudentInput>;
  teacherName: string;
};

/** Remplacer la liste ordonnée des étapes de la chaîne d'un projet de sa région. */
export type SetSupplyChainStagesInput = {
  /** Version du projet lue. */
  expectedVersion: number;
  projectId: string;
  stages: Array<SupplyChainStageInput>;
};

/** Partager un projet avec une organisation partenaire ; au-delà de la fiche résumée, avec l'accord de l'entreprise. */
export type ShareProjectInput = {
  consent?: GrantConsentInput | null | undefined;
  /** Dernier jour du partage (obligatoire). */
  expiresOn?: string | null | undefined;
  organisationId: string;
  projectId: string;
  /** Pourquoi le projet est partagé (lu par le partenaire). */
  purpose?: string;
  scope: GrantScope;
};

export const SourcingErrorCode = {
  AlreadyCandidate: 'ALREADY_CANDIDATE',
  AlreadyInChain: 'ALREADY_IN_CHAIN',
  CommuneInOtherRegion: 'COMMUNE_IN_OTHER_REGION',
  CommuneOutsideProgramme: 'COMMUNE_OUTSIDE_PROGRAMME',
  DuplicateName: 'DUPLICATE_NAME',
  FormerCommune: 'FORMER_COMMUNE',
  IllegalTransition: 'ILLEGAL_TRANSITION',
  InvalidCommuneCode: 'INVALID_COMMUNE_CODE',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidNafCode: 'INVALID_NAF_CODE',
  InvalidPhone: 'INVALID_PHONE',
  InvalidPostalCode: 'INVALID_POSTAL_CODE',
  InvalidSiren: 'INVALID_SIREN',
  InvalidSiret: 'INVALID_SIRET',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  RequestExpired: 'REQUEST_EXPIRED',
  Required: 'REQUIRED',
  SiretNotOfSiren: 'SIRET_NOT_OF_SIREN',
  StageNotEmpty: 'STAGE_NOT_EMPTY',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownCommune: 'UNKNOWN_COMMUNE',
  UnknownDepartement: 'UNKNOWN_DEPARTEMENT',
  UnknownNafCode: 'UNKNOWN_NAF_CODE',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownSupplier: 'UNKNOWN_SUPPLIER',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type SourcingErrorCode = typeof SourcingErrorCode[keyof typeof SourcingErrorCode];
export type StudentInput = {
  /** Adresse e-mail de l'école. */
  email: string;
  name: string;
};

export const StudyErrorCode = {
  DuplicateName: 'DUPLICATE_NAME',
  FutureDate: 'FUTURE_DATE',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidPhone: 'INVALID_PHONE',
  InvalidUrl: 'INVALID_URL',
  NotAllowed: 'NOT_ALLOWED',
  NotFound: 'NOT_FOUND',
  OutOfRange: 'OUT_OF_RANGE',
  RateLimited: 'RATE_LIMITED',
  Required: 'REQUIRED',
  StaleVersion: 'STALE_VERSION',
  TooLong: 'TOO_LONG',
  UnknownRegion: 'UNKNOWN_REGION',
  UnknownUser: 'UNKNOWN_USER'
} as const;

export type StudyErrorCode = typeof StudyErrorCode[keyof typeof StudyErrorCode];
/** Candidature d'une entreprise à l'accélérateur de sa région (formulaire public). */
export type SubmitCandidacyInput = {
  /** Code INSEE de la commune (pas le code postal). */
  communeCode: string;
  companyName: string;
  /** Accord pour le traitement des données de la candidature. */
  consent: boolean;
  contactEmail: string;
  contactName: string;
  contactPhone?: string | null | undefined;
  kind: ProjectKind;
  /** Code NAF rév. 2, par exemple 13.10Z. */
  nafCode?: string | null | undefined;
  needs: Array<ProjectNeed>;
  projectName: string;
  sector: Sector;
  /** 9 chiffres. */
  siren: string;
  /** 14 chiffres : l'établissement qui porte le projet. */
  siret?: string | null | undefined;
  /** Le projet en quelques lignes : produit, marché, besoin. */
  summary: string;
  /** Laisser vide. */
  website?: string | null | undefined;
};

/** Où en est un fournisseur envisagé. */
export const SupplierCandidateStatus = {
  Contacted: 'CONTACTED',
  Identified: 'IDENTIFIED',
  Qualified: 'QUALIFIED',
  Rejected: 'REJECTED',
  Retained: 'RETAINED'
} as const;

export type SupplierCandidateStatus = typeof SupplierCandidateStatus[keyof typeof SupplierCandidateStatus];
/** Label ou certification d'un fournisseur. */
export const SupplierCertification = {
  EntreprisePatrimoineVivant: 'ENTREPRISE_PATRIMOINE_VIVANT',
  En_9100: 'EN_9100',
  FranceTerreTextile: 'FRANCE_TERRE_TEXTILE',
  Gots: 'GOTS',
  Iatf_16949: 'IATF_16949',
  Iso_9001: 'ISO_9001',
  Iso_13485: 'ISO_13485',
  Iso_14001: 'ISO_14001',
  Iso_45001: 'ISO_45001',
  OekoTex: 'OEKO_TEX',
  OrigineFranceGarantie: 'ORIGINE_FRANCE_GARANTIE',
  PefcFsc: 'PEFC_FSC'
} as const;

export type SupplierCertification = typeof SupplierCertification[keyof typeof SupplierCertification];
/** Filtres de la recherche de fournisseurs ; une liste vide ne filtre pas. */
export type SupplierFilter = {
  /** Certifications notées dans les fiches de votre région (l'une d'elles). */
  certifications?: Array<SupplierCertification> | null | undefined;
  /** Codes des départements (« 76 », « 2A ») ; s'ajoutent à ceux des régions. */
  departements?: Array<string> | null | undefined;
  /** Codes NAF (« 13.10Z ») ou sections (« C », industrie manufacturière). */
  naf?: Array<string> | null | undefined;
  /** Codes INSEE des régions (« 28 » Normandie, « 32 » Hauts-de-France…). */
  regionCodes?: Array<string> | null | undefined;
  /** Au plus à cette distance du site du projet (établissements localisés seulement). */
  withinKm?: number | null | undefined;
  /** Tranches d'effectif INSEE. */
  workforceBands?: Array<string> | null | undefined;
};

/** Le lieu d'où l'on cherche : le site d'un projet, ou une commune. */
export type SupplierNearInput = {
  /** Code INSEE d'une commune. */
  communeCode?: string | null | undefined;
  projectId?: string | null | undefined;
};

/** Proximité du fournisseur : même département, même région, région voisine, reste de la France. */
export const SupplierTier = {
  NeighbouringRegion: 'NEIGHBOURING_REGION',
  RestOfFrance: 'REST_OF_FRANCE',
  SameDepartement: 'SAME_DEPARTEMENT',
  SameRegion: 'SAME_REGION'
} as const;

export type SupplierTier = typeof SupplierTier[keyof typeof SupplierTier];
/** Une étape, existante (id) ou nouvelle (sans id). */
export type SupplyChainStageInput = {
  id?: string | null | undefined;
  name: string;
  needs?: string;
};

/** Un coach ou un expert. */
export type TeamMemberInput = {
  email?: string;
  expertise?: string;
  name: string;
  organisation?: string;
  role: TeamRole;
};

/** Rôle dans l'équipe d'un projet. */
export const TeamRole = {
  Coach: 'COACH',
  Expert: 'EXPERT'
} as const;

export type TeamRole = typeof TeamRole[keyof typeof TeamRole];
/** Faire avancer un projet dans son parcours (ou l'arrêter, avec un motif). */
export type TransitionProjectInput = {
  /** Version lue ; refusé si le projet a changé depuis. */
  expectedVersion: number;
  projectId: string;
  /** Motif ; obligatoire pour « non retenu » et « abandonné ». */
  reason?: string | null | undefined;
  to: ProjectStatus;
};

/** Faire avancer un fournisseur envisagé, ou l'écarter avec un motif. */
export type TransitionSupplierCandidateInput = {
  candidateId: string;
  expectedVersion: number;
  reason?: string | null | undefined;
  to: SupplierCandidateStatus;
};

/** Retirer un rendez-vous de la grille (la demande reste acceptée). */
export type UnplaceMeetingInput = {
  requestId: string;
};

/** Compléter ou corriger la fiche d'une entreprise de sa région ; le SIREN ne change pas. */
export type UpdateCompanyInput = {
  /** Code INSEE d'une commune de la région (pas le code postal). */
  communeCode?: string | null | undefined;
  companyId: string;
  /** Absent : inchangé. */
  contact?: CompanyContactInput | null | undefined;
  /** Version lue ; refusé si la fiche a changé depuis. */
  expectedVersion: number;
  /** Absent : inchangée ; null : inconnue. */
  headcountBand?: HeadcountBand | null | undefined;
  /** Code NAF rév. 2 ; vide pour l'effacer. */
  nafCode?: string | null | undefined;
  name?: string | null | undefined;
  /** 5 chiffres ; vide pour l'effacer. */
  postalCode?: string | null | undefined;
  /** Absent : inchangée ; null : inconnue. */
  revenueBand?: RevenueBand | null | undefined;
  /** 14 chiffres ; vide pour l'effacer. */
  siret?: string | null | undefined;
  /** Numéro et voie ; vide pour l'effacer. */
  street?: string | null | undefined;
  /** Adresse du site (https:// ajouté s'il manque) ; vide pour l'effacer. */
  website?: string | null | undefined;
};

/** Les champs de l'événement lui-même. */
export type UpdateEventInput = {
  address?: string;
  description?: string;
  endsOn: string;
  /** Version lue ; refusé si l'élément a changé depuis. */
  expectedVersion: number;
  id: string;
  name: string;
  /** De 60 à 900 secondes. */
  pitchSeconds?: number;
  /** Le formulaire public est ouvert jusqu'à cet instant ; null : fermé. */
  registrationClosesAt?: string | null | undefined;
  startsOn: string;
  venue: string;
};

/** Modifier une session du programme. */
export type UpdateEventSessionInput = {
  /** Version lue ; refusé si l'élément a changé depuis. */
  expectedVersion: number;
  id: string;
  session: EventSessionFieldsInput;
};

/** Prolonger, élargir ou restreindre un partage en cours. */
export type UpdateGrantInput = {
  expiresOn?: string | null | undefined;
  grantId: string;
  scope: GrantScope;
};

/** Champs omis : inchangés. assigneeId ou pinnedDate à null : retirés. */
export type UpdateMilestoneInput = {
  assigneeId?: string | null | undefined;
  /** Avec state DONE ; aujourd'hui par défaut. */
  doneOn?: string | null | undefined;
  evidence?: string | null | undefined;
  evidenceUrl?: string | null | undefined;
  expectedVersion: number;
  milestoneId: string;
  /** Fixe l'échéance à la main ; null la rend au plan. */
  pinnedDate?: string | null | undefined;
  state?: MilestoneState | null | undefined;
};

/** Les sessions choisies, depuis le lien personnel. */
export type UpdateMyEventRegistrationInput = {
  sessionIds: Array<string>;
  token: string;
};

export type UpdateOrganisationInput = {
  kind: OrganisationKind;
  name: string;
  organisationId: string;
  website?: string | null | undefined;
};

export type UpdatePrizeInput = {
  amount?: number | null | undefined;
  expectedVersion: number;
  id: string;
  name: string;
  nature?: string;
  organisationId?: string | null | undefined;
  pitchId?: string | null | undefined;
};

/** Modifier l'objectif ou les notes d'un projet de sa région. */
export type UpdateProjectInput = {
  /** Version lue ; refusé si le projet a changé depuis. */
  expectedVersion: number;
  notes?: string | null | undefined;
  projectId: string;
  summary?: string | null | undefined;
};

/** Notes et prochaine action d'un fournisseur envisagé. */
export type UpdateSupplierCandidateInput = {
  candidateId: string;
  /** Vrai pour effacer la prochaine action. */
  clearNextAction?: boolean;
  expectedVersion: number;
  /** Date de la prochaine action. */
  nextActionOn?: string | null | undefined;
  notes?: string | null | undefined;
};

export type UserAccountInput = {
  userId: string;
};

/** Retirer sa demande de rendez-vous. */
export type WithdrawMeetingRequestInput = {
  requestId: string;
};

export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { viewer: { displayName: string, email: string | null, role: Role, region: { id: string, slug: string, name: string } | null, organisation: { id: string, name: string } | null, capabilities: Array<{ action: Action, national: boolean, addressed: boolean, grant: GrantScope | null, attached: boolean, regions: Array<{ id: string, slug: string, name: string }> }>, user: { id: string } | null } | null };

export type MySessionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MySessionsQuery = { mySessions: { managedByExternalIssuer: boolean, sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startedAt: string, lastActiveAt: string, expiresAt: string, device: string | null, address: string, current: boolean } }> } } };

export type EndSessionMutationVariables = Exact<{
  input: EndSessionInput;
}>;


export type EndSessionMutation = { endSession:
    | { __typename: 'EndSessionSuccess', sessionId: string }
    | (
      { __typename: 'SessionConflict' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionConflict_Fragment': SessionErrorFields_SessionConflict_Fragment } }
    )
    | (
      { __typename: 'SessionInvalid' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionInvalid_Fragment': SessionErrorFields_SessionInvalid_Fragment } }
    )
    | (
      { __typename: 'SessionNotAllowed' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionNotAllowed_Fragment': SessionErrorFields_SessionNotAllowed_Fragment } }
    )
   };

export type EndAllSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndAllSessionsMutation = { endAllSessions:
    | { __typename: 'EndAllSessionsSuccess', endedCount: number }
    | (
      { __typename: 'SessionConflict' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionConflict_Fragment': SessionErrorFields_SessionConflict_Fragment } }
    )
    | (
      { __typename: 'SessionInvalid' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionInvalid_Fragment': SessionErrorFields_SessionInvalid_Fragment } }
    )
    | (
      { __typename: 'SessionNotAllowed' }
      & { ' $fragmentRefs'?: { 'SessionErrorFields_SessionNotAllowed_Fragment': SessionErrorFields_SessionNotAllowed_Fragment } }
    )
   };

export type AuditContextQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditContextQuery = { regions: { edges: Array<{ node: { id: string, slug: string, name: string, advisers: { edges: Array<{ node: { id: string, displayName: string } }> } } }> } };

export type AuditEventsQueryVariables = Exact<{
  region?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'AuditEventRow_EventFragment': AuditEventRow_EventFragment } }
      ) }> } };

export type AuditEventRow_EventFragment = { id: string, occurredAt: string, actorName: string, actorRole: Role | null, action: string, entityType: string, entityId: string, entityLabel: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestId: string, region: { id: string, slug: string, name: string } | null } & { ' $fragmentName'?: 'AuditEventRow_EventFragment' };

export type AcceleratorEditionQueryVariables = Exact<{ [key: string]: never; }>;


export type AcceleratorEditionQuery = { acceleratorEdition: { ' $fragmentRefs'?: { 'AcceleratorEdition_EditionFragment': AcceleratorEdition_EditionFragment } } | null };

export type AcceleratorEdition_EditionFragment = { year: number, name: string, regions: Array<{ code: string, name: string, startDate: string | null, eventDate: string | null, eventEndDate: string | null }> } & { ' $fragmentName'?: 'AcceleratorEdition_EditionFragment' };

export type SubmitCandidacyMutationVariables = Exact<{
  input: SubmitCandidacyInput;
}>;


export type SubmitCandidacyMutation = { submitCandidacy:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'SubmitCandidacySuccess', regionName: string, reference: string, acknowledgementSent: boolean }
   };

export type CommunesQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type CommunesQuery = { communes: Array<(
    { code: string }
    & { ' $fragmentRefs'?: { 'CommuneField_CommuneFragment': CommuneField_CommuneFragment } }
  )> };

export type CommuneField_CommuneFragment = { code: string, name: string, postalCodes: Array<string>, accelerated: boolean, departement: { code: string, name: string }, region: { code: string, name: string } } & { ' $fragmentName'?: 'CommuneField_CommuneFragment' };

export type EventCard_EventFragment = { id: string, slug: string, viewerCanManage: boolean, name: string, editionYear: number, startsOn: string | null, endsOn: string | null, venue: string, description: string, hostRegion: { id: string, name: string }, coOrganisers: Array<{ id: string, name: string }>, productFigures: { productsPresented: number, producedInFrance: number, advancedRelocation: number, researchStudies: number } | null, results: Array<{ rank: number | null, score: number | null, project: { id: string, name: string } | null, prizes: Array<{ name: string }> }> } & { ' $fragmentName'?: 'EventCard_EventFragment' };

export type EventListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type EventListQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'EventCard_EventFragment': EventCard_EventFragment } }
      ) }> } };

export type PublicEventQueryVariables = Exact<{
  slug: string;
}>;


export type PublicEventQuery = { publicEvent: { id: string, slug: string, name: string, startsOn: string | null, endsOn: string | null, venue: string, address: string, description: string, registrationOpen: boolean, hostRegion: { slug: string, name: string }, coOrganisers: Array<{ slug: string, name: string }>, sessions: Array<{ id: string, kind: EventSessionKind, title: string, description: string, day: string, startTime: string, endTime: string, room: string, seatsLeft: number | null, openToPublic: boolean, theme: { key: string, name: string } | null, speakers: Array<{ name: string, title: string, organisation: string }> }> } | null };

export type MyJuryEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJuryEventsQuery = { myJuryEvents: Array<{ id: string, name: string, editionYear: number, startsOn: string | null, venue: string, resultsLockedAt: string | null, pitches: Array<{ id: string, order: number, project: { id: string, name: string, summary: string, company: { name: string } } | null }>, scoringGrid: { criteria: Array<{ id: string, name: string, weight: number, description: string }> } | null, myScorecards: Array<{ abstained: boolean, comment: string, pitch: { id: string }, scores: Array<{ criterionId: string, value: number }> }> }> };

export type ScorePitchMutationVariables = Exact<{
  input: ScorePitchInput;
}>;


export type ScorePitchMutation = { scorePitch:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    | { scorecard: { abstained: boolean, pitch: { id: string } } }
   };

export type CheckInListQueryVariables = Exact<{
  id: string;
  search?: string | null | undefined;
}>;


export type CheckInListQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Cohort' }
    | { __typename: 'Company' }
    | { __typename: 'Document' }
    | { __typename: 'Edition' }
    | { __typename: 'Event', id: string, registrations: { totalCount: number, edges: Array<{ node: { id: string, name: string, company: string, status: EventRegistrationStatus, walkIn: boolean, checkedInAt: string | null } }> } | null }
    | { __typename: 'FinancingScheme' }
    | { __typename: 'InboxItem' }
    | { __typename: 'MethodVersion' }
    | { __typename: 'Milestone' }
    | { __typename: 'MilestoneTemplate' }
    | { __typename: 'Organisation' }
    | { __typename: 'Phase' }
    | { __typename: 'Project' }
    | { __typename: 'Region' }
    | { __typename: 'User' }
   | null };

export type CheckInRegistrationMutationVariables = Exact<{
  input: CheckInRegistrationInput;
}>;


export type CheckInRegistrationMutation = { checkInRegistration:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'RegistrationDeskSuccess', registration: { id: string, checkedInAt: string | null } }
   };

export type EventManageQueryVariables = Exact<{
  slug: string;
}>;


export type EventManageQuery = { eventBySlug: { id: string, slug: string, name: string, viewerCanManage: boolean } | null };

export type EventSettingsForm_EventFragment = { id: string, version: number, name: string, startsOn: string | null, endsOn: string | null, venue: string, address: string, description: string, pitchSeconds: number, registrationClosesAt: string | null } & { ' $fragmentName'?: 'EventSettingsForm_EventFragment' };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'EventSuccess', event: (
        { id: string }
        & { ' $fragmentRefs'?: { 'EventSettingsForm_EventFragment': EventSettingsForm_EventFragment } }
      ) }
   };

export type HackathonTeamsQueryVariables = Exact<{
  slug: string;
}>;


export type HackathonTeamsQuery = { eventBySlug: { id: string, hackathonTeams: Array<{ version: number | null, challenges: Array<string>, pitch: { id: string, order: number, projectName: string }, members: Array<{ role: HackathonRole, name: string, user: { id: string } | null }>, candidates: Array<{ name: string, user: { id: string } }> }> } | null };

export type SaveHackathonTeamMutationVariables = Exact<{
  input: SaveHackathonTeamInput;
}>;


export type SaveHackathonTeamMutation = { saveHackathonTeam:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'HackathonTeamSuccess', team: { version: number | null } }
   };

export type MeetingBoardQueryVariables = Exact<{
  slug: string;
}>;


export type MeetingBoardQuery = { eventBySlug: { id: string, version: number, meetingTables: number, meetingProjects: Array<{ id: string, projectName: string }>, meetingPartners: Array<{ id: string, name: string }>, meetingSlots: Array<{ startsAt: string, endsAt: string }>, meetingRequests: { totalCount: number, edges: Array<{ node: { id: string, version: number, status: MeetingRequestStatus, message: string, askedByPartner: boolean, partnerName: string, slotStartsAt: string | null, tableNumber: number | null, placedByHand: boolean, viewerCanAnswer: boolean, viewerCanWithdraw: boolean, pitch: { id: string, projectName: string } } }> } } | null };

export type AnswerMeetingRequestMutationVariables = Exact<{
  input: AnswerMeetingRequestInput;
}>;


export type AnswerMeetingRequestMutation = { answerMeetingRequest:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string, status: MeetingRequestStatus, version: number } }
   };

export type ScheduleMeetingsMutationVariables = Exact<{
  input: ScheduleMeetingsInput;
}>;


export type ScheduleMeetingsMutation = { scheduleMeetings:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'ScheduleMeetingsSuccess', placedCount: number, unplaced: Array<{ reason: MeetingUnplacedReason, message: string, request: { id: string, partnerName: string, pitch: { id: string, projectName: string } } }> }
   };

export type SetMeetingTablesMutationVariables = Exact<{
  input: SetMeetingTablesInput;
}>;


export type SetMeetingTablesMutation = { setMeetingTables:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingTablesSuccess', event: { id: string, meetingTables: number } }
   };

export type SendMeetingAgendasMutationVariables = Exact<{
  input: SendMeetingAgendasInput;
}>;


export type SendMeetingAgendasMutation = { sendMeetingAgendas:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'SendMeetingAgendasSuccess', recipientCount: number }
   };

export type PlaceMeetingMutationVariables = Exact<{
  input: PlaceMeetingInput;
}>;


export type PlaceMeetingMutation = { placeMeeting:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string, slotStartsAt: string | null, tableNumber: number | null, placedByHand: boolean } }
   };

export type UnplaceMeetingMutationVariables = Exact<{
  input: UnplaceMeetingInput;
}>;


export type UnplaceMeetingMutation = { unplaceMeeting:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string, slotStartsAt: string | null, tableNumber: number | null, placedByHand: boolean } }
   };

export type EventProgrammeQueryVariables = Exact<{
  slug: string;
}>;


export type EventProgrammeQuery = { eventBySlug: (
    { id: string, startsOn: string | null, endsOn: string | null, meetupThemes: Array<{ key: string, name: string }>, sessions: Array<{ id: string, version: number, kind: EventSessionKind, title: string, description: string, day: string, endDay: string, startTime: string, endTime: string, room: string, capacity: number | null, openToPublic: boolean, theme: { key: string, name: string } | null, speakers: Array<{ name: string, title: string, organisation: string }> }> }
    & { ' $fragmentRefs'?: { 'EventSettingsForm_EventFragment': EventSettingsForm_EventFragment } }
  ) | null };

export type DeleteEventSessionMutationVariables = Exact<{
  input: DeleteEventSessionInput;
}>;


export type DeleteEventSessionMutation = { deleteEventSession:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'EventSuccess', event: { id: string } }
   };

export type RecordMeetingRequestMutationVariables = Exact<{
  input: RequestMeetingInput;
}>;


export type RecordMeetingRequestMutation = { requestMeeting:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string } }
   };

export type EventRegistrationsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type EventRegistrationsQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Cohort' }
    | { __typename: 'Company' }
    | { __typename: 'Document' }
    | { __typename: 'Edition' }
    | { __typename: 'Event', id: string, sessionFillRates: Array<{ capacity: number | null, confirmed: number, waiting: number, session: { id: string, title: string } }> | null, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string | null, company: string, function: string, status: EventRegistrationStatus, walkIn: boolean, checkedInAt: string | null, sessions: Array<{ status: SeatStatus, waitingPosition: number | null, session: { id: string, title: string } }> } }> } | null }
    | { __typename: 'FinancingScheme' }
    | { __typename: 'InboxItem' }
    | { __typename: 'MethodVersion' }
    | { __typename: 'Milestone' }
    | { __typename: 'MilestoneTemplate' }
    | { __typename: 'Organisation' }
    | { __typename: 'Phase' }
    | { __typename: 'Project' }
    | { __typename: 'Region' }
    | { __typename: 'User' }
   | null };

export type CreateEventSessionMutationVariables = Exact<{
  input: CreateEventSessionInput;
}>;


export type CreateEventSessionMutation = { createEventSession:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'EventSessionSuccess', session: { id: string } }
   };

export type UpdateEventSessionMutationVariables = Exact<{
  input: UpdateEventSessionInput;
}>;


export type UpdateEventSessionMutation = { updateEventSession:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'EventSessionSuccess', session: { id: string, version: number } }
   };

export type RegisterWalkInMutationVariables = Exact<{
  input: RegisterWalkInInput;
}>;


export type RegisterWalkInMutation = { registerWalkIn:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'RegistrationDeskSuccess', registration: { id: string, checkedInAt: string | null } }
   };

export type EventJuryBoardQueryVariables = Exact<{
  slug: string;
}>;


export type EventJuryBoardQuery = { eventBySlug: { id: string, slug: string, name: string, version: number, editionYear: number, pitchSeconds: number, viewerCanManage: boolean, resultsLockedAt: string | null, resultsPublishedAt: string | null, hostRegion: { slug: string, name: string }, coOrganisers: Array<{ slug: string, name: string }>, pitches: Array<{ id: string, order: number, durationSeconds: number, project: { id: string, name: string, company: { name: string } } | null }>, prizes: Array<{ id: string, name: string, nature: string, amount: number | null, version: number, organisation: { id: string, name: string } | null, winner: { id: string } | null }> } | null };

export type EventJuryQueryVariables = Exact<{
  slug: string;
}>;


export type EventJuryQuery = { eventBySlug: { id: string, jurorCandidates: Array<{ id: string, displayName: string, organisation: { name: string } | null }>, jurors: Array<{ scoredCount: number, user: { id: string, displayName: string, organisation: { name: string } | null } | null }>, juryProgress: { complete: boolean, jurors: Array<{ scored: number, abstained: number, missing: number, user: { id: string, displayName: string } | null }> } | null, juryResults: { rankingsDiffer: boolean, rule: string, weighted: Array<{ rank: number | null, score: number | null, pitch: { id: string }, project: { id: string, name: string } | null }>, normalised: Array<{ rank: number | null, normalisedScore: number | null, pitch: { id: string }, project: { id: string, name: string } | null }>, unranked: Array<{ reason: string, project: { name: string } | null }> } | null } | null };

export type AddPitchMutationVariables = Exact<{
  input: AddPitchInput;
}>;


export type AddPitchMutation = { addPitch:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    | { pitch: { id: string } }
   };

export type RemovePitchMutationVariables = Exact<{
  input: RemovePitchInput;
}>;


export type RemovePitchMutation = { removePitch:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string, version: number } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type ReorderPitchesMutationVariables = Exact<{
  input: ReorderPitchesInput;
}>;


export type ReorderPitchesMutation = { reorderPitches:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string, version: number, pitches: Array<{ id: string, order: number }> } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type InviteJurorMutationVariables = Exact<{
  input: JurorInput;
}>;


export type InviteJurorMutation = { inviteJuror:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type RemoveJurorMutationVariables = Exact<{
  input: JurorInput;
}>;


export type RemoveJurorMutation = { removeJuror:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type LockJuryResultsMutationVariables = Exact<{
  input: JuryResultsInput;
}>;


export type LockJuryResultsMutation = { lockJuryResults:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string, version: number, resultsLockedAt: string | null } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type UnlockJuryResultsMutationVariables = Exact<{
  input: JuryResultsInput;
}>;


export type UnlockJuryResultsMutation = { unlockJuryResults:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string, version: number, resultsLockedAt: string | null } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type PublishEventResultsMutationVariables = Exact<{
  input: JuryResultsInput;
}>;


export type PublishEventResultsMutation = { publishEventResults:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string, version: number, resultsPublishedAt: string | null } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type AwardPrizeMutationVariables = Exact<{
  input: AwardPrizeInput;
}>;


export type AwardPrizeMutation = { awardPrize:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    | { prize: { id: string } }
   };

export type UpdatePrizeMutationVariables = Exact<{
  input: UpdatePrizeInput;
}>;


export type UpdatePrizeMutation = { updatePrize:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    | { prize: { id: string, version: number } }
   };

export type DeletePrizeMutationVariables = Exact<{
  input: DeletePrizeInput;
}>;


export type DeletePrizeMutation = { deletePrize:
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    | { event: { id: string } }
    | { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
   };

export type PitchCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PitchCandidatesQuery = { projects: { edges: Array<{ node: { id: string, name: string, region: { slug: string }, company: { name: string } } }> } };

export type PrizeOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrizeOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type MyMeetingsEventQueryVariables = Exact<{
  slug: string;
}>;


export type MyMeetingsEventQuery = { eventBySlug: { id: string, name: string, meetingProjects: Array<{ id: string, projectName: string }> } | null };

export type MyMeetingsQueryVariables = Exact<{
  eventId: string;
}>;


export type MyMeetingsQuery = { myMeetingAgendaIcs: string | null, myMeetings: Array<{ id: string, version: number, status: MeetingRequestStatus, message: string, askedByPartner: boolean, slotStartsAt: string | null, tableNumber: number | null, viewerCanAnswer: boolean, viewerCanWithdraw: boolean, pitch: { id: string, projectName: string } }> };

export type RequestMeetingMutationVariables = Exact<{
  input: RequestMeetingInput;
}>;


export type RequestMeetingMutation = { requestMeeting:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string } }
   };

export type MyAnswerMeetingRequestMutationVariables = Exact<{
  input: AnswerMeetingRequestInput;
}>;


export type MyAnswerMeetingRequestMutation = { answerMeetingRequest:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string, status: MeetingRequestStatus } }
   };

export type WithdrawMeetingRequestMutationVariables = Exact<{
  input: WithdrawMeetingRequestInput;
}>;


export type WithdrawMeetingRequestMutation = { withdrawMeetingRequest:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MeetingRequestSuccess', request: { id: string, status: MeetingRequestStatus } }
   };

export type MyEventRegistrationQueryVariables = Exact<{
  token: string;
}>;


export type MyEventRegistrationQuery = { myEventRegistration: { id: string, name: string, status: EventRegistrationStatus, sessions: Array<{ status: SeatStatus, waitingPosition: number | null, session: { id: string, title: string, startsAt: string } }> } | null };

export type UpdateMyEventRegistrationMutationVariables = Exact<{
  input: UpdateMyEventRegistrationInput;
}>;


export type UpdateMyEventRegistrationMutation = { updateMyEventRegistration:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MyEventRegistrationSuccess', registration: { id: string, name: string, status: EventRegistrationStatus, sessions: Array<{ status: SeatStatus, waitingPosition: number | null, session: { id: string, title: string, startsAt: string } }> } }
   };

export type CancelMyEventRegistrationMutationVariables = Exact<{
  input: CancelMyEventRegistrationInput;
}>;


export type CancelMyEventRegistrationMutation = { cancelMyEventRegistration:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'MyEventRegistrationSuccess', registration: { id: string, name: string, status: EventRegistrationStatus, sessions: Array<{ status: SeatStatus, waitingPosition: number | null, session: { id: string, title: string, startsAt: string } }> } }
   };

export type RegisterForEventMutationVariables = Exact<{
  input: RegisterForEventInput;
}>;


export type RegisterForEventMutation = { registerForEvent:
    | (
      { __typename: 'EventConflict' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventConflict_Fragment': EventErrorFields_EventConflict_Fragment } }
    )
    | (
      { __typename: 'EventInvalid' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventInvalid_Fragment': EventErrorFields_EventInvalid_Fragment } }
    )
    | (
      { __typename: 'EventNotAllowed' }
      & { ' $fragmentRefs'?: { 'EventErrorFields_EventNotAllowed_Fragment': EventErrorFields_EventNotAllowed_Fragment } }
    )
    | { __typename: 'RegisterForEventSuccess', registration: { id: string, sessions: Array<{ status: SeatStatus, waitingPosition: number | null, session: { id: string, title: string, startsAt: string } }> } }
   };

export type PublicEventRegistrationQueryVariables = Exact<{
  slug: string;
}>;


export type PublicEventRegistrationQuery = { publicEvent: { id: string, slug: string, name: string, startsOn: string | null, endsOn: string | null, venue: string, registrationOpen: boolean, sessions: Array<{ id: string, title: string, kind: EventSessionKind, startsAt: string, endsAt: string, room: string, capacity: number | null, openToPublic: boolean, seatsLeft: number | null }> } | null };

export type BalanceTable_PlanFragment = { publicAmount: number, publicShare: number | null, balance: { uses: number, sources: number, byYear: Array<{ year: number, uses: number, sources: number }> } } & { ' $fragmentName'?: 'BalanceTable_PlanFragment' };

export type DeMinimisBox_PlanFragment = { deMinimis: { total: number, ceiling: number, earlierAidAmount: number, remaining: number, exceeded: boolean, exceedsOn: string | null, earlierAid: Array<{ id: string, grantedOn: string, amount: number, grantedBy: string, version: number }> } } & { ' $fragmentName'?: 'DeMinimisBox_PlanFragment' };

export type DeleteEarlierDeMinimisAidMutationVariables = Exact<{
  input: DeleteEarlierDeMinimisAidInput;
}>;


export type DeleteEarlierDeMinimisAidMutation = { deleteEarlierDeMinimisAid:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'FinancingPlanChangeSuccess', project: { id: string } }
   };

export type SaveEarlierDeMinimisAidMutationVariables = Exact<{
  input: SaveEarlierDeMinimisAidInput;
}>;


export type SaveEarlierDeMinimisAidMutation = { saveEarlierDeMinimisAid:
    | { __typename: 'EarlierDeMinimisAidSuccess', aid: { id: string, version: number } }
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
   };

export type FinancingPrintQueryVariables = Exact<{
  id: string;
}>;


export type FinancingPrintQuery = { viewer: { today: string } | null, node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', name: string, id: string, company: { id: string, name: string }, investmentPlan: { ' $fragmentRefs'?: { 'InvestmentPlan_PlanFragment': InvestmentPlan_PlanFragment } } | null, financingPlan: { ' $fragmentRefs'?: { 'FinancingSources_PlanFragment': FinancingSources_PlanFragment;'BalanceTable_PlanFragment': BalanceTable_PlanFragment;'DeMinimisBox_PlanFragment': DeMinimisBox_PlanFragment } } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type FinancingSchemeModal_SchemeFragment = { id: string, version: number, name: string, financerLabel: string, description: string, type: FinancingSchemeType, purposes: Array<FinancingPurpose>, companySizes: Array<CompanySize>, nafSections: Array<string>, projectKinds: Array<ProjectKind>, nationwide: boolean, amountMin: number | null, amountMax: number | null, rateMin: number | null, rateMax: number | null, opensOn: string | null, closesOn: string | null, applicationUrl: string, sourceUrl: string, deMinimis: boolean, ownerRegion: string | null, financerOrganisation: { id: string } | null, regions: Array<{ code: string, name: string }>, departements: Array<{ code: string }> } & { ' $fragmentName'?: 'FinancingSchemeModal_SchemeFragment' };

export type SaveFinancingSchemeMutationVariables = Exact<{
  input: SaveFinancingSchemeInput;
}>;


export type SaveFinancingSchemeMutation = { saveFinancingScheme:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'FinancingSchemeSuccess', scheme: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FinancingSchemeModal_SchemeFragment': FinancingSchemeModal_SchemeFragment } }
      ) }
   };

export type FinancingSchemesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: FinancingSchemeFilter | null | undefined;
}>;


export type FinancingSchemesQuery = { financingSchemes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string, name: string, financerLabel: string, type: FinancingSchemeType, nationwide: boolean, opensOn: string | null, closesOn: string | null, sourceUrl: string, ownerRegion: string | null, viewerCanEdit: boolean, regions: Array<{ code: string, name: string }>, departements: Array<{ code: string, name: string }> }
        & { ' $fragmentRefs'?: { 'FinancingSchemeModal_SchemeFragment': FinancingSchemeModal_SchemeFragment } }
      ) }> }, regions: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type SaveFinancingSourceMutationVariables = Exact<{
  input: SaveFinancingSourceInput;
}>;


export type SaveFinancingSourceMutation = { saveFinancingSource:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'FinancingSourceSuccess', source: { id: string, version: number } }
   };

export type FinancingSources_PlanFragment = { sources: Array<{ id: string, version: number, kind: FinancingSourceKind, label: string, amount: number, year: number, status: FinancingSourceStatus, appliedOn: string | null, decidedOn: string | null, deMinimis: boolean, aidEquivalent: number | null, scheme: { id: string, name: string } | null, decisionDocument: { id: string, title: string } | null }> } & { ' $fragmentName'?: 'FinancingSources_PlanFragment' };

export type DeleteFinancingSourceMutationVariables = Exact<{
  input: DeleteFinancingSourceInput;
}>;


export type DeleteFinancingSourceMutation = { deleteFinancingSource:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'FinancingPlanChangeSuccess', project: { id: string } }
   };

export type FinancingTabQueryVariables = Exact<{
  id: string;
  matches: number;
  choices: boolean;
}>;


export type FinancingTabQuery = { viewer: { today: string } | null, node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', viewerCanEditFinancing: boolean, id: string, investmentPlan: (
        { lines: Array<{ id: string }> }
        & { ' $fragmentRefs'?: { 'InvestmentPlan_PlanFragment': InvestmentPlan_PlanFragment } }
      ) | null, financingPlan: (
        { sources: Array<{ id: string, scheme: { id: string } | null }> }
        & { ' $fragmentRefs'?: { 'FinancingSources_PlanFragment': FinancingSources_PlanFragment;'BalanceTable_PlanFragment': BalanceTable_PlanFragment;'DeMinimisBox_PlanFragment': DeMinimisBox_PlanFragment } }
      ) | null, matchingSchemes: { edges: Array<{ node: (
            { scheme: { id: string, name: string, deMinimis: boolean } }
            & { ' $fragmentRefs'?: { 'MatchingSchemes_MatchFragment': MatchingSchemes_MatchFragment } }
          ) }> } | null, supplyChain?: { stages: Array<{ candidates: Array<{ id: string, name: string }> }> } | null, documents?: Array<{ id: string, title: string }> | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type InvestmentPlan_PlanFragment = (
  { lines: Array<{ id: string, version: number, category: InvestmentCategory, label: string, amount: number, year: number, quarter: number | null, status: InvestmentStatus, supplierCandidate: { id: string, name: string } | null, quoteDocument: { id: string, title: string } | null }> }
  & { ' $fragmentRefs'?: { 'InvestmentTotals_PlanFragment': InvestmentTotals_PlanFragment } }
) & { ' $fragmentName'?: 'InvestmentPlan_PlanFragment' };

export type SaveInvestmentLineMutationVariables = Exact<{
  input: SaveInvestmentLineInput;
}>;


export type SaveInvestmentLineMutation = { saveInvestmentLine:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'InvestmentLineSuccess', line: { id: string, version: number } }
   };

export type DeleteInvestmentLineMutationVariables = Exact<{
  input: DeleteInvestmentLineInput;
}>;


export type DeleteInvestmentLineMutation = { deleteInvestmentLine:
    | (
      { __typename: 'FinancingConflict' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingConflict_Fragment': FinancingErrorFields_FinancingConflict_Fragment } }
    )
    | (
      { __typename: 'FinancingInvalid' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingInvalid_Fragment': FinancingErrorFields_FinancingInvalid_Fragment } }
    )
    | (
      { __typename: 'FinancingNotAllowed' }
      & { ' $fragmentRefs'?: { 'FinancingErrorFields_FinancingNotAllowed_Fragment': FinancingErrorFields_FinancingNotAllowed_Fragment } }
    )
    | { __typename: 'FinancingPlanChangeSuccess', project: { id: string } }
   };

export type InvestmentTotals_PlanFragment = { totals: { total: number, byCategory: Array<{ category: InvestmentCategory, amount: number }>, byYear: Array<{ year: number, amount: number }> } } & { ' $fragmentName'?: 'InvestmentTotals_PlanFragment' };

export type MatchingSchemes_MatchFragment = { reasons: Array<string>, toCheck: Array<string>, proposedSourceKind: FinancingSourceKind, proposedAmount: number | null, scheme: { id: string, name: string, financerLabel: string, type: FinancingSchemeType, closesOn: string | null, applicationUrl: string, deMinimis: boolean } } & { ' $fragmentName'?: 'MatchingSchemes_MatchFragment' };

export type DashboardProject_ProjectFragment = { id: string, name: string, company: { id: string, name: string }, nextMilestone: { id: string, title: string, dueDate: string | null, status: MilestoneStatus } | null } & { ' $fragmentName'?: 'DashboardProject_ProjectFragment' };

export type DashboardMilestone_MilestoneFragment = { id: string, title: string, status: MilestoneStatus, dueDate: string | null, project: { id: string, name: string } | null, cohort: { id: string, name: string } } & { ' $fragmentName'?: 'DashboardMilestone_MilestoneFragment' };

export type DashboardNotification_ItemFragment = { id: string, kind: InboxKind, createdAt: string, actorName: string, projectName: string, region: { id: string, name: string } } & { ' $fragmentName'?: 'DashboardNotification_ItemFragment' };

export type DashboardSourcingRequest_RequestFragment = { id: string, projectName: string, stageName: string, deadline: string, region: { id: string, name: string } } & { ' $fragmentName'?: 'DashboardSourcingRequest_RequestFragment' };

export type DashboardCandidacy_ProjectFragment = { id: string, name: string, company: { id: string, name: string, communeName: string } } & { ' $fragmentName'?: 'DashboardCandidacy_ProjectFragment' };

export type DashboardRegionCounts_RegionFragment = { id: string, slug: string, name: string, projectCounts: Array<{ status: ProjectStatus, count: number }> | null } & { ' $fragmentName'?: 'DashboardRegionCounts_RegionFragment' };

export type DashboardQueryVariables = Exact<{
  withProjects: boolean;
  projectsRegion?: string | null | undefined;
  adviser?: Array<string> | string | null | undefined;
  projectsRead: number;
  withMilestones: boolean;
  horizon: number;
  milestonesRead: number;
  withCandidacies: boolean;
  candidaciesRegion?: string | null | undefined;
  withSourcing: boolean;
  withRegions: boolean;
  items: number;
}>;


export type DashboardQuery = { inboxUnreadCount: number, viewer: { today: string } | null, inbox: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DashboardNotification_ItemFragment': DashboardNotification_ItemFragment } }
      ) }> }, myProjects?: { totalCount: number, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string, nextMilestone: { id: string, dueDate: string | null } | null }
        & { ' $fragmentRefs'?: { 'DashboardProject_ProjectFragment': DashboardProject_ProjectFragment } }
      ) }> }, myMilestones?: { totalCount: number, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string, status: MilestoneStatus }
        & { ' $fragmentRefs'?: { 'DashboardMilestone_MilestoneFragment': DashboardMilestone_MilestoneFragment } }
      ) }> }, candidacies?: { totalCount: number, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DashboardCandidacy_ProjectFragment': DashboardCandidacy_ProjectFragment } }
      ) }> }, awaitingRequests?: { totalCount: number, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DashboardSourcingRequest_RequestFragment': DashboardSourcingRequest_RequestFragment } }
      ) }> }, overview?: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DashboardRegionCounts_RegionFragment': DashboardRegionCounts_RegionFragment } }
      ) }> } };

export type AttachedProjectsQueryVariables = Exact<{
  first: number;
}>;


export type AttachedProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: ProjectStatus, company: { id: string, name: string }, region: { id: string, name: string } } }> } };

export type InboxUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxUnreadCountQuery = { inboxUnreadCount: number };

export type InboxItem_ItemFragment = { id: string, kind: InboxKind, createdAt: string, readAt: string | null, actorName: string, excerpt: string, sourcingRequestId: string | null, commentId: string | null, projectName: string, region: { id: string, slug: string, name: string }, project: { id: string, name: string } | null } & { ' $fragmentName'?: 'InboxItem_ItemFragment' };

export type InboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InboxQuery = { inboxUnreadCount: number, inbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string, readAt: string | null }
        & { ' $fragmentRefs'?: { 'InboxItem_ItemFragment': InboxItem_ItemFragment } }
      ) }> } };

export type MarkInboxReadMutationVariables = Exact<{
  input: MarkInboxReadInput;
}>;


export type MarkInboxReadMutation = { markInboxRead:
    | (
      { __typename: 'InboxConflict' }
      & { ' $fragmentRefs'?: { 'InboxErrorFields_InboxConflict_Fragment': InboxErrorFields_InboxConflict_Fragment } }
    )
    | (
      { __typename: 'InboxInvalid' }
      & { ' $fragmentRefs'?: { 'InboxErrorFields_InboxInvalid_Fragment': InboxErrorFields_InboxInvalid_Fragment } }
    )
    | (
      { __typename: 'InboxNotAllowed' }
      & { ' $fragmentRefs'?: { 'InboxErrorFields_InboxNotAllowed_Fragment': InboxErrorFields_InboxNotAllowed_Fragment } }
    )
    | { __typename: 'MarkInboxReadSuccess', marked: number, unreadCount: number }
   };

export type CreateMethodDraftMutationVariables = Exact<{
  input: CreateMethodDraftInput;
}>;


export type CreateMethodDraftMutation = { createMethodDraft:
    | (
      { __typename: 'MethodConflict' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodConflict_Fragment': MethodErrorFields_MethodConflict_Fragment } }
    )
    | (
      { __typename: 'MethodInvalid' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodInvalid_Fragment': MethodErrorFields_MethodInvalid_Fragment } }
    )
    | (
      { __typename: 'MethodNotAllowed' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodNotAllowed_Fragment': MethodErrorFields_MethodNotAllowed_Fragment } }
    )
    | { __typename: 'MethodVersionSuccess', methodVersion: { id: string, number: number } }
   };

export type MethodDraftEditor_VersionFragment = { id: string, number: number, name: string, version: number, durationMonths: number, phases: { edges: Array<{ node: { id: string, key: string, name: string, position: number } }> }, milestoneTemplates: { edges: Array<{ node: { id: string, key: string, title: string, scope: MilestoneScope, offsetWorkingDays: number, owner: MilestoneOwner, expectedDeliverable: string, requiredEvidence: EvidenceKind | null, position: number, dependsOnKeys: Array<string>, phase: { id: string, key: string } } }> } } & { ' $fragmentName'?: 'MethodDraftEditor_VersionFragment' };

export type SaveMethodDraftMutationVariables = Exact<{
  input: SaveMethodDraftInput;
}>;


export type SaveMethodDraftMutation = { saveMethodDraft:
    | (
      { __typename: 'MethodConflict' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodConflict_Fragment': MethodErrorFields_MethodConflict_Fragment } }
    )
    | (
      { __typename: 'MethodInvalid' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodInvalid_Fragment': MethodErrorFields_MethodInvalid_Fragment } }
    )
    | (
      { __typename: 'MethodNotAllowed' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodNotAllowed_Fragment': MethodErrorFields_MethodNotAllowed_Fragment } }
    )
    | { __typename: 'MethodVersionSuccess', methodVersion: (
        { id: string }
        & { ' $fragmentRefs'?: { 'MethodDraftEditor_VersionFragment': MethodDraftEditor_VersionFragment } }
      ) }
   };

export type PublishMethodVersionMutationVariables = Exact<{
  input: MethodVersionInput;
}>;


export type PublishMethodVersionMutation = { publishMethodVersion:
    | (
      { __typename: 'MethodConflict' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodConflict_Fragment': MethodErrorFields_MethodConflict_Fragment } }
    )
    | (
      { __typename: 'MethodInvalid' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodInvalid_Fragment': MethodErrorFields_MethodInvalid_Fragment } }
    )
    | (
      { __typename: 'MethodNotAllowed' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodNotAllowed_Fragment': MethodErrorFields_MethodNotAllowed_Fragment } }
    )
    | { __typename: 'MethodVersionSuccess', methodVersion: { id: string, status: MethodStatus, publishedAt: string | null } }
   };

export type DiscardMethodDraftMutationVariables = Exact<{
  input: MethodVersionInput;
}>;


export type DiscardMethodDraftMutation = { discardMethodDraft:
    | (
      { __typename: 'MethodConflict' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodConflict_Fragment': MethodErrorFields_MethodConflict_Fragment } }
    )
    | (
      { __typename: 'MethodInvalid' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodInvalid_Fragment': MethodErrorFields_MethodInvalid_Fragment } }
    )
    | (
      { __typename: 'MethodNotAllowed' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodNotAllowed_Fragment': MethodErrorFields_MethodNotAllowed_Fragment } }
    )
    | { __typename: 'MethodVersionSuccess', methodVersion: { id: string } }
   };

export type MethodPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MethodPageQuery = { methodVersions: { totalCount: number, edges: Array<{ node: (
        { id: string, number: number, status: MethodStatus, viewerCanEdit: boolean }
        & { ' $fragmentRefs'?: { 'MethodVersionRow_VersionFragment': MethodVersionRow_VersionFragment;'MethodVersionView_VersionFragment': MethodVersionView_VersionFragment;'MethodDraftEditor_VersionFragment': MethodDraftEditor_VersionFragment } }
      ) }> } };

export type MethodVersionRow_VersionFragment = { id: string, number: number, name: string, status: MethodStatus, publishedAt: string | null, retiredAt: string | null, updatedAt: string, version: number } & { ' $fragmentName'?: 'MethodVersionRow_VersionFragment' };

export type MethodVersionView_VersionFragment = { id: string, number: number, name: string, durationMonths: number, phases: { edges: Array<{ node: { id: string, key: string, name: string, position: number } }> }, milestoneTemplates: { edges: Array<{ node: { id: string, key: string, title: string, scope: MilestoneScope, offsetWorkingDays: number, owner: MilestoneOwner, expectedDeliverable: string, requiredEvidence: EvidenceKind | null, position: number, dependsOnKeys: Array<string>, phase: { id: string, key: string } } }> } } & { ' $fragmentName'?: 'MethodVersionView_VersionFragment' };

export type RetireMethodVersionMutationVariables = Exact<{
  input: MethodVersionInput;
}>;


export type RetireMethodVersionMutation = { retireMethodVersion:
    | (
      { __typename: 'MethodConflict' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodConflict_Fragment': MethodErrorFields_MethodConflict_Fragment } }
    )
    | (
      { __typename: 'MethodInvalid' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodInvalid_Fragment': MethodErrorFields_MethodInvalid_Fragment } }
    )
    | (
      { __typename: 'MethodNotAllowed' }
      & { ' $fragmentRefs'?: { 'MethodErrorFields_MethodNotAllowed_Fragment': MethodErrorFields_MethodNotAllowed_Fragment } }
    )
    | { __typename: 'MethodVersionSuccess', methodVersion: { id: string, status: MethodStatus, retiredAt: string | null, version: number } }
   };

export type ApiClientsDialog_OrganisationFragment = { id: string, name: string, apiClients: Array<{ id: string, clientId: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rotatingUntil: string | null }> | null } & { ' $fragmentName'?: 'ApiClientsDialog_OrganisationFragment' };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient:
    | (
      { __typename: 'ApiClientConflict' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientConflict_Fragment': ApiClientErrorFields_ApiClientConflict_Fragment } }
    )
    | (
      { __typename: 'ApiClientInvalid' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientInvalid_Fragment': ApiClientErrorFields_ApiClientInvalid_Fragment } }
    )
    | (
      { __typename: 'ApiClientNotAllowed' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientNotAllowed_Fragment': ApiClientErrorFields_ApiClientNotAllowed_Fragment } }
    )
    | { __typename: 'CreateApiClientSuccess', secret: string, client: { id: string, clientId: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rotatingUntil: string | null } }
   };

export type RotateApiClientSecretMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type RotateApiClientSecretMutation = { rotateApiClientSecret:
    | (
      { __typename: 'ApiClientConflict' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientConflict_Fragment': ApiClientErrorFields_ApiClientConflict_Fragment } }
    )
    | (
      { __typename: 'ApiClientInvalid' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientInvalid_Fragment': ApiClientErrorFields_ApiClientInvalid_Fragment } }
    )
    | (
      { __typename: 'ApiClientNotAllowed' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientNotAllowed_Fragment': ApiClientErrorFields_ApiClientNotAllowed_Fragment } }
    )
    | { __typename: 'RotateApiClientSecretSuccess', secret: string, previousSecretValidUntil: string, client: { id: string, rotatingUntil: string | null } }
   };

export type RevokeApiClientMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type RevokeApiClientMutation = { revokeApiClient:
    | (
      { __typename: 'ApiClientConflict' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientConflict_Fragment': ApiClientErrorFields_ApiClientConflict_Fragment } }
    )
    | (
      { __typename: 'ApiClientInvalid' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientInvalid_Fragment': ApiClientErrorFields_ApiClientInvalid_Fragment } }
    )
    | (
      { __typename: 'ApiClientNotAllowed' }
      & { ' $fragmentRefs'?: { 'ApiClientErrorFields_ApiClientNotAllowed_Fragment': ApiClientErrorFields_ApiClientNotAllowed_Fragment } }
    )
    | { __typename: 'RevokeApiClientSuccess', client: { id: string, lastUsedAt: string | null, revokedAt: string | null, rotatingUntil: string | null } }
   };

type OrganisationErrorFields_OrganisationConflict_Fragment = { __typename: 'OrganisationConflict', field: string | null, code: OrganisationErrorCode, message: string } & { ' $fragmentName'?: 'OrganisationErrorFields_OrganisationConflict_Fragment' };

type OrganisationErrorFields_OrganisationInvalid_Fragment = { __typename: 'OrganisationInvalid', field: string | null, code: OrganisationErrorCode, message: string } & { ' $fragmentName'?: 'OrganisationErrorFields_OrganisationInvalid_Fragment' };

type OrganisationErrorFields_OrganisationNotAllowed_Fragment = { __typename: 'OrganisationNotAllowed', field: string | null, code: OrganisationErrorCode, message: string } & { ' $fragmentName'?: 'OrganisationErrorFields_OrganisationNotAllowed_Fragment' };

export type OrganisationErrorFieldsFragment =
  | OrganisationErrorFields_OrganisationConflict_Fragment
  | OrganisationErrorFields_OrganisationInvalid_Fragment
  | OrganisationErrorFields_OrganisationNotAllowed_Fragment
;

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation:
    | (
      { __typename: 'OrganisationConflict' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationConflict_Fragment': OrganisationErrorFields_OrganisationConflict_Fragment } }
    )
    | (
      { __typename: 'OrganisationInvalid' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationInvalid_Fragment': OrganisationErrorFields_OrganisationInvalid_Fragment } }
    )
    | (
      { __typename: 'OrganisationNotAllowed' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationNotAllowed_Fragment': OrganisationErrorFields_OrganisationNotAllowed_Fragment } }
    )
    | { __typename: 'OrganisationSuccess', organisation: { id: string, slug: string, name: string, kind: OrganisationKind, website: string | null, userCount: number | null } }
   };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation:
    | (
      { __typename: 'OrganisationConflict' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationConflict_Fragment': OrganisationErrorFields_OrganisationConflict_Fragment } }
    )
    | (
      { __typename: 'OrganisationInvalid' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationInvalid_Fragment': OrganisationErrorFields_OrganisationInvalid_Fragment } }
    )
    | (
      { __typename: 'OrganisationNotAllowed' }
      & { ' $fragmentRefs'?: { 'OrganisationErrorFields_OrganisationNotAllowed_Fragment': OrganisationErrorFields_OrganisationNotAllowed_Fragment } }
    )
    | { __typename: 'OrganisationSuccess', organisation: { id: string, name: string, kind: OrganisationKind, website: string | null } }
   };

export type ManagedOrganisationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ManagedOrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string, slug: string, name: string, kind: OrganisationKind, website: string | null, userCount: number | null }
        & { ' $fragmentRefs'?: { 'ApiClientsDialog_OrganisationFragment': ApiClientsDialog_OrganisationFragment } }
      ) }> } };

export type PartnerRow_OrganisationFragment = { id: string, name: string, kind: OrganisationKind, website: string | null } & { ' $fragmentName'?: 'PartnerRow_OrganisationFragment' };

export type PartnerListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerListQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'PartnerRow_OrganisationFragment': PartnerRow_OrganisationFragment } }
      ) }> } };

export type AddProjectToCohortMutationVariables = Exact<{
  input: AddProjectToCohortInput;
}>;


export type AddProjectToCohortMutation = { addProjectToCohort:
    | { __typename: 'CohortSuccess', cohort: { id: string, version: number } }
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
   };

export type CalendarFeedRow_FeedFragment = { id: string, kind: CalendarFeedKind, createdAt: string, revokedAt: string | null, cohort: { id: string, name: string } | null } & { ' $fragmentName'?: 'CalendarFeedRow_FeedFragment' };

export type CreateCalendarFeedMutationVariables = Exact<{
  input: CreateCalendarFeedInput;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed:
    | (
      { __typename: 'CalendarConflict' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarConflict_Fragment': CalendarErrorFields_CalendarConflict_Fragment } }
    )
    | { __typename: 'CalendarFeedSuccess', url: string | null, feed: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CalendarFeedRow_FeedFragment': CalendarFeedRow_FeedFragment } }
      ) }
    | (
      { __typename: 'CalendarInvalid' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarInvalid_Fragment': CalendarErrorFields_CalendarInvalid_Fragment } }
    )
    | (
      { __typename: 'CalendarNotAllowed' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarNotAllowed_Fragment': CalendarErrorFields_CalendarNotAllowed_Fragment } }
    )
   };

export type RevokeCalendarFeedMutationVariables = Exact<{
  input: RevokeCalendarFeedInput;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed:
    | (
      { __typename: 'CalendarConflict' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarConflict_Fragment': CalendarErrorFields_CalendarConflict_Fragment } }
    )
    | { __typename: 'CalendarFeedSuccess', feed: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CalendarFeedRow_FeedFragment': CalendarFeedRow_FeedFragment } }
      ) }
    | (
      { __typename: 'CalendarInvalid' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarInvalid_Fragment': CalendarErrorFields_CalendarInvalid_Fragment } }
    )
    | (
      { __typename: 'CalendarNotAllowed' }
      & { ' $fragmentRefs'?: { 'CalendarErrorFields_CalendarNotAllowed_Fragment': CalendarErrorFields_CalendarNotAllowed_Fragment } }
    )
   };

export type CohortFacts_CohortFragment = { id: string, eventDate: string | null, eventEndDate: string | null, startDate: string | null, todayRelativeDay: number | null, venue: string, schoolPartner: string, methodOutdated: boolean, region: { id: string, name: string }, edition: { id: string, name: string, methodVersion: { id: string, number: number } } | null, methodVersion: { id: string, number: number, name: string }, adherence: { due: number, doneOnTime: number, doneLate: number, overdue: number, onTimeRate: number | null } } & { ' $fragmentName'?: 'CohortFacts_CohortFragment' };

export type CohortListContextQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortListContextQuery = { regions: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, editions: { edges: Array<{ node: { id: string, name: string, year: number, regions: { edges: Array<{ node: { id: string, slug: string } }> } } }> } };

export type CohortListQueryVariables = Exact<{
  region?: string | null | undefined;
  editionId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CohortListQuery = { cohorts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CohortRow_CohortFragment': CohortRow_CohortFragment } }
      ) }> } };

export type CohortRow_CohortFragment = { id: string, name: string, eventDate: string | null, todayRelativeDay: number | null, methodOutdated: boolean, region: { id: string, name: string }, edition: { id: string, name: string } | null, methodVersion: { id: string, number: number }, adherence: { due: number, doneOnTime: number, doneLate: number, overdue: number, onTimeRate: number | null } } & { ' $fragmentName'?: 'CohortRow_CohortFragment' };

export type CohortPageQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type CohortPageQuery = { viewer: { today: string, user: { id: string, displayName: string } | null } | null, node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | (
      { __typename: 'Cohort', name: string, version: number, eventDate: string | null, viewerCanManage: boolean, viewerCanUpdateMilestones: boolean, methodOutdated: boolean, id: string, region: (
        { id: string, slug: string, name: string }
        & { ' $fragmentRefs'?: { 'MilestoneDrawer_RegionFragment': MilestoneDrawer_RegionFragment } }
      ), edition: { id: string, methodVersion: { id: string, number: number } } | null, milestones: { totalCount: number, edges: Array<{ node: (
            { id: string, status: MilestoneStatus, project: { id: string, name: string } | null }
            & { ' $fragmentRefs'?: { 'MilestoneRow_MilestoneFragment': MilestoneRow_MilestoneFragment;'RetroplanningGantt_MilestoneFragment': RetroplanningGantt_MilestoneFragment;'MilestoneDrawer_MilestoneFragment': MilestoneDrawer_MilestoneFragment } }
          ) }> } }
      & { ' $fragmentRefs'?: { 'CohortFacts_CohortFragment': CohortFacts_CohortFragment;'ReplanPanel_CohortFragment': ReplanPanel_CohortFragment } }
    )
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedsQuery = { calendarFeeds: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CalendarFeedRow_FeedFragment': CalendarFeedRow_FeedFragment } }
      ) }> } };

export type CohortProjectsQueryVariables = Exact<{
  region: string;
  filter: ProjectFilter;
}>;


export type CohortProjectsQuery = { projects: { edges: Array<{ node: { id: string, name: string } }> } };

export type MigrateCohortMutationVariables = Exact<{
  input: MigrateCohortInput;
}>;


export type MigrateCohortMutation = { migrateCohort:
    | { __typename: 'MigrateCohortSuccess', applied: boolean, keptDone: number, added: Array<{ key: string, title: string, beforeOffset: number | null, afterOffset: number | null, milestones: number }>, removed: Array<{ key: string, title: string, beforeOffset: number | null, afterOffset: number | null, milestones: number }>, moved: Array<{ key: string, title: string, beforeOffset: number | null, afterOffset: number | null, milestones: number }>, cohort: { id: string, version: number, methodOutdated: boolean } }
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
   };

export type MilestoneDrawer_MilestoneFragment = { id: string, title: string, version: number, status: MilestoneStatus, startedOn: string | null, doneOn: string | null, dueDate: string | null, pinned: boolean, breaksDependency: boolean, offsetWorkingDays: number, expectedDeliverable: string, owner: MilestoneOwner, evidence: string | null, evidenceUrl: string | null, viewerCanUpdate: boolean, phase: { key: string, name: string }, assignee: { id: string, displayName: string } | null, project: { id: string, name: string } | null } & { ' $fragmentName'?: 'MilestoneDrawer_MilestoneFragment' };

export type MilestoneDrawer_RegionFragment = { id: string, advisers: { edges: Array<{ node: { id: string, displayName: string, email: string, role: Role } }> } } & { ' $fragmentName'?: 'MilestoneDrawer_RegionFragment' };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone:
    | { __typename: 'MilestoneSuccess', milestone: (
        { id: string }
        & { ' $fragmentRefs'?: { 'MilestoneDrawer_MilestoneFragment': MilestoneDrawer_MilestoneFragment;'MilestoneRow_MilestoneFragment': MilestoneRow_MilestoneFragment;'RetroplanningGantt_MilestoneFragment': RetroplanningGantt_MilestoneFragment } }
      ) }
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
   };

export type MilestoneRow_MilestoneFragment = { id: string, title: string, dueDate: string | null, offsetWorkingDays: number, status: MilestoneStatus, pinned: boolean, breaksDependency: boolean, viewerCanUpdate: boolean, phase: { key: string, name: string, position: number }, assignee: { id: string, displayName: string } | null, project: { id: string, name: string } | null } & { ' $fragmentName'?: 'MilestoneRow_MilestoneFragment' };

export type MyMilestonesQueryVariables = Exact<{
  horizon: number;
  first: number;
}>;


export type MyMilestonesQuery = { viewer: { today: string } | null, myMilestones: { totalCount: number, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string, status: MilestoneStatus }
        & { ' $fragmentRefs'?: { 'MyMilestoneRow_MilestoneFragment': MyMilestoneRow_MilestoneFragment } }
      ) }> } };

export type MyCalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedsQuery = { calendarFeeds: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CalendarFeedRow_FeedFragment': CalendarFeedRow_FeedFragment } }
      ) }> } };

export type MyMilestoneRow_MilestoneFragment = { id: string, title: string, status: MilestoneStatus, dueDate: string | null, offsetWorkingDays: number, startedOn: string | null, version: number, viewerCanUpdate: boolean, project: { id: string, name: string } | null, cohort: { id: string, name: string } } & { ' $fragmentName'?: 'MyMilestoneRow_MilestoneFragment' };

export type QuickUpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type QuickUpdateMilestoneMutation = { updateMilestone:
    | { __typename: 'MilestoneSuccess', milestone: { id: string, status: MilestoneStatus, startedOn: string | null, doneOn: string | null, version: number } }
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
   };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort:
    | { __typename: 'CohortSuccess', cohort: { id: string } }
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
   };

export type ReplanPanel_CohortFragment = { id: string, version: number, eventDate: string | null } & { ' $fragmentName'?: 'ReplanPanel_CohortFragment' };

export type ReplanCohortMutationVariables = Exact<{
  input: ReplanCohortInput;
}>;


export type ReplanCohortMutation = { replanCohort:
    | (
      { __typename: 'PlanningConflict' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningConflict_Fragment': PlanningErrorFields_PlanningConflict_Fragment } }
    )
    | (
      { __typename: 'PlanningInvalid' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningInvalid_Fragment': PlanningErrorFields_PlanningInvalid_Fragment } }
    )
    | (
      { __typename: 'PlanningNotAllowed' }
      & { ' $fragmentRefs'?: { 'PlanningErrorFields_PlanningNotAllowed_Fragment': PlanningErrorFields_PlanningNotAllowed_Fragment } }
    )
    | { __typename: 'ReplanCohortSuccess', applied: boolean, cohort: { id: string, version: number, eventDate: string | null }, changes: Array<{ oldDate: string | null, newDate: string, milestone: { id: string, title: string, project: { id: string, name: string } | null } }>, brokenDependencies: Array<{ id: string, title: string, dueDate: string | null, project: { id: string, name: string } | null }> }
   };

export type RetroplanningGantt_MilestoneFragment = { id: string, title: string, dueDate: string | null, status: MilestoneStatus, dependsOnIds: Array<string>, phase: { key: string, name: string, position: number }, project: { id: string, name: string } | null } & { ' $fragmentName'?: 'RetroplanningGantt_MilestoneFragment' };

export type RhythmContextQueryVariables = Exact<{ [key: string]: never; }>;


export type RhythmContextQuery = { viewer: { today: string, region: { id: string } | null } | null, editions: { edges: Array<{ node: { id: string, name: string, year: number, methodVersion: { id: string, durationMonths: number } } }> }, cohorts: { edges: Array<{ node: { id: string, todayRelativeDay: number | null, region: { id: string, name: string }, edition: { id: string } | null } }> } };

export type RhythmQueryVariables = Exact<{
  editionId: string;
  relativeDay: number;
}>;


export type RhythmQuery = { rhythm: { unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: { reached: boolean, at: string | null, todayRelativeDay: number | null, region: { id: string, slug: string, name: string }, cohort: { id: string, name: string } | null, adherence: { due: number, doneOnTime: number, doneLate: number, overdue: number, onTimeRate: number | null } | null } }> } };

export type ProjectAccessLogQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectAccessLogQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', id: string, accessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { readAt: string, readerName: string, what: string, whatKind: ProjectReadPart, organisation: { id: string, name: string } | null } }> } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type AssignProjectAdviserMutationVariables = Exact<{
  input: AssignProjectAdviserInput;
}>;


export type AssignProjectAdviserMutation = { assignProjectAdviser:
    | { __typename: 'AssignProjectAdviserSuccess', project: (
        { id: string, version: number, adviser: { id: string, displayName: string } | null }
        & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'ProjectJourney_ProjectFragment': ProjectJourney_ProjectFragment } }
      ) }
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type AttachProjectMemberMutationVariables = Exact<{
  input: AttachProjectMemberInput;
}>;


export type AttachProjectMemberMutation = { attachProjectMember:
    | { __typename: 'AttachProjectMemberSuccess', invitationSent: boolean, member: { user: { id: string, displayName: string, email: string } }, project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectMembersSection_ProjectFragment': ProjectMembersSection_ProjectFragment } }
      ) }
    | (
      { __typename: 'MembershipConflict' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipConflict_Fragment': MembershipErrorFields_MembershipConflict_Fragment } }
    )
    | (
      { __typename: 'MembershipInvalid' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipInvalid_Fragment': MembershipErrorFields_MembershipInvalid_Fragment } }
    )
    | (
      { __typename: 'MembershipNotAllowed' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipNotAllowed_Fragment': MembershipErrorFields_MembershipNotAllowed_Fragment } }
    )
   };

export type CandidatesContextQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatesContextQuery = { selectionCriteria: Array<{ key: string, label: string, maxPoints: number }> };

export type CandidatesQueryVariables = Exact<{
  region: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CandidatesQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string, name: string, status: ProjectStatus, version: number, summary: string, needs: Array<ProjectNeed>, kind: ProjectKind, sector: Sector, createdAt: string, nextSteps: Array<{ status: ProjectStatus, reasonRequired: boolean }>, company: { id: string, name: string, siren: string, sirenIsDemo: boolean, nafCode: string | null, nafLabel: string | null, communeName: string, departement: string, contactNotice: string, contact: { name: string, function: string, email: string, phone: string } | null }, selectionReview: { count: number, average: number, lowest: number, highest: number } | null }
        & { ' $fragmentRefs'?: { 'SelectionGrid_ProjectFragment': SelectionGrid_ProjectFragment } }
      ) }> } };

export type SetProjectTeamMutationVariables = Exact<{
  input: SetProjectTeamInput;
}>;


export type SetProjectTeamMutation = { setProjectTeam:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | { __typename: 'ProjectEditSuccess', project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'TeamTab_ProjectFragment': TeamTab_ProjectFragment } }
      ) }
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type CommentsTab_CommentFragment = { id: string, body: string, createdAt: string, authorName: string, viewerIsAuthor: boolean, mentions: Array<{ id: string, displayName: string }> } & { ' $fragmentName'?: 'CommentsTab_CommentFragment' };

export type CommentsTab_RegionFragment = { id: string, name: string, advisers: { edges: Array<{ node: { id: string, displayName: string, role: Role } }> } } & { ' $fragmentName'?: 'CommentsTab_RegionFragment' };

export type AddProjectCommentMutationVariables = Exact<{
  input: AddProjectCommentInput;
}>;


export type AddProjectCommentMutation = { addProjectComment:
    | { __typename: 'AddProjectCommentSuccess', comment: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CommentsTab_CommentFragment': CommentsTab_CommentFragment } }
      ) }
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type EditProjectCommentMutationVariables = Exact<{
  input: EditProjectCommentInput;
}>;


export type EditProjectCommentMutation = { editProjectComment:
    | { __typename: 'EditProjectCommentSuccess', comment: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CommentsTab_CommentFragment': CommentsTab_CommentFragment } }
      ) }
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type DeleteProjectCommentMutationVariables = Exact<{
  input: DeleteProjectCommentInput;
}>;


export type DeleteProjectCommentMutation = { deleteProjectComment:
    | { __typename: 'DeleteProjectCommentSuccess', deletedCommentId: string }
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;


export type UpdateCompanyMutation = { updateCompany:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'UpdateCompanySuccess', company: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CompanyTab_CompanyFragment': CompanyTab_CompanyFragment } }
      ) }
   };

export type CompanySireneProposalQueryVariables = Exact<{
  companyId: string;
}>;


export type CompanySireneProposalQuery = { companySireneProposal: { siret: string, nafCode: string | null, street: string | null, postalCode: string | null, communeCode: string | null, communeName: string, headcountBand: HeadcountBand | null } | null };

export type CompanyTab_CompanyFragment = { id: string, version: number, viewerCanEdit: boolean, name: string, siren: string, sirenIsDemo: boolean, siret: string | null, nafCode: string | null, nafLabel: string | null, communeCode: string, communeName: string, departement: string, website: string, headcountBand: HeadcountBand | null, revenueBand: RevenueBand | null, contactNotice: string, region: { id: string, name: string }, address: { street: string, postalCode: string, communeName: string }, contact: { name: string, function: string, email: string, phone: string } | null } & { ' $fragmentName'?: 'CompanyTab_CompanyFragment' };

export type CompanyTab_ProjectFragment = { id: string, region: { id: string, name: string }, company: (
    { id: string }
    & { ' $fragmentRefs'?: { 'CompanyTab_CompanyFragment': CompanyTab_CompanyFragment } }
  ) } & { ' $fragmentName'?: 'CompanyTab_ProjectFragment' };

export type DocumentsTab_ProjectFragment = { id: string, viewerCanEdit: boolean, documents: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'DocumentsTab_DocumentFragment': DocumentsTab_DocumentFragment } }
  )> | null } & { ' $fragmentName'?: 'DocumentsTab_ProjectFragment' };

export type DocumentsTab_DocumentFragment = { id: string, kind: DocumentKind, title: string, version: number, currentVersion: { number: number, fileName: string, size: number, uploadedAt: string, uploadedBy: string, downloadUrl: string }, versions: Array<{ number: number, fileName: string, size: number, uploadedAt: string, uploadedBy: string, downloadUrl: string }> } & { ' $fragmentName'?: 'DocumentsTab_DocumentFragment' };

export type UpdateGrantMutationVariables = Exact<{
  input: UpdateGrantInput;
}>;


export type UpdateGrantMutation = { updateGrant:
    | (
      { __typename: 'GrantConflict' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantConflict_Fragment': GrantErrorFields_GrantConflict_Fragment } }
    )
    | (
      { __typename: 'GrantInvalid' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantInvalid_Fragment': GrantErrorFields_GrantInvalid_Fragment } }
    )
    | (
      { __typename: 'GrantNotAllowed' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantNotAllowed_Fragment': GrantErrorFields_GrantNotAllowed_Fragment } }
    )
    | { __typename: 'GrantSuccess', grant: (
        { id: string }
        & { ' $fragmentRefs'?: { 'GrantRow_GrantFragment': GrantRow_GrantFragment } }
      ) }
   };

export type RevokeGrantMutationVariables = Exact<{
  input: RevokeGrantInput;
}>;


export type RevokeGrantMutation = { revokeGrant:
    | (
      { __typename: 'GrantConflict' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantConflict_Fragment': GrantErrorFields_GrantConflict_Fragment } }
    )
    | (
      { __typename: 'GrantInvalid' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantInvalid_Fragment': GrantErrorFields_GrantInvalid_Fragment } }
    )
    | (
      { __typename: 'GrantNotAllowed' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantNotAllowed_Fragment': GrantErrorFields_GrantNotAllowed_Fragment } }
    )
    | { __typename: 'GrantSuccess', grant: (
        { id: string }
        & { ' $fragmentRefs'?: { 'GrantRow_GrantFragment': GrantRow_GrantFragment } }
      ) }
   };

export type GrantRow_GrantFragment = { id: string, scope: GrantScope, expiresOn: string | null, purpose: string, grantedAt: string, revokedAt: string | null, status: GrantStatus, organisation: { id: string, name: string } | null, consent: { givenBy: string, givenOn: string, document: { id: string, title: string, currentVersion: { number: number, downloadUrl: string } } | null } | null, grantedBy: { id: string, displayName: string } | null } & { ' $fragmentName'?: 'GrantRow_GrantFragment' };

export type ProjectHistoryQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectHistoryQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: { id: string, occurredAt: string, actorName: string, actorRole: Role | null, action: string, entityType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } }> } };

export type AddInterviewMutationVariables = Exact<{
  input: AddInterviewInput;
}>;


export type AddInterviewMutation = { addInterview:
    | { __typename: 'AddInterviewSuccess', interview: { id: string } }
    | (
      { __typename: 'StudyConflict' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyConflict_Fragment': StudyErrorFields_StudyConflict_Fragment } }
    )
    | (
      { __typename: 'StudyInvalid' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyInvalid_Fragment': StudyErrorFields_StudyInvalid_Fragment } }
    )
    | (
      { __typename: 'StudyNotAllowed' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyNotAllowed_Fragment': StudyErrorFields_StudyNotAllowed_Fragment } }
    )
   };

export type ProjectMarketStudyQueryVariables = Exact<{
  id: string;
  interviews: number;
}>;


export type ProjectMarketStudyQuery = { viewer: { today: string } | null, node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', viewerCanEdit: boolean, id: string, marketStudy: { interviewCount: number, firstInterview: string | null, lastInterview: string | null, team: { school: string, teacherName: string, version: number, students: Array<{ name: string, email: string }> } | null, byProfile: Array<{ profile: RespondentProfile, count: number }>, interviews: Array<{ id: string, heldOn: string, respondentProfile: RespondentProfile, channel: InterviewChannel, keyFindings: string, recordedBy: string }> } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ProjectQuestionsQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type ProjectQuestionsQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Cohort' }
    | { __typename: 'Company' }
    | { __typename: 'Document' }
    | { __typename: 'Edition' }
    | { __typename: 'Event' }
    | { __typename: 'FinancingScheme' }
    | { __typename: 'InboxItem' }
    | { __typename: 'MethodVersion' }
    | { __typename: 'Milestone' }
    | { __typename: 'MilestoneTemplate' }
    | { __typename: 'Organisation' }
    | { __typename: 'Phase' }
    | { __typename: 'Project', id: string, partnerQuestions: { totalCount: number, edges: Array<{ node: { id: string, body: string, createdAt: string, authorName: string, viewerIsAuthor: boolean, organisation: { id: string, name: string } | null } }> } | null, viewerQuestions: { totalCount: number, edges: Array<{ node: { id: string, body: string, createdAt: string, authorName: string, viewerIsAuthor: boolean, organisation: { id: string, name: string } | null } }> } | null }
    | { __typename: 'Region' }
    | { __typename: 'User' }
   | null };

export type AskProjectQuestionMutationVariables = Exact<{
  input: AskProjectQuestionInput;
}>;


export type AskProjectQuestionMutation = { askProjectQuestion:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'ProjectQuestionSuccess', posted: { id: string } }
   };

export type AnswerProjectQuestionMutationVariables = Exact<{
  input: AnswerProjectQuestionInput;
}>;


export type AnswerProjectQuestionMutation = { answerProjectQuestion:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'ProjectQuestionSuccess', posted: { id: string } }
   };

export type SetProjectProductsMutationVariables = Exact<{
  input: SetProjectProductsInput;
}>;


export type SetProjectProductsMutation = { setProjectProducts:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | { __typename: 'ProjectEditSuccess', project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'ProductsTab_ProjectFragment': ProductsTab_ProjectFragment } }
      ) }
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
   };

export type ProductsTab_ProjectFragment = { id: string, version: number, viewerCanEdit: boolean, products: Array<{ name: string, customsCode: string | null, annualImportValueEur: number | null }> | null } & { ' $fragmentName'?: 'ProductsTab_ProjectFragment' };

export type ProjectAwards_ProjectFragment = { eventAwards: Array<{ rank: number | null, event: { id: string, name: string, editionYear: number }, prizes: Array<{ name: string, organisation: { name: string } | null }> }> } & { ' $fragmentName'?: 'ProjectAwards_ProjectFragment' };

export type ProjectDetails_ProjectFragment = { id: string, summary: string, kind: ProjectKind, sector: Sector, status: ProjectStatus, needs: Array<ProjectNeed>, access: ProjectAccess, notes: string | null, updatedAt: string, viewerCanAssignAdviser: boolean, region: { id: string, name: string }, adviser: { id: string, displayName: string } | null, company: { id: string, name: string, siren: string, sirenIsDemo: boolean, nafCode: string | null, communeName: string, departement: string } } & { ' $fragmentName'?: 'ProjectDetails_ProjectFragment' };

export type ProjectEditForm_ProjectFragment = { id: string, version: number, summary: string, notes: string | null } & { ' $fragmentName'?: 'ProjectEditForm_ProjectFragment' };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'UpdateProjectSuccess', project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'ProjectEditForm_ProjectFragment': ProjectEditForm_ProjectFragment } }
      ) }
   };

export type ProjectJourney_ProjectFragment = { id: string, version: number, status: ProjectStatus, nextSteps: Array<{ status: ProjectStatus, reasonRequired: boolean }>, statusHistory: Array<{ from: ProjectStatus, to: ProjectStatus, reason: string, changedAt: string, changedBy: string }> | null } & { ' $fragmentName'?: 'ProjectJourney_ProjectFragment' };

export type ProjectListContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectListContextQuery = { regions: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type ProjectListQueryVariables = Exact<{
  region?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectRow_ProjectFragment': ProjectRow_ProjectFragment } }
      ) }> } };

export type ProjectMembersSection_ProjectFragment = { id: string, name: string, region: { id: string, slug: string }, members: Array<{ attachedAt: string, invitationPending: boolean, user: { id: string, displayName: string, email: string, role: Role } }> | null } & { ' $fragmentName'?: 'ProjectMembersSection_ProjectFragment' };

export type DetachProjectMemberMutationVariables = Exact<{
  input: DetachProjectMemberInput;
}>;


export type DetachProjectMemberMutation = { detachProjectMember:
    | { __typename: 'DetachProjectMemberSuccess', detachedUserId: string, project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectMembersSection_ProjectFragment': ProjectMembersSection_ProjectFragment } }
      ) | null }
    | (
      { __typename: 'MembershipConflict' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipConflict_Fragment': MembershipErrorFields_MembershipConflict_Fragment } }
    )
    | (
      { __typename: 'MembershipInvalid' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipInvalid_Fragment': MembershipErrorFields_MembershipInvalid_Fragment } }
    )
    | (
      { __typename: 'MembershipNotAllowed' }
      & { ' $fragmentRefs'?: { 'MembershipErrorFields_MembershipNotAllowed_Fragment': MembershipErrorFields_MembershipNotAllowed_Fragment } }
    )
   };

export type ProjectMilestones_ProjectFragment = { id: string, milestones: { totalCount: number, edges: Array<{ node: { id: string, title: string, dueDate: string | null, status: MilestoneStatus, doneOn: string | null, evidenceCheck: { kind: EvidenceKind, found: boolean, interviewCount: number, document: { id: string, title: string } | null } | null } }> } | null, nextMilestone: { id: string } | null } & { ' $fragmentName'?: 'ProjectMilestones_ProjectFragment' };

export type ProjectPageQueryVariables = Exact<{
  id: string;
}>;


export type ProjectPageQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | (
      { __typename: 'Project', name: string, access: ProjectAccess, viewerCanEdit: boolean, viewerCanAssignAdviser: boolean, version: number, status: ProjectStatus, viewerCanReadSupplyChain: boolean, viewerCanReadFinancing: boolean, id: string, adviser: { id: string, displayName: string } | null, nextMilestone: { id: string, title: string, dueDate: string | null, status: MilestoneStatus } | null, comments: { totalCount: number } | null, milestones: { totalCount: number } | null, region: { id: string, slug: string }, cohort: { id: string, name: string } | null, documents: Array<{ id: string }> | null, marketStudy: { interviewCount: number } | null, products: Array<{ name: string }> | null, team: Array<{ name: string }> | null, grants: { totalCount: number } | null, accessLog: { totalCount: number } | null }
      & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'ProjectAwards_ProjectFragment': ProjectAwards_ProjectFragment;'ViewerGrantNotice_ProjectFragment': ViewerGrantNotice_ProjectFragment;'ProjectEditForm_ProjectFragment': ProjectEditForm_ProjectFragment;'ProjectJourney_ProjectFragment': ProjectJourney_ProjectFragment;'CompanyTab_ProjectFragment': CompanyTab_ProjectFragment;'TeamTab_ProjectFragment': TeamTab_ProjectFragment;'ProductsTab_ProjectFragment': ProductsTab_ProjectFragment } }
    )
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ProjectDocumentsQueryVariables = Exact<{
  id: string;
}>;


export type ProjectDocumentsQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | (
      { __typename: 'Project', id: string }
      & { ' $fragmentRefs'?: { 'DocumentsTab_ProjectFragment': DocumentsTab_ProjectFragment } }
    )
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ProjectCommentsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectCommentsQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', id: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'CommentsTab_CommentFragment': CommentsTab_CommentFragment } }
          ) }> } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ProjectMilestonesQueryVariables = Exact<{
  id: string;
}>;


export type ProjectMilestonesQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | (
      { __typename: 'Project', id: string }
      & { ' $fragmentRefs'?: { 'ProjectMilestones_ProjectFragment': ProjectMilestones_ProjectFragment } }
    )
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type AssignableAdvisersQueryVariables = Exact<{
  id: string;
}>;


export type AssignableAdvisersQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', id: string, region: { id: string, assignableAdvisers: { edges: Array<{ node: { id: string, displayName: string } }> } } }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type MentionableAdvisersQueryVariables = Exact<{ [key: string]: never; }>;


export type MentionableAdvisersQuery = { regions: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CommentsTab_RegionFragment': CommentsTab_RegionFragment } }
      ) }> } };

export type ProjectRow_ProjectFragment = { id: string, name: string, sector: Sector, status: ProjectStatus, access: ProjectAccess, region: { id: string, name: string }, company: { id: string, name: string, communeName: string, departement: string }, adviser: { id: string, displayName: string } | null } & { ' $fragmentName'?: 'ProjectRow_ProjectFragment' };

export type SelectionGrid_ProjectFragment = { id: string, viewerCanEdit: boolean, selectionReview: { count: number, average: number, lowest: number, highest: number, criteria: Array<{ criterion: string, average: number, lowest: number, highest: number }>, scores: Array<{ scoredBy: string, scoredAt: string, byViewer: boolean, total: number, comment: string, scores: Array<{ criterion: string, points: number }> }>, viewerScore: { scoredAt: string, total: number, comment: string, scores: Array<{ criterion: string, points: number }> } | null } | null } & { ' $fragmentName'?: 'SelectionGrid_ProjectFragment' };

export type ScoreCandidateMutationVariables = Exact<{
  input: ScoreCandidateInput;
}>;


export type ScoreCandidateMutation = { scoreCandidate:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'ScoreCandidateSuccess', score: { total: number }, project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SelectionGrid_ProjectFragment': SelectionGrid_ProjectFragment } }
      ) | null }
   };

export type ShareProjectMutationVariables = Exact<{
  input: ShareProjectInput;
}>;


export type ShareProjectMutation = { shareProject:
    | (
      { __typename: 'GrantConflict' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantConflict_Fragment': GrantErrorFields_GrantConflict_Fragment } }
    )
    | (
      { __typename: 'GrantInvalid' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantInvalid_Fragment': GrantErrorFields_GrantInvalid_Fragment } }
    )
    | (
      { __typename: 'GrantNotAllowed' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantNotAllowed_Fragment': GrantErrorFields_GrantNotAllowed_Fragment } }
    )
    | { __typename: 'GrantSuccess', grant: (
        { id: string, organisation: { id: string, name: string } | null }
        & { ' $fragmentRefs'?: { 'GrantRow_GrantFragment': GrantRow_GrantFragment } }
      ) }
   };

export type SharedProjectsQueryVariables = Exact<{
  region?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type SharedProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SharedProjectRow_ProjectFragment': SharedProjectRow_ProjectFragment } }
      ) }> } };

export type SharedProjectRow_ProjectFragment = { id: string, name: string, sector: Sector, status: ProjectStatus, needs: Array<ProjectNeed>, region: { id: string, name: string }, company: { id: string, name: string, communeName: string, departement: string }, products: Array<{ name: string }> | null, milestoneProgress: { passed: number, total: number }, viewerGrant: { scope: GrantScope, expiresOn: string | null } | null } & { ' $fragmentName'?: 'SharedProjectRow_ProjectFragment' };

export type ProjectGrantsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectGrantsQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', id: string, grants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'GrantRow_GrantFragment': GrantRow_GrantFragment } }
          ) }> } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type SharingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharingSettingsQuery = { grantSettings: { defaultExpiresOn: string, maxExpiresOn: string, scopes: Array<{ scope: GrantScope, label: string }> }, viewer: { today: string } | null };

export type ShareableOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShareableOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type SetStudentTeamMutationVariables = Exact<{
  input: SetStudentTeamInput;
}>;


export type SetStudentTeamMutation = { setStudentTeam:
    | { __typename: 'SetStudentTeamSuccess', team: { version: number } }
    | (
      { __typename: 'StudyConflict' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyConflict_Fragment': StudyErrorFields_StudyConflict_Fragment } }
    )
    | (
      { __typename: 'StudyInvalid' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyInvalid_Fragment': StudyErrorFields_StudyInvalid_Fragment } }
    )
    | (
      { __typename: 'StudyNotAllowed' }
      & { ' $fragmentRefs'?: { 'StudyErrorFields_StudyNotAllowed_Fragment': StudyErrorFields_StudyNotAllowed_Fragment } }
    )
   };

export type TeamTab_ProjectFragment = (
  { id: string, version: number, viewerCanEdit: boolean, adviser: { id: string, displayName: string } | null, team: Array<{ role: TeamRole, name: string, organisation: string, email: string, expertise: string }> | null }
  & { ' $fragmentRefs'?: { 'ProjectMembersSection_ProjectFragment': ProjectMembersSection_ProjectFragment } }
) & { ' $fragmentName'?: 'TeamTab_ProjectFragment' };

export type ViewerGrantNotice_ProjectFragment = { viewerGrant: { scope: GrantScope, expiresOn: string | null, purpose: string } | null } & { ' $fragmentName'?: 'ViewerGrantNotice_ProjectFragment' };

export type TransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type TransitionProjectMutation = { transitionProject:
    | (
      { __typename: 'ProjectConflict' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectConflict_Fragment': ProjectErrorFields_ProjectConflict_Fragment } }
    )
    | (
      { __typename: 'ProjectInvalid' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectInvalid_Fragment': ProjectErrorFields_ProjectInvalid_Fragment } }
    )
    | (
      { __typename: 'ProjectNotAllowed' }
      & { ' $fragmentRefs'?: { 'ProjectErrorFields_ProjectNotAllowed_Fragment': ProjectErrorFields_ProjectNotAllowed_Fragment } }
    )
    | { __typename: 'TransitionProjectSuccess', project: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProjectDetails_ProjectFragment': ProjectDetails_ProjectFragment;'ProjectEditForm_ProjectFragment': ProjectEditForm_ProjectFragment;'ProjectJourney_ProjectFragment': ProjectJourney_ProjectFragment } }
      ) }
   };

export type AttachConsentDocumentMutationVariables = Exact<{
  input: AttachConsentDocumentInput;
}>;


export type AttachConsentDocumentMutation = { attachConsentDocument:
    | (
      { __typename: 'GrantConflict' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantConflict_Fragment': GrantErrorFields_GrantConflict_Fragment } }
    )
    | (
      { __typename: 'GrantInvalid' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantInvalid_Fragment': GrantErrorFields_GrantInvalid_Fragment } }
    )
    | (
      { __typename: 'GrantNotAllowed' }
      & { ' $fragmentRefs'?: { 'GrantErrorFields_GrantNotAllowed_Fragment': GrantErrorFields_GrantNotAllowed_Fragment } }
    )
    | { __typename: 'GrantSuccess', grant: (
        { id: string }
        & { ' $fragmentRefs'?: { 'GrantRow_GrantFragment': GrantRow_GrantFragment } }
      ) }
   };

export type RequestDocumentUploadMutationVariables = Exact<{
  input: RequestDocumentUploadInput;
}>;


export type RequestDocumentUploadMutation = { requestDocumentUpload:
    | (
      { __typename: 'DocumentConflict' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentConflict_Fragment': DocumentErrorFields_DocumentConflict_Fragment } }
    )
    | (
      { __typename: 'DocumentInvalid' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentInvalid_Fragment': DocumentErrorFields_DocumentInvalid_Fragment } }
    )
    | (
      { __typename: 'DocumentNotAllowed' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentNotAllowed_Fragment': DocumentErrorFields_DocumentNotAllowed_Fragment } }
    )
    | { __typename: 'RequestDocumentUploadSuccess', uploadId: string, url: string, expiresAt: string, maxBytes: number, fields: Array<{ name: string, value: string }> }
   };

export type ConfirmDocumentUploadMutationVariables = Exact<{
  input: ConfirmDocumentUploadInput;
}>;


export type ConfirmDocumentUploadMutation = { confirmDocumentUpload:
    | { __typename: 'ConfirmDocumentUploadSuccess', document: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DocumentsTab_DocumentFragment': DocumentsTab_DocumentFragment } }
      ) }
    | (
      { __typename: 'DocumentConflict' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentConflict_Fragment': DocumentErrorFields_DocumentConflict_Fragment } }
    )
    | (
      { __typename: 'DocumentInvalid' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentInvalid_Fragment': DocumentErrorFields_DocumentInvalid_Fragment } }
    )
    | (
      { __typename: 'DocumentNotAllowed' }
      & { ' $fragmentRefs'?: { 'DocumentErrorFields_DocumentNotAllowed_Fragment': DocumentErrorFields_DocumentNotAllowed_Fragment } }
    )
   };

export type AnswerSourcingRequestMutationVariables = Exact<{
  input: AnswerSourcingRequestInput;
}>;


export type AnswerSourcingRequestMutation = { answerSourcingRequest:
    | { __typename: 'SourcingAnswerSuccess', answer: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SourcingAnswer_AnswerFragment': SourcingAnswer_AnswerFragment } }
      ) }
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
   };

export type AnswerRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswerRegionQuery = { viewer: { region: { id: string, departements: Array<string> } | null } | null };

export type AnswerSupplierSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: SupplierFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AnswerSupplierSearchQuery = { suppliers: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { siret: string, name: string, communeName: string, departement: string, nafCode: string | null, nafLabel: string | null } }> } };

export type SourcingRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcingRegionsQuery = { regions: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type PostSourcingRequestMutationVariables = Exact<{
  input: PostSourcingRequestInput;
}>;


export type PostSourcingRequestMutation = { postSourcingRequest:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SourcingRequestSuccess', request: { id: string, answerCount: number } }
   };

export type SourcingAnswer_AnswerFragment = { id: string, answererName: string, note: string, createdAt: string, answererRegion: { id: string, slug: string, name: string }, suppliers: Array<{ id: string, siret: string, name: string, communeName: string, nafCode: string | null, nafLabel: string | null, accepted: boolean }> } & { ' $fragmentName'?: 'SourcingAnswer_AnswerFragment' };

export type AcceptProposedSupplierMutationVariables = Exact<{
  input: AcceptProposedSupplierInput;
}>;


export type AcceptProposedSupplierMutation = { acceptProposedSupplier:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierCandidateSuccess', candidate: { id: string } }
   };

export type SourcingRequestCard_RequestFragment = { id: string, projectId: string, projectName: string, stageId: string, stageName: string, need: string, nafHints: Array<string>, deadline: string, isExpired: boolean, requesterName: string, createdAt: string, answerCount: number, viewerCanAnswer: boolean, region: { id: string, slug: string, name: string }, targetRegions: Array<{ id: string, slug: string, name: string }>, answers: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SourcingAnswer_AnswerFragment': SourcingAnswer_AnswerFragment } }
      ) }> } } & { ' $fragmentName'?: 'SourcingRequestCard_RequestFragment' };

export type SourcingRequestsQueryVariables = Exact<{
  addressedToMe: boolean;
  includeExpired: boolean;
  first: number;
  after?: string | null | undefined;
}>;


export type SourcingRequestsQuery = { sourcingRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SourcingRequestCard_RequestFragment': SourcingRequestCard_RequestFragment } }
      ) }> } };

export type SupplierDetails_SupplierFragment = { siren: string, street: string | null, postalCode: string | null, viewerCanEnrich: boolean } & { ' $fragmentName'?: 'SupplierDetails_SupplierFragment' };

export type EnrichSupplierMutationVariables = Exact<{
  input: EnrichSupplierInput;
}>;


export type EnrichSupplierMutation = { enrichSupplier:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierProfileSuccess', profile: (
        { version: number }
        & { ' $fragmentRefs'?: { 'SupplierProfile_ProfileFragment': SupplierProfile_ProfileFragment } }
      ) }
   };

export type SupplierProfile_ProfileFragment = { tags: Array<string>, capabilityNafCodes: Array<string>, certifications: Array<SupplierCertification>, capacityNotes: string, contactName: string, contactEmail: string, contactPhone: string, lastContactOn: string | null, changedBy: string, updatedAt: string, version: number, history: { totalCount: number, edges: Array<{ node: { occurredAt: string, actorName: string, fields: Array<string> } }> } } & { ' $fragmentName'?: 'SupplierProfile_ProfileFragment' };

export type SupplierSearchProjectsQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type SupplierSearchProjectsQuery = { projects: { edges: Array<{ node: { id: string, name: string, company: { id: string, communeName: string, departement: string } } }> } };

export type SupplierSearchProjectQueryVariables = Exact<{
  id: string;
}>;


export type SupplierSearchProjectQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Cohort' }
    | { __typename: 'Company' }
    | { __typename: 'Document' }
    | { __typename: 'Edition' }
    | { __typename: 'Event' }
    | { __typename: 'FinancingScheme' }
    | { __typename: 'InboxItem' }
    | { __typename: 'MethodVersion' }
    | { __typename: 'Milestone' }
    | { __typename: 'MilestoneTemplate' }
    | { __typename: 'Organisation' }
    | { __typename: 'Phase' }
    | { __typename: 'Project', id: string, name: string, company: { id: string, communeName: string, departement: string }, supplyChain: { stages: Array<{ id: string, name: string }> } | null }
    | { __typename: 'Region' }
    | { __typename: 'User' }
   | null };

export type SupplierSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  near?: SupplierNearInput | null | undefined;
  filter?: SupplierFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SupplierSearchQuery = { supplierSearchOrigin: { communeName: string | null, departement: string | null, longitude: number | null, latitude: number | null }, suppliers: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, unavailableRegions: Array<{ slug: string, name: string }>, edges: Array<{ node: (
        { siret: string, name: string, communeName: string, departement: string, tier: SupplierTier, longitude: number | null, latitude: number | null, profile: (
          { version: number }
          & { ' $fragmentRefs'?: { 'SupplierProfile_ProfileFragment': SupplierProfile_ProfileFragment } }
        ) | null }
        & { ' $fragmentRefs'?: { 'SupplierSummary_SupplierFragment': SupplierSummary_SupplierFragment;'SupplierDetails_SupplierFragment': SupplierDetails_SupplierFragment } }
      ) }> } };

export type SupplierSummary_SupplierFragment = { siret: string, name: string, tradeNames: Array<string>, nafCode: string | null, nafLabel: string | null, workforceBand: string | null, isHeadOffice: boolean, communeName: string, departement: string, regionName: string, tier: SupplierTier, distanceKm: number | null } & { ' $fragmentName'?: 'SupplierSummary_SupplierFragment' };

export type AddSupplierToStageMutationVariables = Exact<{
  input: AddSupplierCandidateInput;
}>;


export type AddSupplierToStageMutation = { addSupplierCandidate:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierCandidateSuccess', candidate: { id: string, siret: string | null, name: string, status: SupplierCandidateStatus } }
   };

export type AddSupplierCandidateMutationVariables = Exact<{
  input: AddSupplierCandidateInput;
}>;


export type AddSupplierCandidateMutation = { addSupplierCandidate:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierCandidateSuccess', candidate: (
        { id: string, name: string }
        & { ' $fragmentRefs'?: { 'CandidateCard_CandidateFragment': CandidateCard_CandidateFragment } }
      ) }
   };

export type CandidateCard_CandidateFragment = { id: string, siret: string | null, name: string, communeName: string, departement: string | null, country: string, status: SupplierCandidateStatus, nextStatuses: Array<SupplierCandidateStatus>, reason: string, notes: string, nextActionOn: string | null, changedBy: string, updatedAt: string, version: number } & { ' $fragmentName'?: 'CandidateCard_CandidateFragment' };

export type UpdateSupplierCandidateMutationVariables = Exact<{
  input: UpdateSupplierCandidateInput;
}>;


export type UpdateSupplierCandidateMutation = { updateSupplierCandidate:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierCandidateSuccess', candidate: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CandidateCard_CandidateFragment': CandidateCard_CandidateFragment } }
      ) }
   };

export type StagesEditor_StageFragment = { id: string, name: string, needs: string, candidates: Array<{ id: string }> } & { ' $fragmentName'?: 'StagesEditor_StageFragment' };

export type DefaultSupplyChainStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultSupplyChainStagesQuery = { defaultSupplyChainStages: Array<string> };

export type SetSupplyChainStagesMutationVariables = Exact<{
  input: SetSupplyChainStagesInput;
}>;


export type SetSupplyChainStagesMutation = { setSupplyChainStages:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplyChainSuccess', project: { id: string, version: number, supplyChain: { indicators: { ' $fragmentRefs'?: { 'SupplyChainIndicators_IndicatorsFragment': SupplyChainIndicators_IndicatorsFragment } }, stages: Array<(
            { id: string }
            & { ' $fragmentRefs'?: { 'SupplyChainBoard_StageFragment': SupplyChainBoard_StageFragment;'StagesEditor_StageFragment': StagesEditor_StageFragment } }
          )> } | null } }
   };

export type SupplyChainBoard_StageFragment = { id: string, name: string, needs: string, candidates: Array<(
    { id: string, name: string, status: SupplierCandidateStatus, nextStatuses: Array<SupplierCandidateStatus>, version: number }
    & { ' $fragmentRefs'?: { 'CandidateCard_CandidateFragment': CandidateCard_CandidateFragment } }
  )> } & { ' $fragmentName'?: 'SupplyChainBoard_StageFragment' };

export type SupplyChainIndicators_IndicatorsFragment = { stages: number, stagesWithRetained: number, retained: number, retainedInRegionShare: number | null, retainedInFranceShare: number | null } & { ' $fragmentName'?: 'SupplyChainIndicators_IndicatorsFragment' };

export type SupplyChainBoardQueryVariables = Exact<{
  id: string;
}>;


export type SupplyChainBoardQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Edition', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'FinancingScheme', id: string }
    | { __typename: 'InboxItem', id: string }
    | { __typename: 'MethodVersion', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneTemplate', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Phase', id: string }
    | { __typename: 'Project', version: number, viewerCanEdit: boolean, id: string, region: { id: string, slug: string }, supplyChain: { indicators: { ' $fragmentRefs'?: { 'SupplyChainIndicators_IndicatorsFragment': SupplyChainIndicators_IndicatorsFragment } }, stages: Array<(
          { id: string }
          & { ' $fragmentRefs'?: { 'SupplyChainBoard_StageFragment': SupplyChainBoard_StageFragment;'StagesEditor_StageFragment': StagesEditor_StageFragment } }
        )> } | null }
    | { __typename: 'Region', id: string }
    | { __typename: 'User', id: string }
   | null };

export type TransitionSupplierCandidateMutationVariables = Exact<{
  input: TransitionSupplierCandidateInput;
}>;


export type TransitionSupplierCandidateMutation = { transitionSupplierCandidate:
    | (
      { __typename: 'SourcingConflict' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingConflict_Fragment': SourcingErrorFields_SourcingConflict_Fragment } }
    )
    | (
      { __typename: 'SourcingInvalid' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingInvalid_Fragment': SourcingErrorFields_SourcingInvalid_Fragment } }
    )
    | (
      { __typename: 'SourcingNotAllowed' }
      & { ' $fragmentRefs'?: { 'SourcingErrorFields_SourcingNotAllowed_Fragment': SourcingErrorFields_SourcingNotAllowed_Fragment } }
    )
    | { __typename: 'SupplierCandidateSuccess', candidate: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CandidateCard_CandidateFragment': CandidateCard_CandidateFragment } }
      ) }
   };

export type InviteUserAgainMutationVariables = Exact<{
  input: UserAccountInput;
}>;


export type InviteUserAgainMutation = { inviteUserAgain:
    | (
      { __typename: 'AccountConflict' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountConflict_Fragment': AccountErrorFields_AccountConflict_Fragment } }
    )
    | (
      { __typename: 'AccountInvalid' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountInvalid_Fragment': AccountErrorFields_AccountInvalid_Fragment } }
    )
    | (
      { __typename: 'AccountNotAllowed' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountNotAllowed_Fragment': AccountErrorFields_AccountNotAllowed_Fragment } }
    )
    | { __typename: 'InviteUserSuccess', invitationExpiresAt: string, invitationSent: boolean, user: { id: string, invitationPending: boolean } }
   };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser:
    | (
      { __typename: 'AccountConflict' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountConflict_Fragment': AccountErrorFields_AccountConflict_Fragment } }
    )
    | (
      { __typename: 'AccountInvalid' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountInvalid_Fragment': AccountErrorFields_AccountInvalid_Fragment } }
    )
    | (
      { __typename: 'AccountNotAllowed' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountNotAllowed_Fragment': AccountErrorFields_AccountNotAllowed_Fragment } }
    )
    | { __typename: 'InviteUserSuccess', invitationExpiresAt: string, invitationSent: boolean, user: { id: string, displayName: string, email: string, active: boolean } }
   };

export type RenameUserMutationVariables = Exact<{
  input: RenameUserInput;
}>;


export type RenameUserMutation = { renameUser:
    | (
      { __typename: 'AccountConflict' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountConflict_Fragment': AccountErrorFields_AccountConflict_Fragment } }
    )
    | (
      { __typename: 'AccountInvalid' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountInvalid_Fragment': AccountErrorFields_AccountInvalid_Fragment } }
    )
    | (
      { __typename: 'AccountNotAllowed' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountNotAllowed_Fragment': AccountErrorFields_AccountNotAllowed_Fragment } }
    )
    | { __typename: 'UserAccountSuccess', user: { id: string, displayName: string } }
   };

export type DeactivateUserMutationVariables = Exact<{
  input: UserAccountInput;
}>;


export type DeactivateUserMutation = { deactivateUser:
    | (
      { __typename: 'AccountConflict' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountConflict_Fragment': AccountErrorFields_AccountConflict_Fragment } }
    )
    | (
      { __typename: 'AccountInvalid' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountInvalid_Fragment': AccountErrorFields_AccountInvalid_Fragment } }
    )
    | (
      { __typename: 'AccountNotAllowed' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountNotAllowed_Fragment': AccountErrorFields_AccountNotAllowed_Fragment } }
    )
    | { __typename: 'UserAccountSuccess', user: { id: string, active: boolean } }
   };

export type ReactivateUserMutationVariables = Exact<{
  input: UserAccountInput;
}>;


export type ReactivateUserMutation = { reactivateUser:
    | (
      { __typename: 'AccountConflict' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountConflict_Fragment': AccountErrorFields_AccountConflict_Fragment } }
    )
    | (
      { __typename: 'AccountInvalid' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountInvalid_Fragment': AccountErrorFields_AccountInvalid_Fragment } }
    )
    | (
      { __typename: 'AccountNotAllowed' }
      & { ' $fragmentRefs'?: { 'AccountErrorFields_AccountNotAllowed_Fragment': AccountErrorFields_AccountNotAllowed_Fragment } }
    )
    | { __typename: 'UserAccountSuccess', user: { id: string, active: boolean } }
   };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  role?: Role | null | undefined;
  region?: string | null | undefined;
  active?: boolean | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, email: string, role: Role, active: boolean, invitationPending: boolean, lastSignInAt: string | null, region: { id: string, name: string } | null, organisation: { id: string, name: string } | null } }> } };

export type ManageableRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageableRolesQuery = { viewer: { manageableRoleInfos: Array<{ role: Role, needsRegion: boolean, needsOrganisation: boolean, mayHaveOrganisation: boolean }> } | null };

export type InviteOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

type ProjectErrorFields_ProjectConflict_Fragment = { __typename: 'ProjectConflict', field: string | null, code: ProjectErrorCode, message: string } & { ' $fragmentName'?: 'ProjectErrorFields_ProjectConflict_Fragment' };

type ProjectErrorFields_ProjectInvalid_Fragment = { __typename: 'ProjectInvalid', field: string | null, code: ProjectErrorCode, message: string } & { ' $fragmentName'?: 'ProjectErrorFields_ProjectInvalid_Fragment' };

type ProjectErrorFields_ProjectNotAllowed_Fragment = { __typename: 'ProjectNotAllowed', field: string | null, code: ProjectErrorCode, message: string } & { ' $fragmentName'?: 'ProjectErrorFields_ProjectNotAllowed_Fragment' };

export type ProjectErrorFieldsFragment =
  | ProjectErrorFields_ProjectConflict_Fragment
  | ProjectErrorFields_ProjectInvalid_Fragment
  | ProjectErrorFields_ProjectNotAllowed_Fragment
;

type PlanningErrorFields_PlanningConflict_Fragment = { __typename: 'PlanningConflict', field: string | null, code: PlanningErrorCode, message: string } & { ' $fragmentName'?: 'PlanningErrorFields_PlanningConflict_Fragment' };

type PlanningErrorFields_PlanningInvalid_Fragment = { __typename: 'PlanningInvalid', field: string | null, code: PlanningErrorCode, message: string } & { ' $fragmentName'?: 'PlanningErrorFields_PlanningInvalid_Fragment' };

type PlanningErrorFields_PlanningNotAllowed_Fragment = { __typename: 'PlanningNotAllowed', field: string | null, code: PlanningErrorCode, message: string } & { ' $fragmentName'?: 'PlanningErrorFields_PlanningNotAllowed_Fragment' };

export type PlanningErrorFieldsFragment =
  | PlanningErrorFields_PlanningConflict_Fragment
  | PlanningErrorFields_PlanningInvalid_Fragment
  | PlanningErrorFields_PlanningNotAllowed_Fragment
;

type CalendarErrorFields_CalendarConflict_Fragment = { __typename: 'CalendarConflict', field: string | null, code: CalendarErrorCode, message: string } & { ' $fragmentName'?: 'CalendarErrorFields_CalendarConflict_Fragment' };

type CalendarErrorFields_CalendarInvalid_Fragment = { __typename: 'CalendarInvalid', field: string | null, code: CalendarErrorCode, message: string } & { ' $fragmentName'?: 'CalendarErrorFields_CalendarInvalid_Fragment' };

type CalendarErrorFields_CalendarNotAllowed_Fragment = { __typename: 'CalendarNotAllowed', field: string | null, code: CalendarErrorCode, message: string } & { ' $fragmentName'?: 'CalendarErrorFields_CalendarNotAllowed_Fragment' };

export type CalendarErrorFieldsFragment =
  | CalendarErrorFields_CalendarConflict_Fragment
  | CalendarErrorFields_CalendarInvalid_Fragment
  | CalendarErrorFields_CalendarNotAllowed_Fragment
;

type MethodErrorFields_MethodConflict_Fragment = { __typename: 'MethodConflict', field: string | null, code: MethodErrorCode, message: string } & { ' $fragmentName'?: 'MethodErrorFields_MethodConflict_Fragment' };

type MethodErrorFields_MethodInvalid_Fragment = { __typename: 'MethodInvalid', field: string | null, code: MethodErrorCode, message: string } & { ' $fragmentName'?: 'MethodErrorFields_MethodInvalid_Fragment' };

type MethodErrorFields_MethodNotAllowed_Fragment = { __typename: 'MethodNotAllowed', field: string | null, code: MethodErrorCode, message: string } & { ' $fragmentName'?: 'MethodErrorFields_MethodNotAllowed_Fragment' };

export type MethodErrorFieldsFragment =
  | MethodErrorFields_MethodConflict_Fragment
  | MethodErrorFields_MethodInvalid_Fragment
  | MethodErrorFields_MethodNotAllowed_Fragment
;

type DocumentErrorFields_DocumentConflict_Fragment = { __typename: 'DocumentConflict', field: string | null, code: DocumentErrorCode, message: string } & { ' $fragmentName'?: 'DocumentErrorFields_DocumentConflict_Fragment' };

type DocumentErrorFields_DocumentInvalid_Fragment = { __typename: 'DocumentInvalid', field: string | null, code: DocumentErrorCode, message: string } & { ' $fragmentName'?: 'DocumentErrorFields_DocumentInvalid_Fragment' };

type DocumentErrorFields_DocumentNotAllowed_Fragment = { __typename: 'DocumentNotAllowed', field: string | null, code: DocumentErrorCode, message: string } & { ' $fragmentName'?: 'DocumentErrorFields_DocumentNotAllowed_Fragment' };

export type DocumentErrorFieldsFragment =
  | DocumentErrorFields_DocumentConflict_Fragment
  | DocumentErrorFields_DocumentInvalid_Fragment
  | DocumentErrorFields_DocumentNotAllowed_Fragment
;

type StudyErrorFields_StudyConflict_Fragment = { __typename: 'StudyConflict', field: string | null, code: StudyErrorCode, message: string } & { ' $fragmentName'?: 'StudyErrorFields_StudyConflict_Fragment' };

type StudyErrorFields_StudyInvalid_Fragment = { __typename: 'StudyInvalid', field: string | null, code: StudyErrorCode, message: string } & { ' $fragmentName'?: 'StudyErrorFields_StudyInvalid_Fragment' };

type StudyErrorFields_StudyNotAllowed_Fragment = { __typename: 'StudyNotAllowed', field: string | null, code: StudyErrorCode, message: string } & { ' $fragmentName'?: 'StudyErrorFields_StudyNotAllowed_Fragment' };

export type StudyErrorFieldsFragment =
  | StudyErrorFields_StudyConflict_Fragment
  | StudyErrorFields_StudyInvalid_Fragment
  | StudyErrorFields_StudyNotAllowed_Fragment
;

type SourcingErrorFields_SourcingConflict_Fragment = { __typename: 'SourcingConflict', field: string | null, code: SourcingErrorCode, message: string } & { ' $fragmentName'?: 'SourcingErrorFields_SourcingConflict_Fragment' };

type SourcingErrorFields_SourcingInvalid_Fragment = { __typename: 'SourcingInvalid', field: string | null, code: SourcingErrorCode, message: string } & { ' $fragmentName'?: 'SourcingErrorFields_SourcingInvalid_Fragment' };

type SourcingErrorFields_SourcingNotAllowed_Fragment = { __typename: 'SourcingNotAllowed', field: string | null, code: SourcingErrorCode, message: string } & { ' $fragmentName'?: 'SourcingErrorFields_SourcingNotAllowed_Fragment' };

export type SourcingErrorFieldsFragment =
  | SourcingErrorFields_SourcingConflict_Fragment
  | SourcingErrorFields_SourcingInvalid_Fragment
  | SourcingErrorFields_SourcingNotAllowed_Fragment
;

type InboxErrorFields_InboxConflict_Fragment = { __typename: 'InboxConflict', field: string | null, code: InboxErrorCode, message: string } & { ' $fragmentName'?: 'InboxErrorFields_InboxConflict_Fragment' };

type InboxErrorFields_InboxInvalid_Fragment = { __typename: 'InboxInvalid', field: string | null, code: InboxErrorCode, message: string } & { ' $fragmentName'?: 'InboxErrorFields_InboxInvalid_Fragment' };

type InboxErrorFields_InboxNotAllowed_Fragment = { __typename: 'InboxNotAllowed', field: string | null, code: InboxErrorCode, message: string } & { ' $fragmentName'?: 'InboxErrorFields_InboxNotAllowed_Fragment' };

export type InboxErrorFieldsFragment =
  | InboxErrorFields_InboxConflict_Fragment
  | InboxErrorFields_InboxInvalid_Fragment
  | InboxErrorFields_InboxNotAllowed_Fragment
;

type AccountErrorFields_AccountConflict_Fragment = { __typename: 'AccountConflict', field: string | null, code: AccountErrorCode, message: string } & { ' $fragmentName'?: 'AccountErrorFields_AccountConflict_Fragment' };

type AccountErrorFields_AccountInvalid_Fragment = { __typename: 'AccountInvalid', field: string | null, code: AccountErrorCode, message: string } & { ' $fragmentName'?: 'AccountErrorFields_AccountInvalid_Fragment' };

type AccountErrorFields_AccountNotAllowed_Fragment = { __typename: 'AccountNotAllowed', field: string | null, code: AccountErrorCode, message: string } & { ' $fragmentName'?: 'AccountErrorFields_AccountNotAllowed_Fragment' };

export type AccountErrorFieldsFragment =
  | AccountErrorFields_AccountConflict_Fragment
  | AccountErrorFields_AccountInvalid_Fragment
  | AccountErrorFields_AccountNotAllowed_Fragment
;

type SessionErrorFields_SessionConflict_Fragment = { __typename: 'SessionConflict', field: string | null, code: SessionErrorCode, message: string } & { ' $fragmentName'?: 'SessionErrorFields_SessionConflict_Fragment' };

type SessionErrorFields_SessionInvalid_Fragment = { __typename: 'SessionInvalid', field: string | null, code: SessionErrorCode, message: string } & { ' $fragmentName'?: 'SessionErrorFields_SessionInvalid_Fragment' };

type SessionErrorFields_SessionNotAllowed_Fragment = { __typename: 'SessionNotAllowed', field: string | null, code: SessionErrorCode, message: string } & { ' $fragmentName'?: 'SessionErrorFields_SessionNotAllowed_Fragment' };

export type SessionErrorFieldsFragment =
  | SessionErrorFields_SessionConflict_Fragment
  | SessionErrorFields_SessionInvalid_Fragment
  | SessionErrorFields_SessionNotAllowed_Fragment
;

type MembershipErrorFields_MembershipConflict_Fragment = { __typename: 'MembershipConflict', field: string | null, code: MembershipErrorCode, message: string } & { ' $fragmentName'?: 'MembershipErrorFields_MembershipConflict_Fragment' };

type MembershipErrorFields_MembershipInvalid_Fragment = { __typename: 'MembershipInvalid', field: string | null, code: MembershipErrorCode, message: string } & { ' $fragmentName'?: 'MembershipErrorFields_MembershipInvalid_Fragment' };

type MembershipErrorFields_MembershipNotAllowed_Fragment = { __typename: 'MembershipNotAllowed', field: string | null, code: MembershipErrorCode, message: string } & { ' $fragmentName'?: 'MembershipErrorFields_MembershipNotAllowed_Fragment' };

export type MembershipErrorFieldsFragment =
  | MembershipErrorFields_MembershipConflict_Fragment
  | MembershipErrorFields_MembershipInvalid_Fragment
  | MembershipErrorFields_MembershipNotAllowed_Fragment
;

type GrantErrorFields_GrantConflict_Fragment = { __typename: 'GrantConflict', field: string | null, code: GrantErrorCode, message: string } & { ' $fragmentName'?: 'GrantErrorFields_GrantConflict_Fragment' };

type GrantErrorFields_GrantInvalid_Fragment = { __typename: 'GrantInvalid', field: string | null, code: GrantErrorCode, message: string } & { ' $fragmentName'?: 'GrantErrorFields_GrantInvalid_Fragment' };

type GrantErrorFields_GrantNotAllowed_Fragment = { __typename: 'GrantNotAllowed', field: string | null, code: GrantErrorCode, message: string } & { ' $fragmentName'?: 'GrantErrorFields_GrantNotAllowed_Fragment' };

export type GrantErrorFieldsFragment =
  | GrantErrorFields_GrantConflict_Fragment
  | GrantErrorFields_GrantInvalid_Fragment
  | GrantErrorFields_GrantNotAllowed_Fragment
;

type ApiClientErrorFields_ApiClientConflict_Fragment = { __typename: 'ApiClientConflict', field: string | null, code: ApiClientErrorCode, message: string } & { ' $fragmentName'?: 'ApiClientErrorFields_ApiClientConflict_Fragment' };

type ApiClientErrorFields_ApiClientInvalid_Fragment = { __typename: 'ApiClientInvalid', field: string | null, code: ApiClientErrorCode, message: string } & { ' $fragmentName'?: 'ApiClientErrorFields_ApiClientInvalid_Fragment' };

type ApiClientErrorFields_ApiClientNotAllowed_Fragment = { __typename: 'ApiClientNotAllowed', field: string | null, code: ApiClientErrorCode, message: string } & { ' $fragmentName'?: 'ApiClientErrorFields_ApiClientNotAllowed_Fragment' };

export type ApiClientErrorFieldsFragment =
  | ApiClientErrorFields_ApiClientConflict_Fragment
  | ApiClientErrorFields_ApiClientInvalid_Fragment
  | ApiClientErrorFields_ApiClientNotAllowed_Fragment
;

type FinancingErrorFields_FinancingConflict_Fragment = { __typename: 'FinancingConflict', field: string | null, code: FinancingErrorCode, message: string } & { ' $fragmentName'?: 'FinancingErrorFields_FinancingConflict_Fragment' };

type FinancingErrorFields_FinancingInvalid_Fragment = { __typename: 'FinancingInvalid', field: string | null, code: FinancingErrorCode, message: string } & { ' $fragmentName'?: 'FinancingErrorFields_FinancingInvalid_Fragment' };

type FinancingErrorFields_FinancingNotAllowed_Fragment = { __typename: 'FinancingNotAllowed', field: string | null, code: FinancingErrorCode, message: string } & { ' $fragmentName'?: 'FinancingErrorFields_FinancingNotAllowed_Fragment' };

export type FinancingErrorFieldsFragment =
  | FinancingErrorFields_FinancingConflict_Fragment
  | FinancingErrorFields_FinancingInvalid_Fragment
  | FinancingErrorFields_FinancingNotAllowed_Fragment
;

type EventErrorFields_EventConflict_Fragment = { __typename: 'EventConflict', field: string | null, code: EventErrorCode, message: string } & { ' $fragmentName'?: 'EventErrorFields_EventConflict_Fragment' };

type EventErrorFields_EventInvalid_Fragment = { __typename: 'EventInvalid', field: string | null, code: EventErrorCode, message: string } & { ' $fragmentName'?: 'EventErrorFields_EventInvalid_Fragment' };

type EventErrorFields_EventNotAllowed_Fragment = { __typename: 'EventNotAllowed', field: string | null, code: EventErrorCode, message: string } & { ' $fragmentName'?: 'EventErrorFields_EventNotAllowed_Fragment' };

export type EventErrorFieldsFragment =
  | EventErrorFields_EventConflict_Fragment
  | EventErrorFields_EventInvalid_Fragment
  | EventErrorFields_EventNotAllowed_Fragment
;

export const AuditEventRow_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditEventRow_EventFragment, unknown>;
export const AcceleratorEdition_EditionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceleratorEdition_edition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcceleratorEdition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndDate"}}]}}]}}]} as unknown as DocumentNode<AcceleratorEdition_EditionFragment, unknown>;
export const CommuneField_CommuneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommuneField_commune"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accelerated"}}]}}]} as unknown as DocumentNode<CommuneField_CommuneFragment, unknown>;
export const EventCard_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hostRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productsPresented"}},{"kind":"Field","name":{"kind":"Name","value":"producedInFrance"}},{"kind":"Field","name":{"kind":"Name","value":"advancedRelocation"}},{"kind":"Field","name":{"kind":"Name","value":"researchStudies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventCard_EventFragment, unknown>;
export const EventSettingsForm_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSettingsForm_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"pitchSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}}]}}]} as unknown as DocumentNode<EventSettingsForm_EventFragment, unknown>;
export const BalanceTable_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceTable_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"}}]}}]} as unknown as DocumentNode<BalanceTable_PlanFragment, unknown>;
export const DeMinimisBox_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeMinimisBox_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deMinimis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsOn"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DeMinimisBox_PlanFragment, unknown>;
export const FinancingSchemeModal_SchemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSchemeModal_scheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"companySizes"}},{"kind":"Field","name":{"kind":"Name","value":"nafSections"}},{"kind":"Field","name":{"kind":"Name","value":"projectKinds"}},{"kind":"Field","name":{"kind":"Name","value":"financerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationwide"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegion"}}]}}]} as unknown as DocumentNode<FinancingSchemeModal_SchemeFragment, unknown>;
export const FinancingSources_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSources_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"aidEquivalent"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FinancingSources_PlanFragment, unknown>;
export const InvestmentTotals_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentTotals_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<InvestmentTotals_PlanFragment, unknown>;
export const InvestmentPlan_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentPlan_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentTotals_plan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentTotals_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<InvestmentPlan_PlanFragment, unknown>;
export const MatchingSchemes_MatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchingSchemes_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingSchemeMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"toCheck"}},{"kind":"Field","name":{"kind":"Name","value":"proposedSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}}]}}]}}]} as unknown as DocumentNode<MatchingSchemes_MatchFragment, unknown>;
export const DashboardProject_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardProject_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardProject_ProjectFragment, unknown>;
export const DashboardMilestone_MilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardMilestone_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardMilestone_MilestoneFragment, unknown>;
export const DashboardNotification_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardNotification_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardNotification_ItemFragment, unknown>;
export const DashboardSourcingRequest_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSourcingRequest_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardSourcingRequest_RequestFragment, unknown>;
export const DashboardCandidacy_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCandidacy_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}}]}}]} as unknown as DocumentNode<DashboardCandidacy_ProjectFragment, unknown>;
export const DashboardRegionCounts_RegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRegionCounts_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardRegionCounts_RegionFragment, unknown>;
export const InboxItem_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"sourcingRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxItem_ItemFragment, unknown>;
export const MethodDraftEditor_VersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodDraftEditor_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"requiredEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnKeys"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodDraftEditor_VersionFragment, unknown>;
export const MethodVersionRow_VersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodVersionRow_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MethodVersionRow_VersionFragment, unknown>;
export const MethodVersionView_VersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodVersionView_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"requiredEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnKeys"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodVersionView_VersionFragment, unknown>;
export const ApiClientsDialog_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientsDialog_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatingUntil"}}]}}]}}]} as unknown as DocumentNode<ApiClientsDialog_OrganisationFragment, unknown>;
export const OrganisationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrganisationErrorFieldsFragment, unknown>;
export const PartnerRow_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRow_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<PartnerRow_OrganisationFragment, unknown>;
export const CalendarFeedRow_FeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedRow_feed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedRow_FeedFragment, unknown>;
export const CohortFacts_CohortFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortFacts_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPartner"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<CohortFacts_CohortFragment, unknown>;
export const CohortRow_CohortFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortRow_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<CohortRow_CohortFragment, unknown>;
export const MilestoneDrawer_MilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDrawer_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MilestoneDrawer_MilestoneFragment, unknown>;
export const MilestoneDrawer_RegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDrawer_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MilestoneDrawer_RegionFragment, unknown>;
export const MilestoneRow_MilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneRow_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MilestoneRow_MilestoneFragment, unknown>;
export const MyMilestoneRow_MilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyMilestoneRow_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyMilestoneRow_MilestoneFragment, unknown>;
export const ReplanPanel_CohortFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplanPanel_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]} as unknown as DocumentNode<ReplanPanel_CohortFragment, unknown>;
export const RetroplanningGantt_MilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetroplanningGantt_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnIds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RetroplanningGantt_MilestoneFragment, unknown>;
export const CommentsTab_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CommentsTab_CommentFragment, unknown>;
export const CommentsTab_RegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsTab_RegionFragment, unknown>;
export const CompanyTab_CompanyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_company"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"headcountBand"}},{"kind":"Field","name":{"kind":"Name","value":"revenueBand"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactNotice"}}]}}]} as unknown as DocumentNode<CompanyTab_CompanyFragment, unknown>;
export const CompanyTab_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyTab_company"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_company"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"headcountBand"}},{"kind":"Field","name":{"kind":"Name","value":"revenueBand"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactNotice"}}]}}]} as unknown as DocumentNode<CompanyTab_ProjectFragment, unknown>;
export const DocumentsTab_DocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentsTab_DocumentFragment, unknown>;
export const DocumentsTab_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentsTab_document"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentsTab_ProjectFragment, unknown>;
export const GrantRow_GrantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<GrantRow_GrantFragment, unknown>;
export const ProductsTab_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductsTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualImportValueEur"}}]}}]}}]} as unknown as DocumentNode<ProductsTab_ProjectFragment, unknown>;
export const ProjectAwards_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectAwards_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectAwards_ProjectFragment, unknown>;
export const ProjectDetails_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}}]} as unknown as DocumentNode<ProjectDetails_ProjectFragment, unknown>;
export const ProjectEditForm_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectEditForm_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<ProjectEditForm_ProjectFragment, unknown>;
export const ProjectJourney_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectJourney_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]} as unknown as DocumentNode<ProjectJourney_ProjectFragment, unknown>;
export const ProjectMilestones_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMilestones_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"interviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectMilestones_ProjectFragment, unknown>;
export const ProjectRow_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRow_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProjectRow_ProjectFragment, unknown>;
export const SelectionGrid_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionGrid_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"selectionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"byViewer"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelectionGrid_ProjectFragment, unknown>;
export const SharedProjectRow_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedProjectRow_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<SharedProjectRow_ProjectFragment, unknown>;
export const ProjectMembersSection_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectMembersSection_ProjectFragment, unknown>;
export const TeamTab_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMembersSection_project"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<TeamTab_ProjectFragment, unknown>;
export const ViewerGrantNotice_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerGrantNotice_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<ViewerGrantNotice_ProjectFragment, unknown>;
export const SourcingAnswer_AnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingAnswer_answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answererRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<SourcingAnswer_AnswerFragment, unknown>;
export const SourcingRequestCard_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingRequestCard_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"nafHints"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingAnswer_answer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingAnswer_answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answererRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<SourcingRequestCard_RequestFragment, unknown>;
export const SupplierDetails_SupplierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierDetails_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEnrich"}}]}}]} as unknown as DocumentNode<SupplierDetails_SupplierFragment, unknown>;
export const SupplierProfile_ProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProfile_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityNafCodes"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierProfile_ProfileFragment, unknown>;
export const SupplierSummary_SupplierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierSummary_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNames"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workforceBand"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadOffice"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}}]} as unknown as DocumentNode<SupplierSummary_SupplierFragment, unknown>;
export const StagesEditor_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagesEditor_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StagesEditor_StageFragment, unknown>;
export const CandidateCard_CandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CandidateCard_CandidateFragment, unknown>;
export const SupplyChainBoard_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainBoard_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SupplyChainBoard_StageFragment, unknown>;
export const SupplyChainIndicators_IndicatorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainIndicators_indicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"stagesWithRetained"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInRegionShare"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInFranceShare"}}]}}]} as unknown as DocumentNode<SupplyChainIndicators_IndicatorsFragment, unknown>;
export const ProjectErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ProjectErrorFieldsFragment, unknown>;
export const PlanningErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PlanningErrorFieldsFragment, unknown>;
export const CalendarErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CalendarErrorFieldsFragment, unknown>;
export const MethodErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MethodErrorFieldsFragment, unknown>;
export const DocumentErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DocumentErrorFieldsFragment, unknown>;
export const StudyErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StudyErrorFieldsFragment, unknown>;
export const SourcingErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SourcingErrorFieldsFragment, unknown>;
export const InboxErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InboxErrorFieldsFragment, unknown>;
export const AccountErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AccountErrorFieldsFragment, unknown>;
export const SessionErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SessionErrorFieldsFragment, unknown>;
export const MembershipErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MembershipErrorFieldsFragment, unknown>;
export const GrantErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<GrantErrorFieldsFragment, unknown>;
export const ApiClientErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ApiClientErrorFieldsFragment, unknown>;
export const FinancingErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<FinancingErrorFieldsFragment, unknown>;
export const EventErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EventErrorFieldsFragment, unknown>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"addressed"}},{"kind":"Field","name":{"kind":"Name","value":"grant"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedByExternalIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const EndAllSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAllSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAllSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndAllSessionsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EndAllSessionsMutation, EndAllSessionsMutationVariables>;
export const AuditContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditContextQuery, AuditContextQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow_event"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AcceleratorEditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceleratorEdition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceleratorEdition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceleratorEdition_edition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceleratorEdition_edition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcceleratorEdition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndDate"}}]}}]}}]} as unknown as DocumentNode<AcceleratorEditionQuery, AcceleratorEditionQueryVariables>;
export const SubmitCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCandidacySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSent"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SubmitCandidacyMutation, SubmitCandidacyMutationVariables>;
export const CommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommuneField_commune"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommuneField_commune"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodes"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accelerated"}}]}}]} as unknown as DocumentNode<CommunesQuery, CommunesQueryVariables>;
export const EventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard_event"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hostRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productsPresented"}},{"kind":"Field","name":{"kind":"Name","value":"producedInFrance"}},{"kind":"Field","name":{"kind":"Name","value":"advancedRelocation"}},{"kind":"Field","name":{"kind":"Name","value":"researchStudies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventListQuery, EventListQueryVariables>;
export const PublicEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hostRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"openToPublic"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicEventQuery, PublicEventQueryVariables>;
export const MyJuryEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyJuryEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myJuryEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"resultsLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pitches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myScorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstained"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyJuryEventsQuery, MyJuryEventsQueryVariables>;
export const ScorePitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScorePitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePitchSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstained"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ScorePitchMutation, ScorePitchMutationVariables>;
export const CheckInListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckInListQuery, CheckInListQueryVariables>;
export const CheckInRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationDeskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CheckInRegistrationMutation, CheckInRegistrationMutationVariables>;
export const EventManageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventManage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]}}]} as unknown as DocumentNode<EventManageQuery, EventManageQueryVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSettingsForm_event"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSettingsForm_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"pitchSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const HackathonTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HackathonTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hackathonTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HackathonTeamsQuery, HackathonTeamsQueryVariables>;
export const SaveHackathonTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveHackathonTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveHackathonTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHackathonTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HackathonTeamSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveHackathonTeamMutation, SaveHackathonTeamMutationVariables>;
export const MeetingBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTables"}},{"kind":"Field","name":{"kind":"Name","value":"meetingProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"askedByPartner"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"tableNumber"}},{"kind":"Field","name":{"kind":"Name","value":"placedByHand"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingBoardQuery, MeetingBoardQueryVariables>;
export const AnswerMeetingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerMeetingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerMeetingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AnswerMeetingRequestMutation, AnswerMeetingRequestMutationVariables>;
export const ScheduleMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ScheduleMeetingsMutation, ScheduleMeetingsMutationVariables>;
export const SetMeetingTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingTablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingTablesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTables"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetMeetingTablesMutation, SetMeetingTablesMutationVariables>;
export const SendMeetingAgendasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMeetingAgendas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMeetingAgendasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMeetingAgendas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendMeetingAgendasSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SendMeetingAgendasMutation, SendMeetingAgendasMutationVariables>;
export const PlaceMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"tableNumber"}},{"kind":"Field","name":{"kind":"Name","value":"placedByHand"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PlaceMeetingMutation, PlaceMeetingMutationVariables>;
export const UnplaceMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnplaceMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnplaceMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unplaceMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"tableNumber"}},{"kind":"Field","name":{"kind":"Name","value":"placedByHand"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UnplaceMeetingMutation, UnplaceMeetingMutationVariables>;
export const EventProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetupThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"endDay"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openToPublic"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSettingsForm_event"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSettingsForm_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"pitchSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}}]}}]} as unknown as DocumentNode<EventProgrammeQuery, EventProgrammeQueryVariables>;
export const DeleteEventSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEventSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEventSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEventSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteEventSessionMutation, DeleteEventSessionMutationVariables>;
export const RecordMeetingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordMeetingRequestMutation, RecordMeetingRequestMutationVariables>;
export const EventRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFillRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const CreateEventSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateEventSessionMutation, CreateEventSessionMutationVariables>;
export const UpdateEventSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEventSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateEventSessionMutation, UpdateEventSessionMutationVariables>;
export const RegisterWalkInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWalkIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWalkInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWalkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationDeskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RegisterWalkInMutation, RegisterWalkInMutationVariables>;
export const EventJuryBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventJuryBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}},{"kind":"Field","name":{"kind":"Name","value":"pitchSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"resultsLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pitches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventJuryBoardQuery, EventJuryBoardQueryVariables>;
export const EventJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jurorCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredCount"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"abstained"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankingsDiffer"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"normalised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedScore"}},{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unranked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventJuryQuery, EventJuryQueryVariables>;
export const AddPitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PitchSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddPitchMutation, AddPitchMutationVariables>;
export const RemovePitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RemovePitchMutation, RemovePitchMutationVariables>;
export const ReorderPitchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderPitches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderPitchesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderPitches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pitches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReorderPitchesMutation, ReorderPitchesMutationVariables>;
export const InviteJurorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteJuror"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteJuror"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InviteJurorMutation, InviteJurorMutationVariables>;
export const RemoveJurorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveJuror"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeJuror"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RemoveJurorMutation, RemoveJurorMutationVariables>;
export const LockJuryResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockJuryResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JuryResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockJuryResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"resultsLockedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<LockJuryResultsMutation, LockJuryResultsMutationVariables>;
export const UnlockJuryResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockJuryResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JuryResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockJuryResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"resultsLockedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UnlockJuryResultsMutation, UnlockJuryResultsMutationVariables>;
export const PublishEventResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEventResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JuryResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEventResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"resultsPublishedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PublishEventResultsMutation, PublishEventResultsMutationVariables>;
export const AwardPrizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardPrize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardPrizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardPrize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrizeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AwardPrizeMutation, AwardPrizeMutationVariables>;
export const UpdatePrizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePrize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePrizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePrize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrizeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdatePrizeMutation, UpdatePrizeMutationVariables>;
export const DeletePrizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePrize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePrizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePrize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventJurySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeletePrizeMutation, DeletePrizeMutationVariables>;
export const PitchCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PitchCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SELECTED"},{"kind":"EnumValue","value":"ACCELERATING"},{"kind":"EnumValue","value":"PITCHED"},{"kind":"EnumValue","value":"FOLLOW_UP"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PitchCandidatesQuery, PitchCandidatesQueryVariables>;
export const PrizeOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrizeOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrizeOrganisationsQuery, PrizeOrganisationsQueryVariables>;
export const MyMeetingsEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetingsEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetingProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}}]}}]}}]} as unknown as DocumentNode<MyMeetingsEventQuery, MyMeetingsEventQueryVariables>;
export const MyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"askedByPartner"}},{"kind":"Field","name":{"kind":"Name","value":"pitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"tableNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMeetingAgendaIcs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}]}}]} as unknown as DocumentNode<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const RequestMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestMeetingMutation, RequestMeetingMutationVariables>;
export const MyAnswerMeetingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyAnswerMeetingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerMeetingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MyAnswerMeetingRequestMutation, MyAnswerMeetingRequestMutationVariables>;
export const WithdrawMeetingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMeetingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawMeetingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WithdrawMeetingRequestMutation, WithdrawMeetingRequestMutationVariables>;
export const MyEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}}]}}]}}]} as unknown as DocumentNode<MyEventRegistrationQuery, MyEventRegistrationQueryVariables>;
export const UpdateMyEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyEventRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEventRegistrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateMyEventRegistrationMutation, UpdateMyEventRegistrationMutationVariables>;
export const CancelMyEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMyEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMyEventRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMyEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEventRegistrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CancelMyEventRegistrationMutation, CancelMyEventRegistrationMutationVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const PublicEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openToPublic"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<PublicEventRegistrationQuery, PublicEventRegistrationQueryVariables>;
export const DeleteEarlierDeMinimisAidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEarlierDeMinimisAid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEarlierDeMinimisAidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEarlierDeMinimisAid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlanChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteEarlierDeMinimisAidMutation, DeleteEarlierDeMinimisAidMutationVariables>;
export const SaveEarlierDeMinimisAidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEarlierDeMinimisAid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEarlierDeMinimisAidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEarlierDeMinimisAid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierDeMinimisAidSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveEarlierDeMinimisAidMutation, SaveEarlierDeMinimisAidMutationVariables>;
export const FinancingPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentPlan_plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingSources_plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceTable_plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeMinimisBox_plan"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentTotals_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentPlan_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentTotals_plan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSources_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"aidEquivalent"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceTable_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeMinimisBox_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deMinimis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsOn"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<FinancingPrintQuery, FinancingPrintQueryVariables>;
export const SaveFinancingSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFinancingScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFinancingSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFinancingScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingSchemeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingSchemeModal_scheme"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSchemeModal_scheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"companySizes"}},{"kind":"Field","name":{"kind":"Name","value":"nafSections"}},{"kind":"Field","name":{"kind":"Name","value":"projectKinds"}},{"kind":"Field","name":{"kind":"Name","value":"financerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationwide"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveFinancingSchemeMutation, SaveFinancingSchemeMutationVariables>;
export const FinancingSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingSchemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingSchemeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nationwide"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingSchemeModal_scheme"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSchemeModal_scheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"companySizes"}},{"kind":"Field","name":{"kind":"Name","value":"nafSections"}},{"kind":"Field","name":{"kind":"Name","value":"projectKinds"}},{"kind":"Field","name":{"kind":"Name","value":"financerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationwide"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegion"}}]}}]} as unknown as DocumentNode<FinancingSchemesQuery, FinancingSchemesQueryVariables>;
export const SaveFinancingSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFinancingSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFinancingSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFinancingSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingSourceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveFinancingSourceMutation, SaveFinancingSourceMutationVariables>;
export const DeleteFinancingSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFinancingSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFinancingSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFinancingSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlanChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteFinancingSourceMutation, DeleteFinancingSourceMutationVariables>;
export const FinancingTabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingTab"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matches"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choices"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEditFinancing"}},{"kind":"Field","name":{"kind":"Name","value":"investmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentPlan_plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingSources_plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceTable_plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeMinimisBox_plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchingSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matches"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchingSchemes_match"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyChain"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choices"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choices"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentTotals_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentPlan_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentTotals_plan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingSources_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"aidEquivalent"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceTable_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeMinimisBox_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deMinimis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsOn"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchingSchemes_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingSchemeMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"toCheck"}},{"kind":"Field","name":{"kind":"Name","value":"proposedSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}}]}}]}}]} as unknown as DocumentNode<FinancingTabQuery, FinancingTabQueryVariables>;
export const SaveInvestmentLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInvestmentLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveInvestmentLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInvestmentLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentLineSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveInvestmentLineMutation, SaveInvestmentLineMutationVariables>;
export const DeleteInvestmentLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInvestmentLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInvestmentLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvestmentLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPlanChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteInvestmentLineMutation, DeleteInvestmentLineMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withProjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectsRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adviser"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectsRead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withMilestones"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestonesRead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCandidacies"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidaciesRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSourcing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRegions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboxUnreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardNotification_item"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"myProjects"},"name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectsRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectsRead"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"adviser"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adviser"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withProjects"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardProject_project"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMilestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonWorkingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestonesRead"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withMilestones"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardMilestone_milestone"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"candidacies"},"name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidaciesRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CANDIDATE"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCandidacies"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCandidacy_project"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaitingRequests"},"name":{"kind":"Name","value":"sourcingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awaitingMyAnswer"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSourcing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSourcingRequest_request"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overview"},"name":{"kind":"Name","value":"regions"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRegions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRegionCounts_region"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardNotification_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardProject_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardMilestone_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCandidacy_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSourcingRequest_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRegionCounts_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AttachedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachedProjectsQuery, AttachedProjectsQueryVariables>;
export const InboxUnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxUnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxUnreadCount"}}]}}]} as unknown as DocumentNode<InboxUnreadCountQuery, InboxUnreadCountQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxUnreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItem_item"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"sourcingRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkInboxReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInboxRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkInboxReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInboxRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarkInboxReadSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MarkInboxReadMutation, MarkInboxReadMutationVariables>;
export const CreateMethodDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMethodDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMethodDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMethodDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateMethodDraftMutation, CreateMethodDraftMutationVariables>;
export const SaveMethodDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMethodDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMethodDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMethodDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodDraftEditor_version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodDraftEditor_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"requiredEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnKeys"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveMethodDraftMutation, SaveMethodDraftMutationVariables>;
export const PublishMethodVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMethodVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMethodVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PublishMethodVersionMutation, PublishMethodVersionMutationVariables>;
export const DiscardMethodDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardMethodDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardMethodDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DiscardMethodDraftMutation, DiscardMethodDraftMutationVariables>;
export const MethodPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodVersionRow_version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodVersionView_version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodDraftEditor_version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodVersionRow_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodVersionView_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"requiredEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnKeys"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodDraftEditor_version"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"requiredEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnKeys"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodPageQuery, MethodPageQueryVariables>;
export const RetireMethodVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMethodVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMethodVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RetireMethodVersionMutation, RetireMethodVersionMutationVariables>;
export const CreateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatingUntil"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RotateApiClientSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateApiClientSecretSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rotatingUntil"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatingUntil"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ManagedOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientsDialog_organisation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientsDialog_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatingUntil"}}]}}]}}]} as unknown as DocumentNode<ManagedOrganisationsQuery, ManagedOrganisationsQueryVariables>;
export const PartnerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRow_organisation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRow_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<PartnerListQuery, PartnerListQueryVariables>;
export const AddProjectToCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectToCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectToCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectToCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddProjectToCohortMutation, AddProjectToCohortMutationVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeedSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedRow_feed"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedRow_feed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeedSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedRow_feed"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedRow_feed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const CohortListContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortListContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortListContextQuery, CohortListContextQueryVariables>;
export const CohortListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"editionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortRow_cohort"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortRow_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<CohortListQuery, CohortListQueryVariables>;
export const CohortPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateMilestones"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDrawer_region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortFacts_cohort"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplanPanel_cohort"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneRow_milestone"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetroplanningGantt_milestone"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDrawer_milestone"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDrawer_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortFacts_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPartner"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplanPanel_cohort"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneRow_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetroplanningGantt_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnIds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDrawer_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CohortPageQuery, CohortPageQueryVariables>;
export const CalendarFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedRow_feed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedRow_feed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CohortProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortProjectsQuery, CohortProjectsQueryVariables>;
export const MigrateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MigrateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"keptDone"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beforeOffset"}},{"kind":"Field","name":{"kind":"Name","value":"afterOffset"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beforeOffset"}},{"kind":"Field","name":{"kind":"Name","value":"afterOffset"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beforeOffset"}},{"kind":"Field","name":{"kind":"Name","value":"afterOffset"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"methodOutdated"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MigrateCohortMutation, MigrateCohortMutationVariables>;
export const UpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDrawer_milestone"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneRow_milestone"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetroplanningGantt_milestone"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDrawer_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliverable"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneRow_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"breaksDependency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetroplanningGantt_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOnIds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const MyMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMilestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonWorkingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyMilestoneRow_milestone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyMilestoneRow_milestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offsetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyMilestonesQuery, MyMilestonesQueryVariables>;
export const MyCalendarFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCalendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedRow_feed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedRow_feed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyCalendarFeedsQuery, MyCalendarFeedsQueryVariables>;
export const QuickUpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuickUpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuickUpdateMilestoneMutation, QuickUpdateMilestoneMutationVariables>;
export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const ReplanCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oldDate"}},{"kind":"Field","name":{"kind":"Name","value":"newDate"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReplanCohortMutation, ReplanCohortMutationVariables>;
export const RhythmContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RhythmContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"methodVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RhythmContextQuery, RhythmContextQueryVariables>;
export const RhythmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rhythm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relativeDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rhythm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"editionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relativeDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relativeDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"todayRelativeDay"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RhythmQuery, RhythmQueryVariables>;
export const ProjectAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"whatKind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectAccessLogQuery, ProjectAccessLogQueryVariables>;
export const AssignProjectAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignProjectAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignProjectAdviserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignProjectAdviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignProjectAdviserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectJourney_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectJourney_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssignProjectAdviserMutation, AssignProjectAdviserMutationVariables>;
export const AttachProjectMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachProjectMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachProjectMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachProjectMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttachProjectMemberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationSent"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMembersSection_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AttachProjectMemberMutation, AttachProjectMemberMutationVariables>;
export const CandidatesContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatesContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectionCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<CandidatesContextQuery, CandidatesContextQueryVariables>;
export const CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CANDIDATE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactNotice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionGrid_project"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionGrid_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"selectionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"byViewer"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const SetProjectTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProjectTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectEditSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamTab_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMembersSection_project"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetProjectTeamMutation, SetProjectTeamMutationVariables>;
export const AddProjectCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentsTab_comment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddProjectCommentMutation, AddProjectCommentMutationVariables>;
export const EditProjectCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditProjectComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditProjectCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editProjectComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditProjectCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentsTab_comment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EditProjectCommentMutation, EditProjectCommentMutationVariables>;
export const DeleteProjectCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProjectComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProjectCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProjectComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProjectCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCommentId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteProjectCommentMutation, DeleteProjectCommentMutationVariables>;
export const UpdateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyTab_company"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_company"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"headcountBand"}},{"kind":"Field","name":{"kind":"Name","value":"revenueBand"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactNotice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const CompanySireneProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySireneProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySireneProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"headcountBand"}}]}}]}}]} as unknown as DocumentNode<CompanySireneProposalQuery, CompanySireneProposalQueryVariables>;
export const UpdateGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow_grant"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateGrantMutation, UpdateGrantMutationVariables>;
export const RevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow_grant"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const ProjectHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectHistoryQuery, ProjectHistoryQueryVariables>;
export const AddInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddInterviewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudyErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddInterviewMutation, AddInterviewMutationVariables>;
export const ProjectMarketStudyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMarketStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interviews"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"marketStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"byProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInterview"}},{"kind":"Field","name":{"kind":"Name","value":"lastInterview"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interviews"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentProfile"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"keyFindings"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectMarketStudyQuery, ProjectMarketStudyQueryVariables>;
export const ProjectQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectQuestionsQuery, ProjectQuestionsQueryVariables>;
export const AskProjectQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskProjectQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskProjectQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askProjectQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectQuestionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AskProjectQuestionMutation, AskProjectQuestionMutationVariables>;
export const AnswerProjectQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerProjectQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerProjectQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerProjectQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectQuestionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AnswerProjectQuestionMutation, AnswerProjectQuestionMutationVariables>;
export const SetProjectProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProjectProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectEditSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductsTab_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductsTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualImportValueEur"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetProjectProductsMutation, SetProjectProductsMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectEditForm_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectEditForm_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const ProjectListContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectListContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectListContextQuery, ProjectListContextQueryVariables>;
export const ProjectListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRow_project"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRow_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const DetachProjectMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachProjectMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachProjectMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachProjectMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetachProjectMemberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMembersSection_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DetachProjectMemberMutation, DetachProjectMemberMutationVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewCount"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectAwards_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerGrantNotice_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectEditForm_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectJourney_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyTab_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamTab_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductsTab_project"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSupplyChain"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadFinancing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_company"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"headcountBand"}},{"kind":"Field","name":{"kind":"Name","value":"revenueBand"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactNotice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMembersSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectAwards_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"editionYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerGrantNotice_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectEditForm_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectJourney_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyTab_company"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMembersSection_project"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductsTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualImportValueEur"}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const ProjectDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentsTab_project"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentsTab_document"}}]}}]}}]} as unknown as DocumentNode<ProjectDocumentsQuery, ProjectDocumentsQueryVariables>;
export const ProjectCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentsTab_comment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProjectCommentsQuery, ProjectCommentsQueryVariables>;
export const ProjectMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectMilestones_project"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectMilestones_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"interviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectMilestonesQuery, ProjectMilestonesQueryVariables>;
export const AssignableAdvisersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableAdvisers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignableAdvisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignableAdvisersQuery, AssignableAdvisersQueryVariables>;
export const MentionableAdvisersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionableAdvisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentsTab_region"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentsTab_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentionableAdvisersQuery, MentionableAdvisersQueryVariables>;
export const ScoreCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionGrid_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionGrid_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"selectionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"byViewer"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ScoreCandidateMutation, ScoreCandidateMutationVariables>;
export const ShareProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow_grant"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ShareProjectMutation, ShareProjectMutationVariables>;
export const SharedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedProjectRow_project"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedProjectRow_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<SharedProjectsQuery, SharedProjectsQueryVariables>;
export const ProjectGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow_grant"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ProjectGrantsQuery, ProjectGrantsQueryVariables>;
export const SharingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"maxExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]} as unknown as DocumentNode<SharingSettingsQuery, SharingSettingsQueryVariables>;
export const ShareableOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareableOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShareableOrganisationsQuery, ShareableOrganisationsQueryVariables>;
export const SetStudentTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStudentTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStudentTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStudentTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetStudentTeamSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudyErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetStudentTeamMutation, SetStudentTeamMutationVariables>;
export const TransitionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectEditForm_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectJourney_project"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"sirenIsDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectEditForm_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectJourney_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const AttachConsentDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachConsentDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachConsentDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachConsentDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow_grant"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AttachConsentDocumentMutation, AttachConsentDocumentMutationVariables>;
export const RequestDocumentUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDocumentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDocumentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDocumentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDocumentUploadSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestDocumentUploadMutation, RequestDocumentUploadMutationVariables>;
export const ConfirmDocumentUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDocumentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmDocumentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDocumentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmDocumentUploadSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentsTab_document"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentsTab_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConfirmDocumentUploadMutation, ConfirmDocumentUploadMutationVariables>;
export const AnswerSourcingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSourcingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSourcingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSourcingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingAnswerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingAnswer_answer"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingAnswer_answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answererRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AnswerSourcingRequestMutation, AnswerSourcingRequestMutationVariables>;
export const AnswerRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnswerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departements"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerRegionQuery, AnswerRegionQueryVariables>;
export const AnswerSupplierSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnswerSupplierSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnswerSupplierSearchQuery, AnswerSupplierSearchQueryVariables>;
export const SourcingRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcingRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcingRegionsQuery, SourcingRegionsQueryVariables>;
export const PostSourcingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostSourcingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostSourcingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postSourcingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingRequestSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PostSourcingRequestMutation, PostSourcingRequestMutationVariables>;
export const AcceptProposedSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProposedSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProposedSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProposedSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcceptProposedSupplierMutation, AcceptProposedSupplierMutationVariables>;
export const SourcingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressedToMe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeExpired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"addressedToMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressedToMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeExpired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeExpired"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingRequestCard_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingAnswer_answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answererRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingRequestCard_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"nafHints"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingAnswer_answer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcingRequestsQuery, SourcingRequestsQueryVariables>;
export const EnrichSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrichSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrichSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrichSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProfileSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProfile_profile"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProfile_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityNafCodes"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EnrichSupplierMutation, EnrichSupplierMutationVariables>;
export const SupplierSearchProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierSearchProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierSearchProjectsQuery, SupplierSearchProjectsQueryVariables>;
export const SupplierSearchProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierSearchProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierSearchProjectQuery, SupplierSearchProjectQueryVariables>;
export const SupplierSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierNearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierSearchOrigin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierSummary_supplier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierDetails_supplier"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProfile_profile"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierSummary_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNames"}},{"kind":"Field","name":{"kind":"Name","value":"nafCode"}},{"kind":"Field","name":{"kind":"Name","value":"nafLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workforceBand"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadOffice"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierDetails_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEnrich"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProfile_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityNafCodes"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierSearchQuery, SupplierSearchQueryVariables>;
export const AddSupplierToStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupplierToStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupplierCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupplierCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddSupplierToStageMutation, AddSupplierToStageMutationVariables>;
export const AddSupplierCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupplierCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupplierCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupplierCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddSupplierCandidateMutation, AddSupplierCandidateMutationVariables>;
export const UpdateSupplierCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupplierCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupplierCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplierCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateSupplierCandidateMutation, UpdateSupplierCandidateMutationVariables>;
export const DefaultSupplyChainStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultSupplyChainStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultSupplyChainStages"}}]}}]} as unknown as DocumentNode<DefaultSupplyChainStagesQuery, DefaultSupplyChainStagesQueryVariables>;
export const SetSupplyChainStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSupplyChainStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSupplyChainStagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSupplyChainStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supplyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyChainIndicators_indicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyChainBoard_stage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StagesEditor_stage"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainIndicators_indicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"stagesWithRetained"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInRegionShare"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInFranceShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainBoard_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagesEditor_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetSupplyChainStagesMutation, SetSupplyChainStagesMutationVariables>;
export const SupplyChainBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyChainBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyChainIndicators_indicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyChainBoard_stage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StagesEditor_stage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainIndicators_indicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"stagesWithRetained"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInRegionShare"}},{"kind":"Field","name":{"kind":"Name","value":"retainedInFranceShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyChainBoard_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StagesEditor_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyChainStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupplyChainBoardQuery, SupplyChainBoardQueryVariables>;
export const TransitionSupplierCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionSupplierCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionSupplierCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionSupplierCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcingErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"departement"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcingErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TransitionSupplierCandidateMutation, TransitionSupplierCandidateMutationVariables>;
export const InviteUserAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUserAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUserAgain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSent"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InviteUserAgainMutation, InviteUserAgainMutationVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSent"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const RenameUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RenameUserMutation, RenameUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const ManageableRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageableRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageableRoleInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"needsRegion"}},{"kind":"Field","name":{"kind":"Name","value":"needsOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"mayHaveOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<ManageableRolesQuery, ManageableRolesQueryVariables>;
export const InviteOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteOrganisationsQuery, InviteOrganisationsQueryVariables>;