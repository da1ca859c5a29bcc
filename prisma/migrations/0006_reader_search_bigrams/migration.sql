-- The reader search's index (README, "How search scales"). Chinese is searched
-- by substring, and pg_trgm extracts no trigram from a two-character query, so
-- its index cannot serve the commonest searches. Instead every story is
-- indexed by the set of character bigrams of its searchable text: a query's
-- bigrams must all be among a story's (GIN, @>), and the few candidates are
-- then checked with ILIKE for the exact substring. Written by hand: Prisma
-- cannot declare functions or expression indexes. No semicolon may appear
-- inside a statement or a comment: the driver adapter splits the script on them.

-- Every pair of neighbouring characters: the pairs starting at odd positions
-- and those starting at even ones, each cut out by one regexp_replace (the
-- fastest way in plain SQL, as set-returning functions cost three times more).
-- The array may repeat a pair: GIN keeps each key once, and containment does
-- not care. U+001F (unit separator) never occurs in stories. OFFSET 0 keeps
-- the lowered text computed once rather than once per use.
CREATE FUNCTION masthead_bigrams(doc text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT odd[1:cardinality(odd) - 1] || even[1:cardinality(even) - 1]
    FROM (
      SELECT string_to_array(regexp_replace(t, '(..)', E'\\1\x1f', 'g'), E'\x1f') AS odd,
             string_to_array(regexp_replace(substr(t, 2), '(..)', E'\\1\x1f', 'g'), E'\x1f') AS even
      FROM (SELECT lower(doc) AS t) AS folded
      OFFSET 0
    ) AS halves
  );

-- The parts of a story the search looks in, one per line so that no bigram
-- spans two of them.
-- Its cost (about a millisecond for a story) tells the planner to look the
-- pairs up in the index rather than compute them row by row.
CREATE FUNCTION masthead_story_bigrams(kicker text, headline text, subheadline text, body text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000
  RETURN masthead_bigrams(coalesce(kicker, '') || E'\n' || coalesce(headline, '') || E'\n' || coalesce(subheadline, '') || E'\n' || coalesce(body, ''));

CREATE INDEX "Article_search_bigrams_idx" ON "Article" USING GIN (masthead_story_bigrams(kicker, headline, subheadline, "bodyText"));

-- CreateIndex
CREATE INDEX "Slot_pageId_idx" ON "Slot"("pageId");
