/* check-compare.c: px_compare() on small documents written for each test:
 * witnesses and the consensus, coverage and its ranking, who a missing
 * quote is credited to, dates that agree, the event window, echoes, and
 * thresholds set by a run. */
#include "config.h"

#include <string.h>

#include "align/align.h"
#include "px-test.h"

static const PxCompareRules *compare_rules;
static const PxClaimRules *claim_rules;

static void
load_rules (void)
{
  px_test_extract_rules ();
  compare_rules = px_test_compare_rules ();
  claim_rules = px_test_claim_rules ();
}

/* Documents to compare, each a story written to its own file. */
typedef struct {
  GPtrArray *docs;
} Set;

static void
set_add (Set *set, const char *text, const char *published)
{
  if (set->docs == NULL)
    set->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  g_autofree char *name = g_strdup_printf ("doc%u.txt", set->docs->len);
  g_autofree char *path = px_test_write (name, text, -1);
  g_ptr_array_add (set->docs, px_test_load_document (path, published, name));
}

static void
set_add_corpus (Set *set, const char *file, const char *published)
{
  if (set->docs == NULL)
    set->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  g_autofree char *rel = g_build_filename ("data/corpus", file, NULL);
  g_autofree char *path = px_test_src_path (rel);
  g_ptr_array_add (set->docs, px_test_load_document (path, published, file));
}

static PxComparison *
set_compare (Set *set, int primary)
{
  PxCompareOptions options = { .primary = primary, .n_threads = 2 };
  return px_compare (compare_rules, claim_rules, (PxDocument *const *) set->docs->pdata,
                     set->docs->len, &options);
}

static void
set_clear (Set *set)
{
  g_clear_pointer (&set->docs, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Set, set_clear)

static int
entity_index (const PxComparison *cmp, const char *id)
{
  for (guint e = 0; e < px_comparison_n_entities (cmp); e++)
    if (g_str_equal (px_comparison_get_entity (cmp, e)->id, id))
      return (int) e;
  return -1;
}

static gboolean
lists (const PxComparison *cmp, const GArray *list, const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (px_comparison_get_entity (cmp, g_array_index (list, guint, i))->id, id))
      return TRUE;
  return FALSE;
}

static const char story[] =
  "Japan opens a mission to NATO\n\n"
  "TOKYO -- Japan opened an independent mission to NATO in Brussels on Monday, the foreign "
  "ministry said, in a move that deepens ties between the alliance and Tokyo.\n\n"
  "Officials said the mission would coordinate work on cyber defence and maritime security "
  "with the alliance's member states over the coming years.\n\n"
  "China criticised the decision and said the alliance should stay out of Asia.\n";

/* A copy of a story is one witness with it; an independent story is not. */
START_TEST (test_republication_is_one_witness)
{
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, story, "2025-01-21");
  set_add (&set, "Seoul weighs its options\n\nSEOUL -- South Korea said on Monday it would "
           "study the plan of its neighbour and consult Washington before any decision on "
           "the matter, officials said.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, -1);
  ck_assert_uint_eq (px_comparison_get_witness (cmp, 1), 0);
  ck_assert_uint_eq (px_comparison_get_witness (cmp, 2), 2);
  ck_assert_uint_eq (px_comparison_n_witnesses (cmp), 2);
  ck_assert_uint_eq (px_comparison_n_pairs (cmp), 3);
  const PxDocumentPair *pair = px_comparison_get_pair (cmp, 0);
  ck_assert (pair->a == 0 && pair->b == 1 && pair->republication);
  ck_assert (pair->reuse > 0.99);
  ck_assert (pair->entity_jaccard > 0.99);
  ck_assert (!px_comparison_get_pair (cmp, 1)->republication);
}
END_TEST

/* Without a primary the reference is what more than half of the
 * witnesses carry: two copies of one story are not a majority. */
START_TEST (test_consensus_counts_witnesses)
{
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, story, "2025-01-20");
  set_add (&set, "Alliance expands in Asia\n\nBRUSSELS -- NATO welcomed Japan's new mission "
           "on Monday, its spokesman said, calling Japan a close partner of the alliance.\n",
           "2025-01-20");
  set_add (&set, "Alliance and Japan\n\nWASHINGTON -- Japan and NATO agreed on Monday to "
           "deepen their work together, officials in Washington said.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, -1);
  ck_assert_int_eq (px_comparison_get_primary (cmp), -1);
  ck_assert_uint_eq (px_comparison_n_witnesses (cmp), 3);
  int japan = entity_index (cmp, "japan"), china = entity_index (cmp, "china");
  ck_assert (japan >= 0 && china >= 0);
  ck_assert (px_comparison_get_entity (cmp, (guint) japan)->reference);
  /* China is in both copies of the first story, yet in one witness of three. */
  ck_assert (!px_comparison_get_entity (cmp, (guint) china)->reference);
  ck_assert (lists (cmp, px_comparison_get_adds (cmp, 0), "china"));
}
END_TEST

