-- The people picker (GET /api/auth/people) pages active accounts by name.
CREATE INDEX ix_users_active_display_name ON identity.users (display_name, id) WHERE deactivated_at IS NULL;
