/* check-reuse.c: text reuse between documents (src/align/reuse.c), on
 * made-up documents whose shared passages are known, and on the corpus,
 * where hotaaj republishes Firstpost. */
#include "config.h"

#include <string.h>

#include "align/align-private.h"
#include "px-test.h"

/* rules/compare.yaml of the source tree, shared with the forked tests. */
static const PxCompareRules *rules;

static void
load_rules (void)
{
  rules = px_test_compare_rules ();
}

/* Documents given as strings, with their tokens. */
typedef struct {
  GPtrArray *texts;         /* (element-type utf8) */
  GPtrArray *tokens;        /* (element-type GArray of PxAlignToken) */
} Docs;

static void
docs_clear (Docs *docs)
{
  g_clear_pointer (&docs->texts, g_ptr_array_unref);
  g_clear_pointer (&docs->tokens, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Docs, docs_clear)

static Docs
docs_new (void)
{
  return (Docs) { g_ptr_array_new_with_free_func (g_free),
                  g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref) };
}

/* Adds a document of @text (taken), tokenized whole. */
static void
docs_add (Docs *docs, char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  px_align_tokenize (rules, text, (PxSpan) { 0, strlen (text) }, PX_ALIGN_SENTENCE_START, tokens);
  g_ptr_array_add (docs->texts, text);
  g_ptr_array_add (docs->tokens, tokens);
}

static GArray *
reuse (const Docs *docs, guint n_threads)
{
  GArray *pairs = px_align_reuse (rules, (GArray *const *) docs->tokens->pdata, docs->tokens->len,
                                  n_threads);
  ck_assert_ptr_nonnull (pairs);
  return pairs;
}

/* @n words "<prefix>0 <prefix>1 ...": words no other prefix shares. */
static char *
words (const char *prefix, guint n)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s%u", i > 0 ? " " : "", prefix, i);
  return g_string_free (s, FALSE);
}

static const PxReusePair *
pair_at (const GArray *pairs, guint i)
{
  ck_assert_uint_lt (i, pairs->len);
  return &g_array_index (pairs, PxReusePair, i);
}

static const PxReusePassage *
passage_at (const PxReusePair *pair, guint i)
{
  ck_assert_uint_lt (i, pair->passages->len);
  return &g_array_index (pair->passages, PxReusePassage, i);
}

/* Asserts that @span of document @doc reads @expected. */
static void
assert_span (const Docs *docs, guint doc, PxSpan span, const char *expected)
{
  const char *text = docs->texts->pdata[doc];
  ck_assert_uint_le (span.end, strlen (text));
  g_autofree char *got = g_strndup (text + span.start, span.end - span.start);
  ck_assert_str_eq (got, expected);
}

/* Asserts the one passage of the pair (@a, @b) reads @expected on both sides. */
static void
assert_one_passage (const Docs *docs, const PxReusePair *pair, guint a, guint b,
                    const char *expected, guint n_words)
{
  ck_assert_uint_eq (pair->a, a);
  ck_assert_uint_eq (pair->b, b);
  ck_assert_uint_eq (pair->passages->len, 1);
  const PxReusePassage *p = passage_at (pair, 0);
  ck_assert_uint_eq (p->words, n_words);
  assert_span (docs, a, p->a, expected);
  assert_span (docs, b, p->b, expected);
}

/* ### Pairs of made-up documents */

START_TEST (test_identical)
{
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, words ("same", 40));
  docs_add (&docs, words ("same", 40));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  g_autofree char *all = words ("same", 40);
  assert_one_passage (&docs, pair, 0, 1, all, 40);
  ck_assert_double_eq (pair->ratio, 1.0);
  ck_assert_double_eq (pair->ratio_a, 1.0);
  ck_assert_double_eq (pair->ratio_b, 1.0);
}
END_TEST

START_TEST (test_disjoint)
{
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, words ("one", 300));
  docs_add (&docs, words ("two", 300));
  docs_add (&docs, g_strdup (""));
  g_autoptr(GArray) pairs = reuse (&docs, 2);
  ck_assert_uint_eq (pairs->len, 0);
}
END_TEST

