CREATE TABLE broken.half_done (id integer PRIMARY KEY);
SELECT * FROM broken.table_that_does_not_exist;
