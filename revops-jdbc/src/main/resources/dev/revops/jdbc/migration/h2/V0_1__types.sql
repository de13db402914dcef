-- revops-jdbc on H2: the two types the shared migrations use. H2 compares strings as Java does
-- and has no jsonb: the documents are kept as text (see Dialect).
CREATE DOMAIN revops_id AS varchar(200);
CREATE DOMAIN jsonb AS CHARACTER LARGE OBJECT;
