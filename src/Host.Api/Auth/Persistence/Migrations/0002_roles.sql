-- The platform's roles are reference data with fixed ids.
INSERT INTO identity.roles (id, name, normalized_name, concurrency_stamp) VALUES
    ('00000000-0000-0000-0000-00000000a001', 'admin',      'ADMIN',      'seed'),
    ('00000000-0000-0000-0000-00000000a002', 'manager',    'MANAGER',    'seed'),
    ('00000000-0000-0000-0000-00000000a003', 'technician', 'TECHNICIAN', 'seed'),
    ('00000000-0000-0000-0000-00000000a004', 'inspector',  'INSPECTOR',  'seed'),
    ('00000000-0000-0000-0000-00000000a005', 'client',     'CLIENT',     'seed'),
    ('00000000-0000-0000-0000-00000000a006', 'member',     'MEMBER',     'seed');
