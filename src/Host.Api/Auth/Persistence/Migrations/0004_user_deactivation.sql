-- An admin can deactivate an account: it keeps its history but can no longer sign in or use a session.
ALTER TABLE identity.users ADD COLUMN deactivated_at timestamp with time zone;
