/* check-claims.c: claims and their alignment, on small texts, on the seed
 * corpus (KCNA's article and four reports), and malformed rules files. */
#include "config.h"

#include <string.h>

#include "claims/claims.h"
#include "px-test.h"

/* Loaded once per test case, in the parent process, and inherited by the
 * forked tests. */
static const PxClaimRules *claim_rules;

static void
load_rules (void)
{
  px_test_extract_rules ();
  claim_rules = px_test_claim_rules ();
}

/* @path loaded, cleaned, segmented and extracted as a run would. */
static PxDocument *
load_document (const char *path, const char *published)
{
  return px_test_load_document (path, published, "test");
}

static PxDocument *
document_of (const char *text)
{
  g_autofree char *path = px_test_write ("story.txt", text, -1);
  return load_document (path, "2025-01-20");
}

/* The normalised text of @span of the claims' document.  (transfer full) */
static char *
claim_text (const PxClaims *claims, PxSpan span)
{
  return px_test_slice (px_document_get_text (px_claims_get_document (claims)), span);
}

static gboolean
has_string (const GPtrArray *array, const char *s)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (array->pdata[i], s) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_sorted_unique (const GPtrArray *array)
{
  for (guint i = 1; i < array->len; i++)
    ck_assert_msg (strcmp (array->pdata[i - 1], array->pdata[i]) < 0, "'%s' then '%s'",
                   (const char *) array->pdata[i - 1], (const char *) array->pdata[i]);
}

/* ### One document's claims */

