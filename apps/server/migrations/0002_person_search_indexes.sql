-- 0002 Person search at national scale: a trigger-kept dictionary of search keys, name and scope indexes (bench/README.md).

-- Every distinct search key, with its trigram index: name search matches names here and then walks
-- each name's persons in answer order (persons.repository.ts). Names are only added: a key no person
-- has any more matches nobody and costs nothing.
CREATE TABLE person_search_names (
  search_name text PRIMARY KEY
);
INSERT INTO person_search_names (search_name) SELECT DISTINCT search_name FROM persons;
CREATE INDEX person_search_names_trgm ON person_search_names USING gin (search_name gin_trgm_ops);
-- A name lookup is one request's work: a parallel worker costs more to start than it saves.
ALTER TABLE person_search_names SET (parallel_workers = 0);

CREATE FUNCTION person_search_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_search_names (search_name) VALUES (NEW.search_name) ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER persons_search_name_dictionary AFTER INSERT OR UPDATE OF search_name ON persons
  FOR EACH ROW EXECUTE FUNCTION person_search_names_add();

-- The persons of one name in id order: the inner side of the name walk.
CREATE INDEX persons_search_name ON persons (search_name, id);
-- The trigram index over all persons is no longer read by any query (the dictionary replaced it) and
-- cost a GIN update on every registration and rename.
DROP INDEX persons_search_name_trgm;

-- The default list (most recently updated first), walked in order and checked against a wide scope.
CREATE INDEX persons_updated ON persons (updated_at DESC, id);

-- Scope checks per person ("has a case at this organisation / in this municipality"), index-only.
CREATE INDEX cases_person_scope ON cases (person_id, organisation_id, municipality_atvk);