/* A 20-word passage at different places in two otherwise different
 * documents, with punctuation and case that reuse ignores. */
START_TEST (test_planted_passage)
{
  g_autofree char *shared = words ("p", 20);
  g_autofree char *a_before = words ("a", 30), *a_after = words ("x", 10);
  g_autofree char *b_before = words ("b", 15), *b_after = words ("y", 25);
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, g_strdup_printf ("%s. %s, %s.", a_before, shared, a_after));
  docs_add (&docs, g_strdup_printf ("%s: %s; %s", b_before, shared, b_after));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  assert_one_passage (&docs, pair, 0, 1, shared, 20);
  /* 60 words against 60: both ratios 1/3. */
  ck_assert_double_eq_tol (pair->ratio_a, 20.0 / 60, 1e-12);
  ck_assert_double_eq_tol (pair->ratio_b, 20.0 / 60, 1e-12);
  ck_assert_double_eq_tol (pair->ratio, 20.0 / 60, 1e-12);
}
END_TEST

/* The ratio is the shorter document's; passages in a's order. */
START_TEST (test_ratio_of_shorter_and_order)
{
  g_autofree char *p1 = words ("first", 10), *p2 = words ("second", 12);
  g_autofree char *filler = words ("f", 100), *other = words ("o", 8);
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, g_strdup_printf ("%s %s %s", p1, filler, p2));
  docs_add (&docs, g_strdup_printf ("%s %s %s", p2, other, p1));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  ck_assert_uint_eq (pair->passages->len, 2);
  assert_span (&docs, 0, passage_at (pair, 0)->a, p1);
  assert_span (&docs, 1, passage_at (pair, 0)->b, p1);
  assert_span (&docs, 0, passage_at (pair, 1)->a, p2);
  assert_span (&docs, 1, passage_at (pair, 1)->b, p2);
  ck_assert_double_eq_tol (pair->ratio_a, 22.0 / 122, 1e-12);
  ck_assert_double_eq_tol (pair->ratio_b, 22.0 / 30, 1e-12);
  ck_assert_double_eq_tol (pair->ratio, 22.0 / 30, 1e-12);
}
END_TEST

/* One word short of min_passage_words is not reuse, however many shingles
 * it holds; the minimum itself is. */
START_TEST (test_below_minimum)
{
  guint min = rules->reuse_min_words;
  g_autofree char *short_run = words ("s", min - 1), *run = words ("r", min);
  g_autofree char *short_too = words ("t", min - 1);
  g_autofree char *a = words ("a", 50), *b = words ("b", 50), *c = words ("c", 50);
  g_auto (Docs) docs = docs_new ();
  /* Two short runs: together enough shingles to be a candidate, which
   * verification then rejects. */
  docs_add (&docs, g_strdup_printf ("%s %s %s", short_too, a, short_run));
  docs_add (&docs, g_strdup_printf ("%s %s %s %s", short_run, b, short_too, run));
  docs_add (&docs, g_strdup_printf ("%s %s", run, c));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  assert_one_passage (&docs, pair_at (pairs, 0), 1, 2, run, min);
}
END_TEST

/* A paragraph printed twice in one document and once in the other is
 * matched once: the other's copy is used up by the first match. */
START_TEST (test_repeated_passage_matched_once)
{
  g_autofree char *p = words ("rep", 12);
  g_autofree char *x = words ("x", 20), *y = words ("y", 20), *z = words ("z", 30);
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, g_strdup_printf ("%s %s %s %s", p, x, p, y));
  docs_add (&docs, g_strdup_printf ("%s %s", z, p));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  assert_one_passage (&docs, pair, 0, 1, p, 12);
  /* The earlier copy in a wins the tie. */
  ck_assert_uint_eq (passage_at (pair, 0)->a.start, 0);
  ck_assert_double_eq_tol (pair->ratio_a, 12.0 / 64, 1e-12);
  ck_assert_double_eq_tol (pair->ratio_b, 12.0 / 42, 1e-12);
}
END_TEST

