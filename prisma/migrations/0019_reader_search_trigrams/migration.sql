-- The reader search's second index (README, "How search scales"): every story
-- by the set of character trigrams of its searchable text, beside the bigrams
-- of migration 0006. A three-character query is then answered exactly by the
-- index, and a longer one gets far fewer candidates to check with ILIKE.
-- With bigrams alone, a three-character word whose two pairs are common (事办好:
-- 事办 and 办好) had tens of thousands of candidates to check for a few hundred
-- matches, up to half a second on a twenty-year archive. Written by hand, like
-- 0006, and for the same reason no semicolon appears inside a statement or a
-- comment: the driver adapter splits the script on them.

-- Every run of three neighbouring characters, cut out as masthead_bigrams cuts
-- pairs: one regexp_replace for each of the three starting offsets, the
-- incomplete tail of each dropped. Declared expensive for the same reason as
-- masthead_bigrams: stories are found through the index, never by computing
-- their trigrams one by one.
CREATE OR REPLACE FUNCTION masthead_trigrams(doc text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 30000
  RETURN (
    SELECT first[1:cardinality(first) - 1] || second[1:cardinality(second) - 1] || third[1:cardinality(third) - 1]
    FROM (
      SELECT string_to_array(regexp_replace(t, '(...)', E'\\1\x1f', 'g'), E'\x1f') AS first,
             string_to_array(regexp_replace(substr(t, 2), '(...)', E'\\1\x1f', 'g'), E'\x1f') AS second,
             string_to_array(regexp_replace(substr(t, 3), '(...)', E'\\1\x1f', 'g'), E'\x1f') AS third
      FROM (SELECT lower(doc) AS t) AS folded
      OFFSET 0
    ) AS thirds
  );

-- The same parts as masthead_story_bigrams, one per line, so that no trigram
-- spans two of them.
CREATE OR REPLACE FUNCTION masthead_story_trigrams(kicker text, headline text, subheadline text, body text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN masthead_trigrams(coalesce(kicker, '') || E'\n' || coalesce(headline, '') || E'\n' || coalesce(subheadline, '') || E'\n' || coalesce(body, ''));

-- OR REPLACE and IF NOT EXISTS: on a large archive an operator may run this file
-- beforehand with CREATE INDEX CONCURRENTLY (README, "Production"), so that saving
-- stories is not held up while the index builds. Its statistics stay at the
-- default: the app judges how common a word is from the pairs (0006).
CREATE INDEX IF NOT EXISTS "Article_search_trigrams_idx" ON "Article" USING GIN (masthead_story_trigrams(kicker, headline, subheadline, "bodyText"));
