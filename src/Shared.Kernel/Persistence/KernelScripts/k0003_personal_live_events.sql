-- A live event for the users it names only (IPersonalEvent): managers and admins do not see it. {schema} is the module's schema.
ALTER TABLE {schema}.live_events ADD COLUMN personal boolean NOT NULL DEFAULT false;