/* A long passage is kept whole before a shorter one that overlaps it. */
START_TEST (test_longest_first)
{
  g_autofree char *head = words ("h", 10), *tail = words ("t", 10), *mid = words ("m", 5);
  g_autofree char *f1 = words ("f", 30), *g1 = words ("g", 30);
  g_auto (Docs) docs = docs_new ();
  /* a: H T ... H M;  b: H T.  H T (20 words) must win over H (10). */
  docs_add (&docs, g_strdup_printf ("%s %s %s %s %s", head, tail, f1, head, mid));
  docs_add (&docs, g_strdup_printf ("%s %s %s", g1, head, tail));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  g_autofree char *both = g_strdup_printf ("%s %s", head, tail);
  assert_one_passage (&docs, pair_at (pairs, 0), 0, 1, both, 20);
}
END_TEST

/* An elision stands for unknown words: it matches nothing, even another
 * elision, and splits a passage. */
START_TEST (test_elision_splits)
{
  g_autofree char *p1 = words ("left", 9), *p2 = words ("right", 9);
  g_autofree char *a = words ("a", 20), *b = words ("b", 20);
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, g_strdup_printf ("%s %s ... %s", a, p1, p2));
  docs_add (&docs, g_strdup_printf ("%s ... %s %s", p1, p2, b));
  g_autoptr(GArray) pairs = reuse (&docs, 1);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  ck_assert_uint_eq (pair->passages->len, 2);
  ck_assert_uint_eq (passage_at (pair, 0)->words, 9);
  ck_assert_uint_eq (passage_at (pair, 1)->words, 9);
}
END_TEST

/* Three documents, each pair sharing its own passage. */
START_TEST (test_three_documents)
{
  g_autofree char *ab = words ("ab", 10), *bc = words ("bc", 11), *ac = words ("ac", 12);
  g_autofree char *f = words ("f", 20), *g = words ("g", 20), *h = words ("h", 20);
  g_auto (Docs) docs = docs_new ();
  docs_add (&docs, g_strdup_printf ("%s %s %s", ab, f, ac));
  docs_add (&docs, g_strdup_printf ("%s %s %s", bc, g, ab));
  docs_add (&docs, g_strdup_printf ("%s %s %s", ac, h, bc));
  g_autoptr(GArray) pairs = reuse (&docs, 2);
  ck_assert_uint_eq (pairs->len, 3);
  assert_one_passage (&docs, pair_at (pairs, 0), 0, 1, ab, 10);
  assert_one_passage (&docs, pair_at (pairs, 1), 0, 2, ac, 12);
  assert_one_passage (&docs, pair_at (pairs, 2), 1, 2, bc, 11);
}
END_TEST

/* A phrase in more documents than reuse.c's MAX_SHINGLE_DOCUMENTS (1000)
 * is boilerplate: it makes no pair by itself, but a pair that shares
 * something else reports it too. */
START_TEST (test_boilerplate)
{
  g_autofree char *boilerplate = words ("boiler", 10), *shared = words ("shared", 12);
  g_auto (Docs) docs = docs_new ();
  for (guint d = 0; d < 1002; d++)
    {
      g_autofree char *prefix = g_strdup_printf ("d%uw", d);
      g_autofree char *own = words (prefix, 20);
      docs_add (&docs, g_strdup_printf ("%s %s %s", own, boilerplate, d < 2 ? shared : ""));
    }
  g_autoptr(GArray) pairs = reuse (&docs, 2);
  ck_assert_uint_eq (pairs->len, 1);
  const PxReusePair *pair = pair_at (pairs, 0);
  ck_assert_uint_eq (pair->a, 0);
  ck_assert_uint_eq (pair->b, 1);
  ck_assert_uint_eq (pair->passages->len, 1);
  /* The boilerplate and the shared words follow each other: one passage. */
  g_autofree char *both = g_strdup_printf ("%s %s", boilerplate, shared);
  assert_one_passage (&docs, pair, 0, 1, both, 22);
}
END_TEST

/* ### Threads */

/* @n documents of 200 words from a 400-word vocabulary, each also copying
 * runs of another document's words. */
