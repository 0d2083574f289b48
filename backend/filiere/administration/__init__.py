"""Administering accounts: who manages whom (the policy's `may_manage_account`), invitations, deactivation,
names, every change audited. An application of the accounts and the audit trail: the audit names people
through the accounts, so the accounts cannot write the audit themselves."""
