CREATE TABLE broken.good (id integer PRIMARY KEY);
