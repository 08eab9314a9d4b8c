-- 0034 Name search matches the words of the names, not the names (issue 16).
--
-- Typed `berzins`, the dictionary of whole names (migration 0002) had 2 500 candidate names from its trigram
-- index and computed the word similarity of each: ~30 ms of PostgreSQL for a name nobody had searched in the
-- last 10 s (`janis berzins` 27 ms). The 183 000 names of the 2 M-person bench hold 831 distinct words (a few
-- ten thousand in the country): the words close to each word typed are found among them in about a
-- millisecond and their names by index. Each word typed is now as close as the name's closest word to it — no
-- longer an extent of trigrams across two words, which let `berzina` find Anna Bērzs through the end of
-- "anna", or two typos in one word pass when the other word was right.

-- Every distinct word of a search key, with its trigram index.
CREATE TABLE person_search_words (
  word text PRIMARY KEY
);
-- The search keys each word is in: the inner side of the word walk.
CREATE TABLE person_search_name_words (
  word text NOT NULL,
  search_name text NOT NULL,
  PRIMARY KEY (word, search_name)
);
-- The words of every name of the dictionary at once: here, and after a load that skipped the trigger below
-- (bench/generate.ts).
CREATE FUNCTION person_search_words_fill() RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_search_name_words (word, search_name)
    SELECT DISTINCT w, n.search_name FROM person_search_names n, unnest(string_to_array(n.search_name, ' ')) AS w WHERE w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO person_search_words (word) SELECT DISTINCT word FROM person_search_name_words ON CONFLICT DO NOTHING;
$$;
SELECT person_search_words_fill();
CREATE INDEX person_search_words_trgm ON person_search_words USING gin (word gin_trgm_ops);
ALTER TABLE person_search_words SET (parallel_workers = 0);
ALTER TABLE person_search_name_words SET (parallel_workers = 0);

-- Kept with the dictionary of search keys: a key is only ever added (migration 0002), and so are its words —
-- in word order, so that two registrations sharing new words wait for each other instead of deadlocking.
CREATE FUNCTION person_search_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_search_name_words (word, search_name)
    SELECT DISTINCT w, NEW.search_name FROM unnest(string_to_array(NEW.search_name, ' ')) AS w WHERE w <> '' ORDER BY w
    ON CONFLICT DO NOTHING;
  INSERT INTO person_search_words (word)
    SELECT DISTINCT w FROM unnest(string_to_array(NEW.search_name, ' ')) AS w WHERE w <> '' ORDER BY w
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER person_search_names_words AFTER INSERT ON person_search_names
  FOR EACH ROW EXECUTE FUNCTION person_search_words_add();

-- The whole names' trigram index is no longer read: the dictionary keeps the names for the trigger above.
DROP INDEX person_search_names_trgm;

ANALYZE person_search_words;
ANALYZE person_search_name_words;