static Docs
random_docs (guint n, guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_auto (Docs) docs = docs_new ();
  g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint w = 0; w < 200; w++)
        g_string_append_printf (s, "v%d ", g_rand_int_range (rand, 0, 400));
      g_ptr_array_add (plain, g_string_free (g_steal_pointer (&s), FALSE));
    }
  for (guint d = 0; d < n; d++)
    {
      const char *source = plain->pdata[g_rand_int_range (rand, 0, (gint32) n)];
      guint from = (guint) g_rand_int_range (rand, 0, 400), len = (guint) g_rand_int_range (rand, 0, 400);
      from = MIN (from, (guint) strlen (source));
      len = MIN (len, (guint) strlen (source) - from);
      docs_add (&docs, g_strdup_printf ("%s %.*s", (const char *) plain->pdata[d], (int) len,
                                        source + from));
    }
  Docs out = docs;
  docs = (Docs) { NULL, NULL };
  return out;
}

static void
assert_same_pairs (const GArray *x, const GArray *y)
{
  ck_assert_uint_eq (x->len, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      const PxReusePair *p = pair_at (x, i), *q = pair_at (y, i);
      ck_assert_uint_eq (p->a, q->a);
      ck_assert_uint_eq (p->b, q->b);
      ck_assert (p->ratio == q->ratio && p->ratio_a == q->ratio_a && p->ratio_b == q->ratio_b);
      ck_assert_uint_eq (p->passages->len, q->passages->len);
      for (guint k = 0; k < p->passages->len; k++)
        {
          const PxReusePassage *u = passage_at (p, k), *v = passage_at (q, k);
          ck_assert (u->a.start == v->a.start && u->a.end == v->a.end);
          ck_assert (u->b.start == v->b.start && u->b.end == v->b.end);
          ck_assert_uint_eq (u->words, v->words);
        }
    }
}

START_TEST (test_threads_agree)
{
  g_auto (Docs) docs = random_docs (60, 7);
  g_autoptr(GArray) one = reuse (&docs, 1);
  g_autoptr(GArray) two = reuse (&docs, 2);
  g_autoptr(GArray) many = reuse (&docs, 16);
  ck_assert_uint_gt (one->len, 10);   /* the documents do share passages */
  assert_same_pairs (one, two);
  assert_same_pairs (one, many);
  for (guint i = 1; i < one->len; i++)
    {
      const PxReusePair *p = pair_at (one, i - 1), *q = pair_at (one, i);
      ck_assert (p->a < q->a || (p->a == q->a && p->b < q->b));
      ck_assert_uint_lt (q->a, q->b);
    }
}
END_TEST

START_TEST (test_no_documents)
{
  g_autoptr(GArray) pairs = px_align_reuse (rules, NULL, 0, 2);
  ck_assert_ptr_nonnull (pairs);
  ck_assert_uint_eq (pairs->len, 0);
}
END_TEST

/* ### The corpus */

static const char *const corpus[] = {
  "hotaaj-2025-01.txt", "firstpost-2025-01-20.txt", "kcna-2025-01-20.txt",
  "rt-2023-05-16.txt", "washingtontimes-2025-01-20.txt",
};
enum { HOTAAJ, FIRSTPOST, KCNA, RT, WASHINGTONTIMES };

/* The body tokens of a corpus file loaded as a run loads it: each
 * sentence's, the first flagged as such. */
static GArray *
corpus_tokens (const PxRules *doc_rules, const PxCompareRules *compare_rules, const char *file)
{
  g_autofree char *rel = g_build_filename ("data/corpus", file, NULL);
  g_autofree char *path = px_test_src_path (rel);
  PxRunSource source = { .path = path, .outlet = file };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_document_load (&source, doc_rules, 0, &error);
  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  gsize len = 0;
  const char *text = px_text_get_normalized (px_document_get_text (doc), &len);
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  for (guint s = 0; s < px_segmentation_n_sentences (seg); s++)
    px_align_tokenize (compare_rules, text, px_segmentation_get_sentence (seg, s)->span,
                       PX_ALIGN_SENTENCE_START, tokens);
  return tokens;
}