/* Adds and omits against a primary, most salient first. */
START_TEST (test_adds_and_omits_ranked)
{
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, "Mission opens\n\nTOKYO -- Japan opened a mission to NATO on Monday. Russia "
           "said the move was hostile, and Russia warned of consequences; Russia's envoy "
           "repeated it. India said nothing.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  const GArray *adds = px_comparison_get_adds (cmp, 1);
  const GArray *omits = px_comparison_get_omits (cmp, 1);
  ck_assert (lists (cmp, adds, "russia") && lists (cmp, adds, "india"));
  ck_assert (!lists (cmp, adds, "japan"));
  ck_assert (lists (cmp, omits, "china"));
  ck_assert_str_eq (px_comparison_get_entity (cmp, g_array_index (adds, guint, 0))->id, "russia");
  ck_assert_uint_eq (px_comparison_get_adds (cmp, 0)->len, 0);
  ck_assert_uint_eq (px_comparison_get_omits (cmp, 0)->len, 0);
}
END_TEST

/* An entity holds a presence for each document that names it, in
 * document order, and none for the others. */
START_TEST (test_presence_only_where_named)
{
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, "Seoul weighs its options\n\nSEOUL -- South Korea said on Monday it would "
           "consult Washington, officials said.\n", "2025-01-20");
  set_add (&set, "China objects\n\nBEIJING -- China said on Monday that the mission was a "
           "mistake, and China would respond.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  int china = entity_index (cmp, "china");
  ck_assert (china >= 0);
  const PxAlignedEntity *entity = px_comparison_get_entity (cmp, (guint) china);
  ck_assert_uint_eq (entity->n_present, 2);
  ck_assert_uint_eq (entity->present[0].doc, 0);
  ck_assert_uint_eq (entity->present[1].doc, 2);
  ck_assert_uint_eq (entity->present[1].count, 2);
  ck_assert (px_aligned_entity_in (entity, 0) == &entity->present[0]);
  ck_assert (px_aligned_entity_in (entity, 1) == NULL);
  ck_assert_uint_eq (px_aligned_entity_in (entity, 2)->count, 2);
  ck_assert (px_aligned_entity_in (entity, 2)->salience > 0);
  ck_assert (lists (cmp, px_comparison_get_omits (cmp, 1), "china"));
  ck_assert (!lists (cmp, px_comparison_get_omits (cmp, 2), "china"));
}
END_TEST

/* Without a primary, claims are aligned every witness against every
 * document only up to PX_COMPARE_ALL_PAIRS_MAX documents; with one,
 * always. */
START_TEST (test_claims_aligned_up_to_the_limit)
{
  g_auto (Set) set = { 0 };
  for (guint i = 0; i <= PX_COMPARE_ALL_PAIRS_MAX; i++)
    {
      g_autofree char *text = g_strdup_printf ("Report %u\n\nOfficials in Zorbia said on Monday "
                                               "that %u new schools had opened.\n", i, i + 2);
      set_add (&set, text, "2025-01-20");
    }
  g_autoptr(PxComparison) consensus = set_compare (&set, -1);
  ck_assert (!px_comparison_aligns_claims (consensus));
  ck_assert_uint_eq (px_comparison_n_claims (consensus), 0);
  g_autoptr(PxComparison) against_primary = set_compare (&set, 0);
  ck_assert (px_comparison_aligns_claims (against_primary));
  ck_assert_uint_gt (px_comparison_n_claims (against_primary), 0);
  g_ptr_array_set_size (set.docs, PX_COMPARE_ALL_PAIRS_MAX);
  g_autoptr(PxComparison) fewer = set_compare (&set, -1);
  ck_assert (px_comparison_aligns_claims (fewer));
  ck_assert_uint_gt (px_comparison_n_claims (fewer), 0);
}
END_TEST

static const PxQuoteFidelity *
quote_starting (const PxComparison *cmp, const char *words)
{
  for (guint i = 0; i < px_comparison_n_quotes (cmp); i++)
    {
      const PxQuoteFidelity *q = px_comparison_get_quote (cmp, i);
      const PxDocument *doc = px_comparison_get_document (cmp, q->doc);
      const PxQuote *quote = g_ptr_array_index (
        px_extraction_get_quotes (px_document_get_extraction (doc)), q->quote);
      g_autofree char *text = px_test_slice (px_document_get_text (doc), quote->span);
      if (g_str_has_prefix (text, words))
        return q;
    }
  return NULL;
}

