-- revops-jdbc on PostgreSQL: the two types the shared migrations use. Ids compare byte by byte
-- (collation "C"), so keyset paging by id orders as the Java adapters and the in-memory
-- default do, from the primary-key index.
CREATE DOMAIN revops_id AS varchar(200) COLLATE "C";