/* The pair (@a, @b) of @pairs (@a < @b), or NULL. */
static const PxReusePair *
find_pair (const GArray *pairs, guint a, guint b)
{
  for (guint i = 0; i < pairs->len; i++)
    if (pair_at (pairs, i)->a == a && pair_at (pairs, i)->b == b)
      return pair_at (pairs, i);
  return NULL;
}

START_TEST (test_corpus)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRules) doc_rules = px_rules_load_default (&error);
  ck_assert_msg (doc_rules != NULL, "%s", error != NULL ? error->message : "");
  g_autoptr(PxCompareRules) defaults = px_compare_rules_load_default (&error);
  ck_assert_msg (defaults != NULL, "%s", error != NULL ? error->message : "");
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    g_ptr_array_add (tokens, corpus_tokens (doc_rules, defaults, corpus[i]));
  g_autoptr(GArray) pairs = px_align_reuse (defaults, (GArray *const *) tokens->pdata,
                                            tokens->len, 2);

  /* hotaaj republishes Firstpost's story with its own additions. */
  const PxReusePair *repub = find_pair (pairs, HOTAAJ, FIRSTPOST);
  ck_assert_ptr_nonnull (repub);
  ck_assert_msg (repub->ratio > 0.9, "hotaaj/firstpost ratio %.3f", repub->ratio);
  ck_assert (repub->ratio >= defaults->republication_ratio);
  /* Firstpost quotes KCNA in a phrase or two; the Washington Times quotes
   * it at more length, but no one republishes it. */
  const PxReusePair *quoted = find_pair (pairs, FIRSTPOST, KCNA);
  ck_assert_msg (quoted == NULL || quoted->ratio < 0.05, "firstpost/kcna ratio %.3f",
                 quoted->ratio);
  for (guint other = 0; other < G_N_ELEMENTS (corpus); other++)
    {
      const PxReusePair *kcna = find_pair (pairs, MIN (KCNA, other), MAX (KCNA, other));
      ck_assert_msg (kcna == NULL || kcna->ratio < defaults->republication_ratio / 2,
                     "kcna/%s ratio %.3f", corpus[other], kcna != NULL ? kcna->ratio : 0);
    }
  /* RT's story is about something else. */
  for (guint i = 0; i < pairs->len; i++)
    ck_assert_msg (pair_at (pairs, i)->a != RT && pair_at (pairs, i)->b != RT,
                   "rt shares a passage with %s", corpus[pair_at (pairs, i)->a == RT
                                                         ? pair_at (pairs, i)->b
                                                         : pair_at (pairs, i)->a]);
}
END_TEST

Suite *
px_test_reuse_suite (void)
{
  Suite *s = suite_create ("reuse");

  TCase *pairs = tcase_create ("pairs");
  tcase_add_unchecked_fixture (pairs, load_rules, NULL);
  tcase_add_test (pairs, test_identical);
  tcase_add_test (pairs, test_disjoint);
  tcase_add_test (pairs, test_planted_passage);
  tcase_add_test (pairs, test_ratio_of_shorter_and_order);
  tcase_add_test (pairs, test_below_minimum);
  tcase_add_test (pairs, test_repeated_passage_matched_once);
  tcase_add_test (pairs, test_longest_first);
  tcase_add_test (pairs, test_elision_splits);
  tcase_add_test (pairs, test_three_documents);
  tcase_add_test (pairs, test_boilerplate);
  suite_add_tcase (s, pairs);

  TCase *threads = tcase_create ("threads");
  tcase_add_unchecked_fixture (threads, load_rules, NULL);
  tcase_add_test (threads, test_threads_agree);
  tcase_add_test (threads, test_no_documents);
  suite_add_tcase (s, threads);

  TCase *corpus_case = tcase_create ("corpus");
  tcase_add_test (corpus_case, test_corpus);
  tcase_set_timeout (corpus_case, 30);
  suite_add_tcase (s, corpus_case);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_reuse_suite ());
}