/* A quote the primary lacks is a misquote when credited to the primary's
 * own outlet, someone else's words when credited to anyone else. */
START_TEST (test_missing_quote_and_its_speaker)
{
  g_auto (Set) set = { 0 };
  set_add_corpus (&set, "kcna-2025-01-20.txt", "2025-01-20");
  set_add (&set, "Pyongyang fumes\n\nSEOUL -- \"Japan is a reckless puppet of the alliance and "
           "will pay dearly for it,\" KCNA said on Monday.\n\n\"This is a blatant anachronism "
           "of the whole bloc,\" Vladimir Putin said last year.\n\n\"It set up its "
           "independent mission in NATO,\" KCNA said.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  const PxQuoteFidelity *invented = quote_starting (cmp, "Japan is a reckless puppet");
  const PxQuoteFidelity *other = quote_starting (cmp, "This is a blatant anachronism");
  const PxQuoteFidelity *real = quote_starting (cmp, "It set up its independent mission");
  ck_assert (invented != NULL && other != NULL && real != NULL);
  ck_assert_str_eq (px_verdict_name (invented->verdict), "absent");
  ck_assert_str_eq (invented->speaker, "kcna");
  ck_assert_str_eq (px_verdict_name (other->verdict), "absent_other_speaker");
  ck_assert_str_eq (other->speaker, "vladimir_putin");
  ck_assert_str_eq (px_verdict_name (real->verdict), "verbatim");
  ck_assert_int_eq (real->source_doc, 0);
}
END_TEST

/* "last week" on 2025-01-20 holds "Jan. 16": the dates agree, and the
 * day is not something the second document adds. */
START_TEST (test_dates_agree_by_overlap)
{
  g_auto (Set) set = { 0 };
  set_add (&set, "Mission opens\n\nTOKYO -- Japan opened a mission to NATO last week, the "
           "ministry said.\n", "2025-01-20");
  set_add (&set, "Mission opens\n\nBRUSSELS -- On Jan. 16, Japan opened a mission to NATO, "
           "and on Jan. 2 its envoy presented his letters, officials said.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  ck_assert_uint_eq (px_comparison_n_date_agreements (cmp), 1);
  const PxDateAgreement *agreement = px_comparison_get_date_agreement (cmp, 0);
  ck_assert (agreement->doc_a == 0 && agreement->doc_b == 1);
  const GArray *added = px_comparison_get_added_dates (cmp, 1);
  ck_assert_uint_eq (added->len, 1);
  const PxDate *date = g_ptr_array_index (
    px_extraction_get_dates (px_document_get_extraction (px_comparison_get_document (cmp, 1))),
    g_array_index (added, guint, 0));
  ck_assert_str_eq (date->value, "2025-01-02");
  ck_assert_uint_eq (px_comparison_n_mismatches (cmp), 0);
}
END_TEST

/* A report whose period is far from the primary's is about another
 * event, with the reason; within the window it is not. */
START_TEST (test_event_mismatch)
{
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, story, "2024-12-01");
  set_add (&set, "Liaison office\n\nTOKYO -- NATO plans to open a liaison office in Tokyo, "
           "officials said on Monday.\n", "2023-05-16");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  ck_assert_uint_eq (px_comparison_n_mismatches (cmp), 1);
  const PxEventMismatch *m = px_comparison_get_mismatch (cmp, 0);
  ck_assert_uint_eq (m->doc, 2);
  ck_assert_int_eq (m->days, -615);
  ck_assert_ptr_nonnull (strstr (m->reason, "615 days before"));
  ck_assert_ptr_nonnull (strstr (m->reason, "another event"));
  ck_assert_str_eq (px_comparison_get_period (cmp, 2)->basis, "published");
}
END_TEST

/* A report's own sentence that opens like one of the primary's, without
 * being its words, is an echo. */
START_TEST (test_sentence_echo)
{
  g_auto (Set) set = { 0 };
  set_add_corpus (&set, "kcna-2025-01-20.txt", "2025-01-20");
  set_add (&set, "Japan and NATO\n\nThe ministry spoke on Monday about the plan.\n\n"
           "All facts clearly show that Japan has become a reckless partner of the "
           "alliance, the analyst wrote.\n", "2025-01-20");
  g_autoptr(PxComparison) cmp = set_compare (&set, 0);
  ck_assert_uint_eq (px_comparison_n_echoes (cmp), 1);
  const PxEcho *echo = px_comparison_get_echo (cmp, 0);
  const PxDocument *primary = px_comparison_get_document (cmp, 0);
  g_autofree char *words = px_test_slice (px_document_get_text (primary), echo->source);
  ck_assert_str_eq (words, "All facts clearly");
}
END_TEST

/* Thresholds a run sets: checked by name and range, and obeyed. */
START_TEST (test_threshold_overrides)
{
  g_autofree char *path = px_test_src_path ("rules/compare.yaml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCompareRules) rules = px_compare_rules_load (path, &error);
  ck_assert_ptr_nonnull (rules);
  ck_assert (!px_compare_rules_override (rules, "reuse.ratio", 0.5, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "unknown threshold 'reuse.ratio'",
                        "reuse.republication_ratio", NULL);
  g_clear_error (&error);
  ck_assert (!px_compare_rules_override (rules, "consensus.share", 2, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "from 0 to 1", NULL);
  g_clear_error (&error);
  ck_assert (!px_compare_rules_override (rules, "dates.event_mismatch_days", 2.5, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "whole number", NULL);
  g_clear_error (&error);
  ck_assert (!px_compare_rules_override (rules, "reuse.min_passage_words", 2, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "at least reuse.shingle_words", NULL);
  g_clear_error (&error);

  ck_assert (px_compare_rules_override (rules, "dates.event_mismatch_days", 1000, &error));
  g_auto (Set) set = { 0 };
  set_add (&set, story, "2025-01-20");
  set_add (&set, story, "2023-05-16");
  PxCompareOptions options = { .primary = 0 };
  g_autoptr(PxComparison) cmp = px_compare (rules, claim_rules,
                                            (PxDocument *const *) set.docs->pdata,
                                            set.docs->len, &options);
  ck_assert_uint_eq (px_comparison_n_mismatches (cmp), 0);
}
END_TEST

/* The same inputs give the same comparison, whatever the thread count. */
START_TEST (test_threads_do_not_change_results)
{
  g_auto (Set) set = { 0 };
  set_add_corpus (&set, "kcna-2025-01-20.txt", "2025-01-20");
  set_add_corpus (&set, "firstpost-2025-01-20.txt", "2025-01-20");
  set_add_corpus (&set, "hotaaj-2025-01.txt", "2025-01");
  set_add_corpus (&set, "washingtontimes-2025-01-20.txt", "2025-01-20");
  PxCompareOptions one = { .primary = 0, .n_threads = 1 }, two = { .primary = 0, .n_threads = 2 };
  g_autoptr(PxComparison) a = px_compare (compare_rules, claim_rules,
                                          (PxDocument *const *) set.docs->pdata, set.docs->len, &one);
  g_autoptr(PxComparison) b = px_compare (compare_rules, claim_rules,
                                          (PxDocument *const *) set.docs->pdata, set.docs->len, &two);
  ck_assert_uint_eq (px_comparison_n_quotes (a), px_comparison_n_quotes (b));
  for (guint i = 0; i < px_comparison_n_quotes (a); i++)
    {
      const PxQuoteFidelity *x = px_comparison_get_quote (a, i), *y = px_comparison_get_quote (b, i);
      ck_assert (x->doc == y->doc && x->quote == y->quote && x->verdict == y->verdict);
      ck_assert (x->source.start == y->source.start && x->source.end == y->source.end);
    }
  ck_assert_uint_eq (px_comparison_n_entities (a), px_comparison_n_entities (b));
  for (guint e = 0; e < px_comparison_n_entities (a); e++)
    ck_assert_str_eq (px_comparison_get_entity (a, e)->id, px_comparison_get_entity (b, e)->id);
  ck_assert_uint_eq (px_comparison_n_claims (a), px_comparison_n_claims (b));
}
END_TEST

Suite *
px_test_compare_suite (void)
{
  Suite *s = suite_create ("compare");
  TCase *tc = tcase_create ("compare");
  tcase_set_timeout (tc, 60);
  tcase_add_unchecked_fixture (tc, load_rules, NULL);
  tcase_add_test (tc, test_republication_is_one_witness);
  tcase_add_test (tc, test_consensus_counts_witnesses);
  tcase_add_test (tc, test_adds_and_omits_ranked);
  tcase_add_test (tc, test_presence_only_where_named);
  tcase_add_test (tc, test_claims_aligned_up_to_the_limit);
  tcase_add_test (tc, test_missing_quote_and_its_speaker);
  tcase_add_test (tc, test_dates_agree_by_overlap);
  tcase_add_test (tc, test_event_mismatch);
  tcase_add_test (tc, test_sentence_echo);
  tcase_add_test (tc, test_threshold_overrides);
  tcase_add_test (tc, test_threads_do_not_change_results);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_compare_suite ());
}
