-- Photos attached to an inspection: the bytes are in the file store under janitorial/inspections/<inspection>/<photo>.
CREATE TABLE janitorial.inspection_photos (
    id            uuid        PRIMARY KEY,
    inspection_id uuid        NOT NULL REFERENCES janitorial.site_inspections (id) ON DELETE CASCADE,
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    length        bigint      NOT NULL CHECK (length > 0),
    sha256        text        NOT NULL,
    uploaded_by   uuid        NOT NULL,
    uploaded_at   timestamptz NOT NULL
);
CREATE INDEX ix_inspection_photos_inspection ON janitorial.inspection_photos (inspection_id, uploaded_at, id);