START_TEST (test_speaker_before_verb)
{
  g_autoptr(PxDocument) doc = document_of ("KCNA said Japan is building a dangerous military "
                                           "alliance with NATO.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 1);
  const PxClaim *c = px_claims_get (claims, 0);
  ck_assert_str_eq (c->speaker, "kcna");
  g_autofree char *speaker = claim_text (claims, c->speaker_span);
  g_autofree char *predicate = claim_text (claims, c->predicate);
  ck_assert_str_eq (speaker, "KCNA");
  ck_assert_str_eq (predicate, "said");
  ck_assert_uint_eq (c->entities->len, 3);
  ck_assert_str_eq (c->entities->pdata[0], "japan");
  ck_assert_str_eq (c->entities->pdata[1], "kcna");
  ck_assert_str_eq (c->entities->pdata[2], "nato");
  /* Neither the reporting verb nor the stop words nor the entities' words
   * are terms. */
  ck_assert_uint_eq (c->terms->len, 4);
  const char *terms[] = { "allianc", "build", "danger", "militari" };
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    ck_assert_msg (has_string (c->terms, terms[i]), "no term '%s'", terms[i]);
  ck_assert (!has_string (c->terms, "said") && !has_string (c->terms, "is"));
}
END_TEST

/* A speaker after the verb only in the inverted order of a quote, so an
 * object ("called Japan") is never the speaker. */
START_TEST (test_speaker_after_verb)
{
  g_autoptr(PxDocument) doc = document_of (
    "Japan is building a dangerous military alliance with NATO, said KCNA.\n\n"
    "The agency called Japan a war criminal state in its latest commentary.\n\n"
    "North Korea has strongly condemned the opening of the mission in Brussels.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 3);
  ck_assert_str_eq (px_claims_get (claims, 0)->speaker, "kcna");
  ck_assert_ptr_null (px_claims_get (claims, 1)->speaker);
  g_autofree char *called = claim_text (claims, px_claims_get (claims, 1)->predicate);
  ck_assert_str_eq (called, "called");
  ck_assert_str_eq (px_claims_get (claims, 2)->speaker, "dprk");
  g_autofree char *condemned = claim_text (claims, px_claims_get (claims, 2)->predicate);
  ck_assert_str_eq (condemned, "condemned");
}
END_TEST

/* A quote's credited speaker wins over the verb's neighbours. */
START_TEST (test_speaker_from_quote)
{
  g_autoptr(PxDocument) doc = document_of (
    "\"NATO is expanding its military footprint into the Asia-Pacific region,\" Kim Seol-hwa "
    "said in comments carried by KCNA.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 1);
  ck_assert_str_eq (px_claims_get (claims, 0)->speaker, "kim_seol_hwa");
}
END_TEST

/* Fragments and questions are not claims; what remains is in text order. */
START_TEST (test_what_asserts)
{
  g_autoptr(PxDocument) doc = document_of (
    "Japan officially opened a permanent mission to NATO in Brussels last week.\n\n"
    "Is Japan building a military alliance with NATO?\n\n"
    "Very dangerous.\n\n"
    "North Korea sees the opening as a dangerous provocation against peace.\n\n"
    "KCNA\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 2);
  g_autofree char *first = claim_text (claims, px_claims_get (claims, 0)->span);
  g_autofree char *second = claim_text (claims, px_claims_get (claims, 1)->span);
  ck_assert_str_eq (first, "Japan officially opened a permanent mission to NATO in Brussels "
                           "last week.");
  ck_assert_str_eq (second, "North Korea sees the opening as a dangerous provocation against "
                            "peace.");
  ck_assert_uint_eq (px_claims_get (claims, 0)->sentence, 0);
  ck_assert_uint_eq (px_claims_get (claims, 1)->sentence, 3);
}
END_TEST

/* "opened" and "opening" are one term: that is what the stemmer is for. */
START_TEST (test_stems)
{
  g_autoptr(PxDocument) doc = document_of (
    "Japan officially opened a permanent mission to NATO in Brussels last week.\n\n"
    "North Korea sees the opening as a dangerous provocation against peace.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 2);
  for (guint i = 0; i < 2; i++)
    {
      const PxClaim *c = px_claims_get (claims, i);
      ck_assert_msg (has_string (c->terms, "open"), "claim %u has no term 'open'", i);
      assert_sorted_unique (c->terms);
      ck_assert_uint_eq (c->terms->len, c->words->len);
    }
  /* The word each term came from, for a reader. */
  const PxClaim *c = px_claims_get (claims, 1);
  for (guint k = 0; k < c->terms->len; k++)
    if (strcmp (c->terms->pdata[k], "open") == 0)
      ck_assert_str_eq (c->words->pdata[k], "opening");
  ck_assert_double_gt (px_claim_similarity (claim_rules, px_claims_get (claims, 0), c), 0.1);
}
END_TEST

/* Dates and numbers are the extraction's, inside the sentence; their
 * words are not terms; their keys compare across documents. */
START_TEST (test_dates_and_numbers)
{
  g_autoptr(PxDocument) doc = document_of (
    "Japan officially opened a permanent mission to NATO last week.\n\n"
    "North Korea has sent some 11,000 to 13,000 troops to aid Russia in its war with Ukraine "
    "since June.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 2);
  const PxExtraction *extraction = px_document_get_extraction (doc);
  const PxClaim *opened = px_claims_get (claims, 0), *sent = px_claims_get (claims, 1);

  ck_assert_uint_eq (opened->dates->len, 1);
  const PxDate *date =
    px_extraction_get_dates (extraction)->pdata[g_array_index (opened->dates, guint, 0)];
  ck_assert_uint_ge (date->span.start, opened->span.start);
  ck_assert_uint_le (date->span.end, opened->span.end);
  ck_assert_uint_eq (opened->date_keys->len, 1);
  ck_assert_str_eq (opened->date_keys->pdata[0], "2025-01-13/2025-01-19");
  ck_assert (!has_string (opened->terms, "week"));
  ck_assert_uint_eq (opened->numbers->len, 0);

  ck_assert_uint_eq (sent->numbers->len, 1);
  ck_assert_str_eq (sent->number_keys->pdata[0], "11000-13000");
  ck_assert (has_string (sent->terms, "troop"));
  for (guint k = 0; k < sent->terms->len; k++)
    ck_assert_msg (g_ascii_isalpha (((const char *) sent->terms->pdata[k])[0]),
                   "a number as a term: %s", (const char *) sent->terms->pdata[k]);
}
END_TEST

/* "U.S." and "United States" are one entity, and neither is a term. */
START_TEST (test_entities_not_terms)
{
  g_autoptr(PxDocument) doc = document_of (
    "The U.S. strategy for world domination expands the sphere of influence of NATO.\n\n"
    "The United States strategy for world domination expands the sphere of influence of "
    "NATO.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 2);
  const PxClaim *a = px_claims_get (claims, 0), *b = px_claims_get (claims, 1);
  ck_assert (has_string (a->entities, "usa") && has_string (b->entities, "usa"));
  ck_assert (!has_string (a->terms, "u.s.") && !has_string (b->terms, "unit"));
  ck_assert_double_eq (px_claim_similarity (claim_rules, a, b), 1.0);
}
END_TEST

/* ### Similarity */

START_TEST (test_similarity_bounds)
{
  g_autoptr(PxDocument) doc = document_of (
    "Japan officially opened a permanent mission to NATO in Brussels last week.\n\n"
    "Pyongyang condemned the massive purchase of Tomahawk cruise missiles by Tokyo as a "
    "preemptive threat.\n\n"
    "Heavy rain flooded farmland across three southern provinces overnight.\n");
  g_autoptr(PxClaims) claims = px_claims_extract (claim_rules, doc);
  ck_assert_uint_eq (px_claims_n (claims), 3);
  for (guint i = 0; i < 3; i++)
    {
      const PxClaim *c = px_claims_get (claims, i);
      ck_assert_double_eq (px_claim_similarity (claim_rules, c, c), 1.0);
      for (guint j = 0; j < 3; j++)
        {
          double s = px_claim_similarity (claim_rules, c, px_claims_get (claims, j));
          ck_assert (s >= 0 && s <= 1);
        }
    }
  ck_assert_double_eq (px_claim_similarity (claim_rules, px_claims_get (claims, 0),
                                            px_claims_get (claims, 2)), 0);
}
END_TEST

/* ### The corpus */

typedef struct {
  const char *file;
  const char *published;
} CorpusFile;

enum { KCNA, FIRSTPOST, HOTAAJ, WASHINGTON_TIMES, RT, N_CORPUS };

static const CorpusFile corpus_files[N_CORPUS] = {
  [KCNA] = { "kcna-2025-01-20.txt", "2025-01-20" },
  [FIRSTPOST] = { "firstpost-2025-01-20.txt", "2025-01-20" },
  [HOTAAJ] = { "hotaaj-2025-01.txt", "2025-01" },
  [WASHINGTON_TIMES] = { "washingtontimes-2025-01-20.txt", "2025-01-20" },
  [RT] = { "rt-2023-05-16.txt", "2023-05-16" },
};

static PxDocument *corpus[N_CORPUS];
static PxClaims *corpus_claims[N_CORPUS];

static void
load_corpus (void)
{
  load_rules ();
  for (guint i = 0; i < N_CORPUS; i++)
    {
      g_autofree char *rel = g_build_filename ("data", "corpus", corpus_files[i].file, NULL);
      g_autofree char *path = px_test_src_path (rel);
      corpus[i] = load_document (path, corpus_files[i].published);
      corpus_claims[i] = px_claims_extract (claim_rules, corpus[i]);
    }
}

static void
free_corpus (void)
{
  for (guint i = 0; i < N_CORPUS; i++)
    {
      g_clear_pointer (&corpus_claims[i], px_claims_free);
      g_clear_pointer (&corpus[i], px_document_free);
    }
}

/* The index of the claim of @doc whose text holds @needle. */
static guint
find_claim (guint doc, const char *needle)
{
  const PxClaims *claims = corpus_claims[doc];
  for (guint i = 0; i < px_claims_n (claims); i++)
    {
      g_autofree char *text = claim_text (claims, px_claims_get (claims, i)->span);
      if (strstr (text, needle) != NULL)
        return i;
    }
  ck_abort_msg ("no claim of %s holds '%s'", corpus_files[doc].file, needle);
  return G_MAXUINT;
}

static const PxClaimMatch *
match_of (const GPtrArray *matches, guint claim)
{
  ck_assert_uint_lt (claim, matches->len);
  const PxClaimMatch *m = matches->pdata[claim];
  ck_assert_uint_eq (m->claim, claim);
  return m;
}

/* The text of the best match of @m in @doc. */
static char *
best_match_text (const PxClaimMatch *m, guint doc)
{
  ck_assert_uint_gt (m->matches->len, 0);
  const PxClaim *c = px_claims_get (corpus_claims[doc], g_array_index (m->matches, guint, 0));
  return claim_text (corpus_claims[doc], c->span);
}

START_TEST (test_corpus_claims)
{
  /* KCNA's body has thirteen asserting sentences; its "KCNA" sign-off
   * and the Naenara headline list are not among them. */
  ck_assert_uint_eq (px_claims_n (corpus_claims[KCNA]), 13);
  for (guint d = 0; d < N_CORPUS; d++)
    for (guint i = 0; i < px_claims_n (corpus_claims[d]); i++)
      {
        const PxClaim *c = px_claims_get (corpus_claims[d], i);
        ck_assert_uint_ge (c->terms->len, 3);
        assert_sorted_unique (c->terms);
        assert_sorted_unique (c->entities);
        if (i > 0)
          ck_assert_uint_gt (c->sentence, px_claims_get (corpus_claims[d], i - 1)->sentence);
      }
  const PxClaim *intro = px_claims_get (corpus_claims[KCNA], 0);
  ck_assert_str_eq (intro->speaker, "kim_ryo_won");
}
END_TEST

/* KCNA's "It set up its independent mission in NATO at a time when ..."
 * is what Firstpost paraphrases and the Washington Times quotes. */
START_TEST (test_mission_sentence_is_carried)
{
  guint claim = find_claim (KCNA, "It set up its independent mission in NATO");
  g_autoptr(GPtrArray) fp = px_claims_align (claim_rules, corpus_claims[KCNA],
                                             corpus_claims[FIRSTPOST]);
  const PxClaimMatch *m = match_of (fp, claim);
  ck_assert_int_ne (m->verdict, PX_CLAIM_ABSENT);
  g_autofree char *fp_text = best_match_text (m, FIRSTPOST);
  ck_assert_msg (strstr (fp_text, "came at a time when") != NULL, "%s", fp_text);
  /* What differs is said: KCNA's "environment", Firstpost's crediting
   * of KCNA. */
  ck_assert (has_string (m->only_here, "environ"));
  ck_assert (has_string (m->only_there, "kcna"));

  g_autoptr(GPtrArray) wt = px_claims_align (claim_rules, corpus_claims[KCNA],
                                             corpus_claims[WASHINGTON_TIMES]);
  m = match_of (wt, claim);
  ck_assert_int_eq (m->verdict, PX_CLAIM_AGREE);
  g_autofree char *wt_text = best_match_text (m, WASHINGTON_TIMES);
  ck_assert_msg (strstr (wt_text, "Japan set up its independent mission") != NULL, "%s", wt_text);
}
END_TEST

/* Only KCNA mentions the Tomahawk missiles. */
START_TEST (test_tomahawk_sentence_is_absent)
{
  guint claim = find_claim (KCNA, "Tomahawk cruise missiles");
  for (guint d = FIRSTPOST; d < N_CORPUS; d++)
    {
      g_autoptr(GPtrArray) aligned =
        px_claims_align (claim_rules, corpus_claims[KCNA], corpus_claims[d]);
      const PxClaimMatch *m = match_of (aligned, claim);
      ck_assert_msg (m->verdict == PX_CLAIM_ABSENT, "%s: %s %g", corpus_files[d].file,
                     px_claim_verdict_name (m->verdict), m->score);
      ck_assert_double_eq (m->score, 0);
      ck_assert_uint_eq (m->matches->len, 0);
      ck_assert_uint_eq (m->only_here->len, 0);
      ck_assert_uint_eq (m->only_there->len, 0);
    }
}
END_TEST

/* hotaaj.com republishes Firstpost: every claim agrees, each first with
 * its own copy. */
START_TEST (test_copy_agrees)
{
  ck_assert_uint_eq (px_claims_n (corpus_claims[FIRSTPOST]), px_claims_n (corpus_claims[HOTAAJ]));
  g_autoptr(GPtrArray) aligned = px_claims_align (claim_rules, corpus_claims[FIRSTPOST],
                                                  corpus_claims[HOTAAJ]);
  ck_assert_uint_eq (aligned->len, px_claims_n (corpus_claims[FIRSTPOST]));
  for (guint i = 0; i < aligned->len; i++)
    {
      const PxClaimMatch *m = match_of (aligned, i);
      ck_assert_int_eq (m->verdict, PX_CLAIM_AGREE);
      ck_assert_uint_eq (g_array_index (m->matches, guint, 0), i);
      ck_assert_double_ge (m->score, 0.9);
      ck_assert_uint_eq (m->only_here->len, 0);
      ck_assert_uint_eq (m->only_there->len, 0);
    }
}
END_TEST

/* RT's 2023 story is another event: nothing of it agrees with KCNA's
 * 2025 article, and most of it is absent. */
START_TEST (test_other_event_is_absent)
{
  g_autoptr(GPtrArray) aligned = px_claims_align (claim_rules, corpus_claims[RT],
                                                  corpus_claims[KCNA]);
  guint absent = 0;
  for (guint i = 0; i < aligned->len; i++)
    {
      const PxClaimMatch *m = match_of (aligned, i);
      ck_assert_int_ne (m->verdict, PX_CLAIM_AGREE);
      absent += m->verdict == PX_CLAIM_ABSENT;
    }
  ck_assert_uint_ge (aligned->len, 5);
  ck_assert_uint_ge (absent * 4, aligned->len * 3);
}
END_TEST

START_TEST (test_similarity_symmetric)
{
  const guint pairs[][2] = { { KCNA, FIRSTPOST }, { KCNA, WASHINGTON_TIMES }, { RT, KCNA } };
  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      const PxClaims *a = corpus_claims[pairs[p][0]], *b = corpus_claims[pairs[p][1]];
      for (guint i = 0; i < px_claims_n (a); i++)
        for (guint j = 0; j < px_claims_n (b); j++)
          {
            const PxClaim *x = px_claims_get (a, i), *y = px_claims_get (b, j);
            double s = px_claim_similarity (claim_rules, x, y);
            ck_assert_double_eq (s, px_claim_similarity (claim_rules, y, x));
            ck_assert (s >= 0 && s <= 1);
          }
    }
}
END_TEST

/* Matches are the claims above the partial threshold, best first; the
 * verdict follows the best score; the output is the same every time. */
START_TEST (test_alignment_order)
{
  g_autoptr(GPtrArray) once = px_claims_align (claim_rules, corpus_claims[KCNA],
                                               corpus_claims[WASHINGTON_TIMES]);
  g_autoptr(GPtrArray) again = px_claims_align (claim_rules, corpus_claims[KCNA],
                                                corpus_claims[WASHINGTON_TIMES]);
  ck_assert_uint_eq (once->len, px_claims_n (corpus_claims[KCNA]));
  guint agree = 0, partial = 0;
  for (guint i = 0; i < once->len; i++)
    {
      const PxClaimMatch *m = match_of (once, i), *n = match_of (again, i);
      ck_assert_int_eq (m->verdict, n->verdict);
      ck_assert_double_eq (m->score, n->score);
      ck_assert_uint_eq (m->matches->len, n->matches->len);
      const PxClaim *here = px_claims_get (corpus_claims[KCNA], i);
      double previous = 2;
      for (guint k = 0; k < m->matches->len; k++)
        {
          guint j = g_array_index (m->matches, guint, k);
          ck_assert_uint_eq (j, g_array_index (n->matches, guint, k));
          double s = px_claim_similarity (claim_rules, here,
                                          px_claims_get (corpus_claims[WASHINGTON_TIMES], j));
          ck_assert_double_ge (s, 0.3);
          ck_assert_double_le (s, previous);
          if (k == 0)
            ck_assert_double_eq (s, m->score);
          previous = s;
        }
      agree += m->verdict == PX_CLAIM_AGREE;
      partial += m->verdict == PX_CLAIM_PARTIAL;
      ck_assert_int_eq (m->verdict == PX_CLAIM_ABSENT, m->matches->len == 0);
    }
  /* The Washington Times quotes three of KCNA's sentences and carries the
   * title's words; it leaves most of the article out. */
  ck_assert_uint_ge (agree, 3);
  ck_assert_uint_ge (agree + partial, 4);
  ck_assert_uint_le (agree + partial, 8);
}
END_TEST

/* Two threads extracting with one rules object get what one thread
 * gets: the stemmer is per call. */
static gpointer
extract_in_thread (gpointer doc)
{
  return px_claims_extract (claim_rules, doc);
}

START_TEST (test_threads)
{
  GThread *threads[2];
  for (guint t = 0; t < 2; t++)
    threads[t] = g_thread_new ("claims", extract_in_thread, corpus[t == 0 ? KCNA : FIRSTPOST]);
  for (guint t = 0; t < 2; t++)
    {
      g_autoptr(PxClaims) got = g_thread_join (threads[t]);
      const PxClaims *want = corpus_claims[t == 0 ? KCNA : FIRSTPOST];
      ck_assert_uint_eq (px_claims_n (got), px_claims_n (want));
      for (guint i = 0; i < px_claims_n (got); i++)
        ck_assert_double_eq (px_claim_similarity (claim_rules, px_claims_get (got, i),
                                                  px_claims_get (want, i)), 1.0);
    }
}
END_TEST

/* ### Rules files */

typedef struct {
  const char *from, *to;    /* a change to rules/claims.yaml */
  const char *message;
  const char *at;           /* text of the changed file on the line the error
                               names; NULL: the line is not checked */
} BadRules;

static const BadRules bad_rules[] = {
  { "version: 1", "version: 2", "version 2 is not supported", "version: 2" },
  { "version: 1", "version: 1\nlemmas: []", "unknown key 'lemmas'", "lemmas" },
  { "min_terms: 3\n", "", "missing key 'min_terms'", NULL },
  { "min_terms: 3", "min_terms: -1", "expected a whole number", "min_terms: -1" },
  { "  partial: 0.3", "  partial: 0.8", "partial (0.8) is above agree (0.5)", "partial: 0.8" },
  { "  partial: 0.3", "  partial: 0", "partial must be above 0", "partial: 0" },
  { "  agree: 0.5", "  agree: 1.5", "agree: 1.5 is not between 0 and 1", "agree: 1.5" },
  { "  agree: 0.5", "  agree: high", "expected a number, found 'high'", "agree: high" },
  { "  agree: 0.5\n", "", "missing key 'agree'", NULL },
  { "  dates: 0.05\n", "", "missing key 'dates'", NULL },
  { "  dates: 0.05", "  dates: 0.05\n  quotes: 1", "unknown key 'quotes'", "quotes: 1" },
  { "  terms: 0.6", "  terms: 0", "terms must weigh more than 0", "terms: 0" },
  { "language: english", "language: klingon", "no stemmer for 'klingon'", "klingon" },
  { "keep_questions: false", "keep_questions: maybe", "expected true or false", "maybe" },
  { "stop_words: [\n", "stop_words: [\n  the,\n", "'the' is listed twice", NULL },
};
/* The 1-based line of @needle in @text. */
static guint
line_of (const char *text, const char *needle)
{
  const char *at = strstr (text, needle);
  ck_assert_ptr_nonnull (at);
  g_autofree char *before = g_strndup (text, (gsize) (at - text));
  return px_test_count_lines (before);
}

START_TEST (test_bad_rules)
{
  const BadRules *bad = &bad_rules[_i];
  g_autofree char *real = px_test_src_path ("rules/claims.yaml");
  g_autofree char *data = NULL;
  ck_assert (g_file_get_contents (real, &data, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (data, bad->from));
  g_auto(GStrv) parts = g_strsplit (data, bad->from, 2);
  g_autofree char *changed = g_strjoin (bad->to, parts[0], parts[1], NULL);
  g_autofree char *path = px_test_write ("claims.yaml", changed, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClaimRules) loaded = px_claim_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  g_autofree char *where = bad->at != NULL
                             ? g_strdup_printf ("%s:%u:", path, line_of (changed, bad->at))
                             : g_strdup_printf ("%s:", path);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, where, bad->message, NULL);
}
END_TEST

START_TEST (test_missing_file)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "none.yaml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClaimRules) loaded = px_claim_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  ck_assert_ptr_nonnull (error);
  ck_assert_ptr_nonnull (strstr (error->message, path));
}
END_TEST

START_TEST (test_default_rules)
{
  g_autoptr(GError) error = NULL;
  g_setenv ("PARALLAX_DATADIR", PX_ABS_TOP_SRCDIR, TRUE);
  g_autoptr(PxClaimRules) loaded = px_claim_rules_load_default (&error);
  ck_assert_msg (loaded != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (px_claim_verdict_name (PX_CLAIM_AGREE), "agree");
  ck_assert_str_eq (px_claim_verdict_name (PX_CLAIM_PARTIAL), "partial");
  ck_assert_str_eq (px_claim_verdict_name (PX_CLAIM_ABSENT), "absent");
}
END_TEST

Suite *
px_test_claims_suite (void)
{
  Suite *s = suite_create ("claims");

  TCase *extract = tcase_create ("extract");
  tcase_add_unchecked_fixture (extract, load_rules, NULL);
  tcase_add_test (extract, test_speaker_before_verb);
  tcase_add_test (extract, test_speaker_after_verb);
  tcase_add_test (extract, test_speaker_from_quote);
  tcase_add_test (extract, test_what_asserts);
  tcase_add_test (extract, test_stems);
  tcase_add_test (extract, test_dates_and_numbers);
  tcase_add_test (extract, test_entities_not_terms);
  tcase_add_test (extract, test_similarity_bounds);
  suite_add_tcase (s, extract);

  TCase *corpus_case = tcase_create ("corpus");
  tcase_add_unchecked_fixture (corpus_case, load_corpus, free_corpus);
  tcase_add_test (corpus_case, test_corpus_claims);
  tcase_add_test (corpus_case, test_mission_sentence_is_carried);
  tcase_add_test (corpus_case, test_tomahawk_sentence_is_absent);
  tcase_add_test (corpus_case, test_copy_agrees);
  tcase_add_test (corpus_case, test_other_event_is_absent);
  tcase_add_test (corpus_case, test_similarity_symmetric);
  tcase_add_test (corpus_case, test_alignment_order);
  tcase_add_test (corpus_case, test_threads);
  suite_add_tcase (s, corpus_case);

  TCase *files = tcase_create ("rules");
  tcase_add_loop_test (files, test_bad_rules, 0, G_N_ELEMENTS (bad_rules));
  tcase_add_test (files, test_missing_file);
  tcase_add_test (files, test_default_rules);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_claims_suite ());
}
