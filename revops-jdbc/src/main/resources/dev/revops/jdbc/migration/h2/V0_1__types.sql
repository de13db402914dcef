-- revops-jdbc on H2: the two types the shared migrations use. H2 compares strings as Java does
-- and has no jsonb: documents are kept as text of at most 1,000,000 characters (a character
-- large object would go through H2's LOB store on every read and write, many times slower).
CREATE DOMAIN revops_id AS varchar(200);
CREATE DOMAIN jsonb AS CHARACTER VARYING(1000000);
