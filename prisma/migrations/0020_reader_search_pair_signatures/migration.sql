-- A signature of every findable story's character pairs, kept in its
-- ReaderSearchEntry (README, "How search scales"). A common word's page of
-- results is found by walking the newest entries and testing each story's text,
-- and most of that test's cost is reading and decompressing the body. The
-- signature is a Bloom filter: a story can hold the query only if every bit of
-- the query's signature is set in the story's, so the walk reads the text of
-- those stories alone. It never rules out a story that holds the query. Written
-- by hand, like 0006: no semicolon may appear inside a statement or a comment,
-- as the driver adapter splits the script on them.

-- Two bits for each distinct pair, in 8192 (1 KB, kept inline in the entry's row
-- without compression). With 400 to 1,200 distinct pairs in a story, a quarter
-- of the bits or fewer are set, so a two-character query lets about one story in
-- sixteen through for nothing, and a longer one far fewer. The positions come
-- from the pair's code points by arithmetic, not from PostgreSQL's internal hash
-- functions, so that no upgrade of the server can change them.
CREATE OR REPLACE FUNCTION masthead_pair_signature(pairs text[]) RETURNS bit varying
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 20000
  RETURN (
    SELECT coalesce(bit_or(set_bit(set_bit(0::bit(8192), ((first * 7919 + second * 6151) % 8191)::int, 1), ((first * 4099 + second * 9973) % 8179)::int, 1)), 0::bit(8192))
    FROM (SELECT ascii(pair)::bigint AS first, ascii(substr(pair, 2))::bigint AS second FROM (SELECT DISTINCT pair FROM unnest(pairs) AS pair) AS distinct_pairs) AS code_points
  );

-- The pairs are masthead_story_bigrams', as the index of 0006 holds them.
CREATE OR REPLACE FUNCTION masthead_story_signature(kicker text, headline text, subheadline text, body text) RETURNS bit varying
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN masthead_pair_signature(masthead_story_bigrams(kicker, headline, subheadline, body));

-- Null until computed: the search lets a story without one through to the text
-- test, so that results stay whole while a large archive is filled in
-- (README, "Production": it may be filled beforehand, in batches).
ALTER TABLE "ReaderSearchEntry" ADD COLUMN IF NOT EXISTS "pairSignature" bit varying;

UPDATE "ReaderSearchEntry" e SET "pairSignature" = masthead_story_signature(a.kicker, a.headline, a.subheadline, a."bodyText")
FROM "Article" a
WHERE a.id = e."articleId" AND e."pairSignature" IS NULL;

-- The signature makes an entry's row 1 KB, so the table no longer stays in
-- shared buffers on a large archive. Counting a word's matches looks every match
-- up by story: this index answers those lookups alone (an index-only scan, 6 µs
-- against 12 µs through the table on the benchmark archive).
CREATE UNIQUE INDEX IF NOT EXISTS "ReaderSearchEntry_articleId_covering_idx" ON "ReaderSearchEntry" ("articleId") INCLUDE ("publicationId", "visibleFrom", "issueId", "issueDate", "pageNumber");

-- Entries are written with their signature (writeReaderSearchEntries). A story
-- that readers can already find may still change (a correction, or any other
-- save): its entry's signature follows in the same transaction, whichever code
-- made the change. The function's semicolons are written \073 (octal) in an
-- escaped string, for the splitter's sake.
CREATE OR REPLACE FUNCTION masthead_follow_story_text() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN UPDATE "ReaderSearchEntry" SET "pairSignature" = masthead_story_signature(NEW.kicker, NEW.headline, NEW.subheadline, NEW."bodyText") WHERE "articleId" = NEW.id\073 RETURN NULL\073 END';

DROP TRIGGER IF EXISTS "Article_follow_story_text" ON "Article";

CREATE TRIGGER "Article_follow_story_text"
  AFTER UPDATE OF kicker, headline, subheadline, "bodyText" ON "Article"
  FOR EACH ROW
  WHEN (OLD.kicker IS DISTINCT FROM NEW.kicker OR OLD.headline IS DISTINCT FROM NEW.headline OR OLD.subheadline IS DISTINCT FROM NEW.subheadline OR OLD."bodyText" IS DISTINCT FROM NEW."bodyText")
  EXECUTE FUNCTION masthead_follow_story_text();
