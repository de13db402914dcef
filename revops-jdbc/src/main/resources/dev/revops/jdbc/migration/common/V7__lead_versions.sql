-- revops-jdbc schema, part 7: the leads' ids with their versions in one index, so duplicate
-- detection reads which state of each resembling lead is stored from the index alone and takes
-- that state from what it already holds for the id and version (a committed id and version stand
-- for one state only); it reads the rows, with their documents, only of the leads it does not hold.
CREATE INDEX revops_leads_id_version ON revops_leads (id, version);
