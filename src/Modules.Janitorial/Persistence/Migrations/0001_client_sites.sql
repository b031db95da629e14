CREATE TABLE janitorial.client_sites (
    id                      uuid PRIMARY KEY,
    site_name               text        NOT NULL,
    site_code               text        NOT NULL,
    address                 text        NOT NULL,
    client_name             text        NOT NULL,
    service_level           text        NOT NULL CHECK (service_level IN ('basic', 'standard', 'premium')),
    primary_contact_id      uuid        NOT NULL,
    active                  boolean     NOT NULL,
    pass_threshold          integer     NOT NULL CHECK (pass_threshold BETWEEN 0 AND 100),
    client_sees_inspections boolean     NOT NULL,
    time_zone               text        NOT NULL,
    version                 integer     NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_client_sites_site_code ON janitorial.client_sites (site_code);
CREATE INDEX ix_client_sites_site_name ON janitorial.client_sites (site_name, id);
CREATE INDEX ix_client_sites_client_name ON janitorial.client_sites (client_name, site_name, id);
CREATE INDEX ix_client_sites_service_level ON janitorial.client_sites (service_level, site_name, id);
CREATE INDEX ix_client_sites_active ON janitorial.client_sites (active, site_name, id);
CREATE INDEX ix_client_sites_created_at ON janitorial.client_sites (created_at, id);

-- Who works at or belongs to a site. A user holds one role per site.
CREATE TABLE janitorial.site_members (
    site_id     uuid        NOT NULL REFERENCES janitorial.client_sites (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL,
    role        text        NOT NULL CHECK (role IN ('technician', 'inspector', 'client')),
    assigned_at timestamptz NOT NULL,
    PRIMARY KEY (site_id, user_id)
);
CREATE INDEX ix_site_members_user_id ON janitorial.site_members (user_id, site_id);
