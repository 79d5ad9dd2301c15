/* bench-compare.c: times the whole comparison over generated clusters, from
 * files to verdicts, and checks the verdicts.
 *
 *   bench-compare [--threads T] [--sizes N,N...] [--oracle M] [--full N] DIR
 *
 * DIR is written by bench/gen-clusters.py: doc-*.txt and truth.json.  The
 * run has three timed phases (docs/bench.md, "The whole comparison"):
 *
 * (a) opening the gazetteer (the bundled one, through its compiled cache
 *     in $XDG_CACHE_HOME/parallax/, as the program opens it) and the rules:
 *     not part of the targets;
 * (b) loading, cleaning, segmenting and extracting the documents
 *     (px_document_load, px_document_extract with one PxExtractRules shared
 *     by T threads of a GThreadPool), in stages: the first N documents of
 *     each size are done once, so the time for N is the sum of the stages
 *     up to N;
 * (c) comparing them, for each size N:
 *     - all pairs: every document's body tokens (as px_compare tokenizes
 *       them) and px_align_reuse over the N documents on T threads, the
 *       text reuse part of px_compare;
 *     - per cluster: px_compare of each event cluster's documents against
 *       its primary (options.primary), the clusters shared by T threads of
 *       a GThreadPool, which gives every quote its verdict;
 *     - with --full N (default 0: never), px_compare without a primary
 *       over all the documents of each size up to N, each part timed.
 *
 * Scores, for each size: pairs of the all-pairs run whose ratio reaches
 * republication_ratio against the planted reprint pairs, and the verdicts
 * of the quotes of the paraphrases against truth.json (recall: planted
 * quotes found with their verdict; precision: quotes the extractor found
 * in paraphrases that carry the planted verdict; "absent_other_speaker"
 * counts as "absent").  On the first M documents (default 200; 0: none),
 * reuse is checked against bench-reuse's brute-force oracle, and each
 * planted quote against a brute-force quote oracle: its words searched
 * exhaustively, independently of the extractor and of src/align, in the
 * primary's file.
 *
 * Prints tables.  Exits 1 when a recall or precision falls below
 * BENCH_MIN_SCORE at any size or an oracle disagrees.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "align/comparison.h"
#include "bench-util.h"
#include "claims/claims.h"
#include "run/run.h"

/* The time targets, in wall-clock milliseconds after the
 * gazetteer is open: 1,000 articles end to end, and 10,000. */
#define TARGET_1000_MS 2000.0
#define TARGET_10000_MS 30000.0

/* ### Words, as the quote oracle reads them */

/* An elision ("..." or U+2026) among the words. */
#define ELISION "..."

/* The words of @text (@len bytes): runs of ASCII letters and digits, lower
 * case, and ELISION for "..." or "…"; everything else separates them.
 * Enough for gen-clusters.py's text, and written without src/align.
 * (transfer full) (element-type utf8) */
static GPtrArray *
split_words (const char *text, gsize len)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i < len;)
    {
      if (g_ascii_isalnum (text[i]))
        {
          gsize start = i;
          while (i < len && g_ascii_isalnum (text[i]))
            i++;
          g_ptr_array_add (words, g_ascii_strdown (text + start, (gssize) (i - start)));
        }
      else if (i + 3 <= len && memcmp (text + i, "...", 3) == 0)
        {
          g_ptr_array_add (words, g_strdup (ELISION));
          i += 3;
        }
      else if (i + 3 <= len && memcmp (text + i, "\xe2\x80\xa6", 3) == 0)
        {
          g_ptr_array_add (words, g_strdup (ELISION));
          i += 3;
        }
      else
        i++;
    }
  return words;
}

/* The words joined by spaces: a key that quotes are matched by. */
static char *
words_key (const char *text, gsize len)
{
  g_autoptr(GPtrArray) words = split_words (text, len);
  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **) words->pdata);
}

/* ### Input */

typedef struct {
  guint doc;
  char *key;                /* words_key of the text as printed */
  char *text;
  PxVerdict verdict;
} TruthQuote;

typedef struct {
  GPtrArray *files;         /* (element-type utf8) paths, in document order */
  GArray *cluster;          /* (element-type guint) per document */
  GArray *primary;          /* (element-type gint) per document: its cluster's
                               primary, -1 for a primary */
  GArray *paraphrase;       /* (element-type gboolean) per document */
  GHashTable *reprints;     /* bench_pair_key(a, b) of every planted reprint pair */
  GArray *quotes;           /* (element-type TruthQuote) in document order */
} Truth;

static void
truth_quote_clear (TruthQuote *quote)
{
  g_free (quote->key);
  g_free (quote->text);
}

static void
truth_clear (Truth *truth)
{
  g_clear_pointer (&truth->files, g_ptr_array_unref);
  g_clear_pointer (&truth->cluster, g_array_unref);
  g_clear_pointer (&truth->primary, g_array_unref);
  g_clear_pointer (&truth->paraphrase, g_array_unref);
  g_clear_pointer (&truth->reprints, g_hash_table_unref);
  g_clear_pointer (&truth->quotes, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Truth, truth_clear)

static gboolean
parse_verdict (const char *name, PxVerdict *out)
{
  for (PxVerdict v = PX_VERDICT_VERBATIM; v <= PX_VERDICT_ABSENT; v++)
    if (g_strcmp0 (name, px_verdict_name (v)) == 0)
      {
        *out = v;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_truth (const char *dir, Truth *truth, GError **error)
{
  g_autofree char *path = g_build_filename (dir, "truth.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, path, error))
    return FALSE;
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *docs = json_object_get_array_member (root, "documents");
  JsonArray *reprints = json_object_get_array_member (root, "reprints");
  JsonArray *quotes = json_object_get_array_member (root, "quotes");
  if (docs == NULL || reprints == NULL || quotes == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "%s: no documents, reprints or quotes", path);
      return FALSE;
    }
  truth->files = g_ptr_array_new_with_free_func (g_free);
  truth->cluster = g_array_new (FALSE, FALSE, sizeof (guint));
  truth->primary = g_array_new (FALSE, FALSE, sizeof (gint));
  truth->paraphrase = g_array_new (FALSE, FALSE, sizeof (gboolean));
  truth->reprints = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  truth->quotes = g_array_new (FALSE, FALSE, sizeof (TruthQuote));
  g_array_set_clear_func (truth->quotes, (GDestroyNotify) truth_quote_clear);
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *doc = json_array_get_object_element (docs, i);
      g_ptr_array_add (truth->files,
                       g_build_filename (dir, json_object_get_string_member (doc, "file"), NULL));
      guint cluster = (guint) json_object_get_int_member (doc, "cluster");
      gint primary = json_object_get_null_member (doc, "source")
                       ? -1 : (gint) json_object_get_int_member (doc, "source");
      gboolean paraphrase =
        g_strcmp0 (json_object_get_string_member (doc, "role"), "paraphrase") == 0;
      g_array_append_val (truth->cluster, cluster);
      g_array_append_val (truth->primary, primary);
      g_array_append_val (truth->paraphrase, paraphrase);
    }
  for (guint i = 0; i < json_array_get_length (reprints); i++)
    {
      JsonArray *pair = json_array_get_array_element (reprints, i);
      guint64 *key = g_new (guint64, 1);
      *key = bench_pair_key ((guint) json_array_get_int_element (pair, 0),
                             (guint) json_array_get_int_element (pair, 1));
      g_hash_table_add (truth->reprints, key);
    }
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      const char *text = json_object_get_string_member (q, "text");
      TruthQuote quote = {
        .doc = (guint) json_object_get_int_member (q, "document"),
        .key = words_key (text, strlen (text)),
        .text = g_strdup (text),
      };
      if (!parse_verdict (json_object_get_string_member (q, "verdict"), &quote.verdict)
          || quote.doc >= truth->files->len)
        {
          truth_quote_clear (&quote);
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: quote %u is malformed",
                       path, i);
          return FALSE;
        }
      g_array_append_val (truth->quotes, quote);
    }
  return TRUE;
}

/* ### (a) The gazetteer and the rules */

typedef struct {
  PxRules *rules;
  PxExtractRules *extract;
  PxCompareRules *compare;
  PxClaimRules *claims;
  PxGazetteerCacheStatus cache_status;
  guint n_entities;
} Setup;

static void
setup_clear (Setup *setup)
{
  g_clear_pointer (&setup->rules, px_rules_free);
  g_clear_pointer (&setup->extract, px_extract_rules_free);
  g_clear_pointer (&setup->compare, px_compare_rules_free);
  g_clear_pointer (&setup->claims, px_claim_rules_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Setup, setup_clear)

/* The bundled gazetteer through the cache the program uses, and every
 * rules file with their defaults. */
static gboolean
open_setup (Setup *setup, GError **error)
{
  g_autoptr(PxNameRules) names = px_name_rules_load_default (error);
  if (names == NULL)
    return FALSE;
  g_autofree char *bundled = px_data_path ("data/gazetteer");
  const char *paths[] = { bundled, NULL };
  PxGazetteerOptions options = { px_name_rules_caps_only_max_letters (names) };
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "parallax", NULL);
  g_autofree char *cache = g_build_filename (cache_dir, "gazetteer.pxg", NULL);
  g_mkdir_with_parents (cache_dir, 0755);
  g_autoptr(PxGazetteer) gaz =
    px_gazetteer_load_cached (paths, &options, cache, &setup->cache_status, NULL, error);
  if (gaz == NULL)
    return FALSE;
  setup->n_entities = px_gazetteer_n_entities (gaz);
  return (setup->extract = px_extract_rules_load_default (gaz, error)) != NULL
         && (setup->rules = px_rules_load_default (error)) != NULL
         && (setup->compare = px_compare_rules_load_default (error)) != NULL
         && (setup->claims = px_claim_rules_load_default (error)) != NULL;
}

/* ### (b) Loading and extracting */

typedef struct {
  const Setup *setup;
  const GPtrArray *files;
  PxDocument **docs;
  gint failed;              /* the first document that failed, plus one */
} ExtractJob;

static void
extract_one (gpointer item, gpointer data)
{
  ExtractJob *job = data;
  guint d = GPOINTER_TO_UINT (item) - 1;
  const char *path = g_ptr_array_index (job->files, d);
  PxRunSource source = { .path = path, .given = path, .role = PX_ROLE_REPORT };
  g_autoptr(GError) error = NULL;
  PxDocument *doc = px_document_load (&source, job->setup->rules, 0, &error);
  if (doc == NULL)
    {
      g_atomic_int_compare_and_exchange (&job->failed, 0, (gint) d + 1);
      return;
    }
  px_document_extract (doc, job->setup->extract);
  job->docs[d] = doc;
}

/* Loads and extracts documents @from .. @to - 1 on @n_threads threads. */
static gboolean
extract_range (ExtractJob *job, guint from, guint to, guint n_threads)
{
  GThreadPool *pool = g_thread_pool_new (extract_one, job, (gint) n_threads, FALSE, NULL);
  for (guint d = from; d < to; d++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (d + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  return job->failed == 0;
}

/* ### (c) All pairs: text reuse */

typedef struct {
  const PxCompareRules *rules;
  PxDocument *const *docs;
  GArray **tokens;
  guint n;
  gint next;
} TokenizeJob;

/* A document's body as px_compare tokenizes it for reuse: sentence by
 * sentence, the first one also marked as the start of a range. */
static GArray *
body_tokens (const PxCompareRules *rules, const PxDocument *doc)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  const char *data = px_text_get_normalized (px_document_get_text (doc), NULL);
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    px_align_tokenize (rules, data, px_segmentation_get_sentence (seg, i)->span,
                       PX_ALIGN_SENTENCE_START | (i == 0 ? PX_ALIGN_BREAK : 0), out);
  return out;
}

static gpointer
tokenize_worker (gpointer data)
{
  TokenizeJob *job = data;
  for (guint d; (d = (guint) g_atomic_int_add (&job->next, 1)) < job->n;)
    {
      g_clear_pointer (&job->tokens[d], g_array_unref);
      job->tokens[d] = body_tokens (job->rules, job->docs[d]);
    }
  return NULL;
}

/* ### (c) Per cluster: px_compare against the primary */

/* One cluster's documents, the primary first, and what came out. */
typedef struct {
  GArray *docs;             /* (element-type guint) global indices */
  GArray *verdicts;         /* (element-type PxVerdict) per extracted quote of
                               each member, in the comparison's order */
  GArray *quote_docs;       /* (element-type guint) the global document of each */
  GArray *quote_index;      /* (element-type guint) its index in that document */
  double part_ms[PX_COMPARE_N_PARTS];
} Cluster;

static void
cluster_clear (Cluster *cluster)
{
  g_clear_pointer (&cluster->docs, g_array_unref);
  g_clear_pointer (&cluster->verdicts, g_array_unref);
  g_clear_pointer (&cluster->quote_docs, g_array_unref);
  g_clear_pointer (&cluster->quote_index, g_array_unref);
}

typedef struct {
  const Setup *setup;
  PxDocument *const *docs;
  Cluster *clusters;
} ClusterJob;

static void
compare_cluster (gpointer item, gpointer data)
{
  ClusterJob *job = data;
  Cluster *cluster = &job->clusters[GPOINTER_TO_UINT (item) - 1];
  guint n = cluster->docs->len;
  g_autofree PxDocument **docs = g_new (PxDocument *, n);
  for (guint i = 0; i < n; i++)
    docs[i] = job->docs[g_array_index (cluster->docs, guint, i)];
  /* One thread each: the clusters are what the threads share. */
  PxCompareOptions options = { .primary = 0, .n_threads = 1 };
  g_autoptr(PxComparison) cmp = px_compare_timed (job->setup->compare, job->setup->claims,
                                                  docs, n, &options, cluster->part_ms);
  cluster->verdicts = g_array_new (FALSE, FALSE, sizeof (PxVerdict));
  cluster->quote_docs = g_array_new (FALSE, FALSE, sizeof (guint));
  cluster->quote_index = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint q = 0; q < px_comparison_n_quotes (cmp); q++)
    {
      const PxQuoteFidelity *quote = px_comparison_get_quote (cmp, q);
      /* Who is credited is not what the benchmark plants: a quote the
       * primary lacks is absent whoever says it. */
      PxVerdict verdict = quote->verdict == PX_VERDICT_ABSENT_OTHER_SPEAKER
                            ? PX_VERDICT_ABSENT : quote->verdict;
      g_array_append_val (cluster->verdicts, verdict);
      g_array_append_val (cluster->quote_docs, g_array_index (cluster->docs, guint, quote->doc));
      g_array_append_val (cluster->quote_index, quote->quote);
    }
}

/* The clusters of the first @n documents (the last one perhaps cut). */
static GArray *
list_clusters (const Truth *truth, guint n)
{
  GArray *clusters = g_array_new (FALSE, TRUE, sizeof (Cluster));
  g_array_set_clear_func (clusters, (GDestroyNotify) cluster_clear);
  for (guint d = 0; d < n; d++)
    {
      if (d == 0 || g_array_index (truth->cluster, guint, d)
                      != g_array_index (truth->cluster, guint, d - 1))
        {
          Cluster cluster = { .docs = g_array_new (FALSE, FALSE, sizeof (guint)) };
          g_array_append_val (clusters, cluster);
        }
      g_array_append_val (g_array_index (clusters, Cluster, clusters->len - 1).docs, d);
    }
  return clusters;
}

/* ### Scores */

typedef struct {
  guint planted, predicted, hits;
} Score;

static gboolean
score_ok (const Score *s)
{
  return bench_share (s->hits, s->planted) >= BENCH_MIN_SCORE
         && bench_share (s->hits, s->predicted) >= BENCH_MIN_SCORE;
}

static Score
score_reprints (const PxCompareRules *rules, const GArray *pairs, guint n, const Truth *truth)
{
  Score score = { 0 };
  for (guint i = 0; i < pairs->len; i++)
    {
      const PxReusePair *pair = &g_array_index (pairs, PxReusePair, i);
      if (pair->ratio < rules->republication_ratio)
        continue;
      guint64 key = bench_pair_key (pair->a, pair->b);
      score.predicted++;
      score.hits += g_hash_table_contains (truth->reprints, &key);
    }
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, truth->reprints);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    score.planted += (*(const guint64 *) key & G_MAXUINT32) < n;
  return score;
}

/* The engine's verdict on each planted quote, and how they compare. */
typedef struct {
  GArray *engine;           /* (element-type gint) per planted quote: the
                               verdict, or -1 when no quote was extracted */
  Score score;
  guint confusion[PX_VERDICT_ABSENT + 2][PX_VERDICT_ABSENT + 1];   /* [engine + 1][planted] */
} QuoteScore;

static const char *
quote_text (const PxDocument *doc, guint q, gsize *len)
{
  const GPtrArray *quotes = px_extraction_get_quotes (px_document_get_extraction (doc));
  const PxQuote *quote = g_ptr_array_index (quotes, q);
  *len = quote->span.end - quote->span.start;
  return px_text_get_normalized (px_document_get_text (doc), NULL) + quote->span.start;
}

/* Matches the quotes extracted from the paraphrases among the first @n
 * documents with the planted ones, by their words. */
static QuoteScore
score_quotes (const Truth *truth, PxDocument *const *docs, const GArray *clusters, guint n)
{
  QuoteScore score = { g_array_new (FALSE, FALSE, sizeof (gint)) };
  /* planted quotes by "document\tkey" */
  g_autoptr(GHashTable) planted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < truth->quotes->len; i++)
    {
      const TruthQuote *tq = &g_array_index (truth->quotes, TruthQuote, i);
      gint none = -1;
      g_array_append_val (score.engine, none);
      if (tq->doc >= n)
        continue;
      score.score.planted++;
      g_hash_table_insert (planted, g_strdup_printf ("%u\t%s", tq->doc, tq->key),
                           GUINT_TO_POINTER (i + 1));
    }
  for (guint c = 0; c < clusters->len; c++)
    {
      const Cluster *cluster = &g_array_index (clusters, Cluster, c);
      for (guint k = 0; k < cluster->verdicts->len; k++)
        {
          guint d = g_array_index (cluster->quote_docs, guint, k);
          if (!g_array_index (truth->paraphrase, gboolean, d))
            continue;
          PxVerdict verdict = g_array_index (cluster->verdicts, PxVerdict, k);
          gsize len;
          const char *text = quote_text (docs[d], g_array_index (cluster->quote_index, guint, k),
                                         &len);
          g_autofree char *words = words_key (text, len);
          g_autofree char *key = g_strdup_printf ("%u\t%s", d, words);
          guint i = GPOINTER_TO_UINT (g_hash_table_lookup (planted, key));
          score.score.predicted++;
          if (i == 0)
            {
              fprintf (stderr, "bench-compare: doc %u: extracted quote not planted: %s\n", d,
                       words);
              continue;
            }
          const TruthQuote *tq = &g_array_index (truth->quotes, TruthQuote, i - 1);
          g_array_index (score.engine, gint, i - 1) = (gint) verdict;
          score.score.hits += verdict == tq->verdict;
        }
    }
  for (guint i = 0; i < truth->quotes->len; i++)
    {
      const TruthQuote *tq = &g_array_index (truth->quotes, TruthQuote, i);
      if (tq->doc < n)
        score.confusion[g_array_index (score.engine, gint, i) + 1][tq->verdict]++;
    }
  return score;
}

/* ### The quote oracle */

/* Whether @quote[@qi..] (pieces between elisions, elisions excluded)
 * occurs in @words from @from on, the first piece starting exactly at
 * @from when @anchored, each later piece at most @gap words after the
 * piece before.  Exhaustive: every occurrence of every piece is tried. */
static gboolean
pieces_occur (char **quote, guint nq, guint qi, char **words, guint nw, guint from,
              gboolean anchored, guint gap)
{
  while (qi < nq && strcmp (quote[qi], ELISION) == 0)
    qi++;
  if (qi == nq)
    return TRUE;
  guint len = 0;
  while (qi + len < nq && strcmp (quote[qi + len], ELISION) != 0)
    len++;
  guint last = anchored ? from : (guint) MIN ((guint64) nw, (guint64) from + gap);
  for (guint s = from; s <= last && s + len <= nw; s++)
    {
      guint k = 0;
      while (k < len && strcmp (quote[qi + k], words[s + k]) == 0)
        k++;
      if (k == len && pieces_occur (quote, nq, qi + len, words, nw, s + len, FALSE, gap))
        return TRUE;
    }
  return FALSE;
}

/* The longest common subsequence of @a and @b. */
static guint
lcs (char **a, guint na, char **b, guint nb)
{
  g_autofree guint *prev = g_new0 (guint, nb + 1), *cur = g_new0 (guint, nb + 1);
  for (guint i = 1; i <= na; i++)
    {
      for (guint j = 1; j <= nb; j++)
        cur[j] = strcmp (a[i - 1], b[j - 1]) == 0 ? prev[j - 1] + 1 : MAX (prev[j], cur[j - 1]);
      guint *swap = prev;
      prev = cur;
      cur = swap;
    }
  return prev[nb];
}

/* The verdict docs/quote-fidelity.md defines, by brute force over one
 * range of the source (its title, or its body): verbatim when the words
 * occur contiguously; with elision when the pieces do, in order, each gap
 * at most elision_max_gap; altered when some passage no longer than twice
 * the quote (plus what its elisions may stand for) holds altered_min_score
 * of its words in order and it has altered_min_words; absent otherwise. */
static PxVerdict
oracle_verdict_in (const PxCompareRules *rules, GPtrArray *quote, GPtrArray *range)
{
  char **q = (char **) quote->pdata, **w = (char **) range->pdata;
  guint nq = quote->len, nw = range->len;
  g_autoptr(GPtrArray) bare = g_ptr_array_new ();
  for (guint i = 0; i < nq; i++)
    if (strcmp (q[i], ELISION) != 0)
      g_ptr_array_add (bare, q[i]);
  guint elisions = nq - bare->len;
  if (bare->len == 0)
    return PX_VERDICT_ABSENT;
  for (guint s = 0; s < nw; s++)
    if (pieces_occur (q, nq, 0, w, nw, s, TRUE, rules->elision_max_gap))
      return elisions == 0 ? PX_VERDICT_VERBATIM : PX_VERDICT_VERBATIM_WITH_ELISION;
  if (bare->len < rules->altered_min_words)
    return PX_VERDICT_ABSENT;
  guint window = 2 * bare->len + elisions * rules->elision_max_gap;
  for (guint s = 0; s < nw; s++)
    {
      guint found = lcs ((char **) bare->pdata, bare->len, w + s, MIN (window, nw - s));
      if (found >= rules->altered_min_score * bare->len)
        return PX_VERDICT_ALTERED;
    }
  return PX_VERDICT_ABSENT;
}

/* The verdict on @text against the file @source (title: its first line). */
static PxVerdict
oracle_verdict (const PxCompareRules *rules, const char *text, const char *source)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  if (!g_file_get_contents (source, &contents, &len, NULL))
    return PX_VERDICT_ABSENT;
  const char *nl = memchr (contents, '\n', len);
  gsize title_len = nl ? (gsize) (nl - contents) : len;
  g_autoptr(GPtrArray) quote = split_words (text, strlen (text));
  g_autoptr(GPtrArray) title = split_words (contents, title_len);
  g_autoptr(GPtrArray) body = split_words (contents + title_len, len - title_len);
  PxVerdict a = oracle_verdict_in (rules, quote, title);
  PxVerdict b = oracle_verdict_in (rules, quote, body);
  return MIN (a, b);
}

typedef struct {
  guint quotes, extracted, agree_engine, agree_planted;
  BenchClock time;
} QuoteOracle;

/* The oracle on every planted quote of the first @n documents, against
 * the engine's verdict (@engine, from score_quotes) and the planted one. */
static QuoteOracle
check_quote_oracle (const PxCompareRules *rules, const Truth *truth, const GArray *engine,
                    guint n)
{
  QuoteOracle o = { 0 };
  BenchClock start = bench_clock_now ();
  for (guint i = 0; i < truth->quotes->len; i++)
    {
      const TruthQuote *tq = &g_array_index (truth->quotes, TruthQuote, i);
      if (tq->doc >= n)
        continue;
      gint source = g_array_index (truth->primary, gint, tq->doc);
      PxVerdict verdict = oracle_verdict (rules, tq->text, g_ptr_array_index (truth->files, source));
      gint got = g_array_index (engine, gint, i);
      o.quotes++;
      o.agree_planted += verdict == tq->verdict;
      if (got < 0)
        continue;
      o.extracted++;
      if ((PxVerdict) got == verdict)
        o.agree_engine++;
      else
        fprintf (stderr, "bench-compare: doc %u: oracle %s, engine %s: %s\n", tq->doc,
                 px_verdict_name (verdict), px_verdict_name ((PxVerdict) got), tq->text);
    }
  o.time = bench_clock_since (start);
  return o;
}

/* ### Sizes */

typedef struct {
  guint n, clusters, reuse_pairs, quotes;
  BenchClock extract;       /* (b) for the first n documents, summed over stages */
  BenchClock tokenize, reuse, cluster;
  double cluster_part_ms[PX_COMPARE_N_PARTS];   /* summed over clusters (thread time) */
  gboolean full;
  BenchClock full_time;
  double full_part_ms[PX_COMPARE_N_PARTS];
  Score reprints, verdicts;
  double rss_mib;
} SizeScore;

static double
compare_ms (const SizeScore *s)
{
  return s->tokenize.wall_ms + s->reuse.wall_ms + s->cluster.wall_ms;
}

static void
print_sizes (const SizeScore *scores, guint n_sizes, guint n_threads)
{
  printf ("%7s %15s %15s %15s %15s %9s %8s %8s %8s %8s %8s %6s\n", "docs", "extract ms",
          "tokenize ms", "reuse ms", "clusters ms", "e2e ms", "reprint", "recall", "precis.",
          "quotes", "recall", "precis.");
  for (guint s = 0; s < n_sizes; s++)
    {
      const SizeScore *sc = &scores[s];
      printf ("%7u %7.0f/%7.0f %7.0f/%7.0f %7.0f/%7.0f %7.0f/%7.0f %9.0f %8u %8.4f %8.4f %8u"
              " %8.4f %6.4f\n",
              sc->n, sc->extract.wall_ms, sc->extract.cpu_ms, sc->tokenize.wall_ms,
              sc->tokenize.cpu_ms, sc->reuse.wall_ms, sc->reuse.cpu_ms, sc->cluster.wall_ms,
              sc->cluster.cpu_ms, sc->extract.wall_ms + compare_ms (sc), sc->reprints.planted,
              bench_share (sc->reprints.hits, sc->reprints.planted),
              bench_share (sc->reprints.hits, sc->reprints.predicted), sc->verdicts.planted,
              bench_share (sc->verdicts.hits, sc->verdicts.planted),
              bench_share (sc->verdicts.hits, sc->verdicts.predicted));
    }
  printf ("(wall/CPU ms on %u threads, CPU of all threads; extract: load, clean, segment,"
          " extract; tokenize + reuse: all pairs; clusters: px_compare of each cluster against"
          " its primary; e2e: extract + tokenize + reuse + clusters, wall)\n\n", n_threads);

  printf ("%7s %7s %9s %9s", "docs", "clusters", "pairs", "peak MiB");
  for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
    printf (" %9s", px_compare_part_name (p));
  printf ("\n");
  for (guint s = 0; s < n_sizes; s++)
    {
      const SizeScore *sc = &scores[s];
      printf ("%7u %7u %9u %9.0f", sc->n, sc->clusters, sc->reuse_pairs, sc->rss_mib);
      for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
        printf (" %9.0f", sc->cluster_part_ms[p]);
      printf ("\n");
    }
  printf ("(per-cluster px_compare, each part's ms summed over the clusters and threads;"
          " pairs: all-pairs reuse pairs; peak RSS after the size)\n");

  gboolean any_full = FALSE;
  for (guint s = 0; s < n_sizes; s++)
    any_full |= scores[s].full;
  if (!any_full)
    return;
  printf ("\n%7s %15s", "docs", "px_compare ms");
  for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
    printf (" %9s", px_compare_part_name (p));
  printf ("\n");
  for (guint s = 0; s < n_sizes; s++)
    {
      const SizeScore *sc = &scores[s];
      if (!sc->full)
        continue;
      printf ("%7u %7.0f/%7.0f", sc->n, sc->full_time.wall_ms, sc->full_time.cpu_ms);
      for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
        printf (" %9.0f", sc->full_part_ms[p]);
      printf ("\n");
    }
  printf ("(px_compare without a primary over all the documents, %u threads; parts in wall"
          " ms)\n", n_threads);
}

static void
print_confusion (const QuoteScore *q, guint n)
{
  printf ("\nquote verdicts over %u documents (rows: engine, columns: planted):\n", n);
  printf ("%-22s", "");
  for (PxVerdict v = PX_VERDICT_VERBATIM; v <= PX_VERDICT_ABSENT; v++)
    printf (" %22s", px_verdict_name (v));
  printf ("\n");
  for (guint e = 0; e <= PX_VERDICT_ABSENT + 1; e++)
    {
      printf ("%-22s", e == 0 ? "(not extracted)" : px_verdict_name ((PxVerdict) (e - 1)));
      for (PxVerdict v = PX_VERDICT_VERBATIM; v <= PX_VERDICT_ABSENT; v++)
        printf (" %22u", q->confusion[e][v]);
      printf ("\n");
    }
}

static int
usage (void)
{
  fputs ("usage: bench-compare [--threads T] [--sizes N,N...] [--oracle M] [--full N] DIR\n",
         stderr);
  return 2;
}

static void
free_docs (PxDocument **docs, guint n)
{
  for (guint d = 0; d < n; d++)
    px_document_free (docs[d]);
  g_free (docs);
}

static void
free_tokens (GArray **tokens, guint n)
{
  for (guint d = 0; d < n; d++)
    if (tokens[d] != NULL)
      g_array_unref (tokens[d]);
  g_free (tokens);
}

/* (c) for the first @n documents, scored into @sc.  Returns the clusters
 * (for the quote oracle) in @clusters_out. */
static void
run_size (const Setup *setup, const Truth *truth, PxDocument **docs, GArray **tokens,
          guint n_threads, guint full_max, SizeScore *sc, GArray **clusters_out)
{
  guint n = sc->n;
  TokenizeJob tokenize = { setup->compare, docs, tokens, n, 0 };
  BenchClock start = bench_clock_now ();
  bench_run_threads (tokenize_worker, &tokenize, n_threads);
  sc->tokenize = bench_clock_since (start);

  start = bench_clock_now ();
  g_autoptr(GArray) pairs = px_align_reuse (setup->compare, tokens, n, n_threads);
  sc->reuse = bench_clock_since (start);
  g_array_set_clear_func (pairs, (GDestroyNotify) px_reuse_pair_clear);
  sc->reuse_pairs = pairs->len;
  sc->reprints = score_reprints (setup->compare, pairs, n, truth);

  GArray *clusters = list_clusters (truth, n);
  ClusterJob job = { setup, docs, (Cluster *) clusters->data };
  start = bench_clock_now ();
  GThreadPool *pool = g_thread_pool_new (compare_cluster, &job, (gint) n_threads, FALSE, NULL);
  for (guint c = 0; c < clusters->len; c++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (c + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  sc->cluster = bench_clock_since (start);
  sc->clusters = clusters->len;
  for (guint c = 0; c < clusters->len; c++)
    for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
      sc->cluster_part_ms[p] += g_array_index (clusters, Cluster, c).part_ms[p];

  if (n <= full_max)
    {
      PxCompareOptions options = { .primary = -1, .n_threads = n_threads };
      start = bench_clock_now ();
      PxComparison *cmp = px_compare_timed (setup->compare, setup->claims, docs, n, &options,
                                            sc->full_part_ms);
      sc->full_time = bench_clock_since (start);
      px_comparison_free (cmp);
      sc->full = TRUE;
    }
  *clusters_out = clusters;
}

int
main (int argc, char **argv)
{
  g_auto (BenchArgs) args = { 0 };
  if (!bench_parse_args (argc, argv, TRUE, &args))
    return usage ();
  guint n_threads = args.threads, oracle = args.oracle, full_max = args.full;
  const GArray *sizes = args.sizes;
  const char *dir = args.dir;

  g_autoptr(GError) error = NULL;
  g_auto (Truth) truth = { NULL };
  if (!read_truth (dir, &truth, &error))
    {
      fprintf (stderr, "bench-compare: %s\n", error->message);
      return 1;
    }
  guint n_docs = truth.files->len;
  oracle = MIN (oracle, n_docs);
  guint largest = oracle;
  for (guint s = 0; s < sizes->len; s++)
    largest = MAX (largest, g_array_index (sizes, guint, s));
  if (largest > n_docs)
    {
      fprintf (stderr, "bench-compare: %u documents asked for, %s has %u\n", largest, dir,
               n_docs);
      return 1;
    }

  /* (a) */
  g_auto (Setup) setup = { NULL };
  BenchClock start = bench_clock_now ();
  if (!open_setup (&setup, &error))
    {
      fprintf (stderr, "bench-compare: %s\n", error->message);
      return 1;
    }
  BenchClock opened = bench_clock_since (start);
  static const char *const cache_status[] = { "warm cache", "cache rebuilt", "cache unwritten" };
  printf ("whole comparison: %s, %u threads; gazetteer (bundled, %u entities, %s) and rules"
          " opened in %.0f ms wall, %.0f ms CPU (not in the targets)\n",
          dir, n_threads, setup.n_entities, cache_status[setup.cache_status], opened.wall_ms,
          opened.cpu_ms);

  PxDocument **docs = g_new0 (PxDocument *, largest);
  GArray **tokens = g_new0 (GArray *, largest);
  ExtractJob extract = { &setup, truth.files, docs, 0 };
  g_autofree SizeScore *scores = g_new0 (SizeScore, MAX (sizes->len, 1));
  BenchClock extracted = { 0, 0 };
  guint done = 0;
  int status = 0;
  g_autoptr(GArray) last_clusters = NULL;
  for (guint s = 0; s < sizes->len; s++)
    {
      SizeScore *sc = &scores[s];
      sc->n = g_array_index (sizes, guint, s);
      /* (b), only for the documents the sizes before did not extract */
      start = bench_clock_now ();
      if (!extract_range (&extract, done, sc->n, n_threads))
        {
          fprintf (stderr, "bench-compare: cannot read %s\n",
                   (const char *) g_ptr_array_index (truth.files, extract.failed - 1));
          free_docs (docs, largest);
          free_tokens (tokens, largest);
          return 1;
        }
      BenchClock stage = bench_clock_since (start);
      extracted.wall_ms += stage.wall_ms;
      extracted.cpu_ms += stage.cpu_ms;
      done = sc->n;
      sc->extract = extracted;
      /* (c) */
      g_clear_pointer (&last_clusters, g_array_unref);
      run_size (&setup, &truth, docs, tokens, n_threads, full_max, sc, &last_clusters);
      QuoteScore q = score_quotes (&truth, docs, last_clusters, sc->n);
      sc->verdicts = q.score;
      sc->rss_mib = bench_peak_rss_mib ();
      if (s + 1 == sizes->len)
        print_confusion (&q, sc->n);
      g_array_unref (q.engine);
      if (!score_ok (&sc->reprints) || !score_ok (&sc->verdicts))
        status = 1;
    }
  printf ("\n");
  print_sizes (scores, sizes->len, n_threads);
  for (guint s = 0; s < sizes->len; s++)
    {
      const SizeScore *sc = &scores[s];
      double target = sc->n == 1000 ? TARGET_1000_MS : sc->n == 10000 ? TARGET_10000_MS : 0;
      if (target > 0)
        printf ("%u documents: end to end %.0f ms (compare alone %.0f ms) against %.0f ms: %s\n",
                sc->n, sc->extract.wall_ms + compare_ms (sc), compare_ms (sc), target,
                sc->extract.wall_ms + compare_ms (sc) <= target ? "met" : "not met");
    }

  if (oracle > 0)
    {
      if (extract_range (&extract, done, oracle, n_threads) && done < oracle)
        {
          TokenizeJob tokenize = { setup.compare, docs, tokens, oracle, 0 };
          bench_run_threads (tokenize_worker, &tokenize, n_threads);
        }
      BenchOracleScore r = bench_reuse_oracle (setup.compare, tokens, oracle, n_threads);
      printf ("\nreuse oracle (brute force, every pair of the first %u documents, %.0f ms wall):"
              " %u pairs; index: %u pairs; %u agree in passages and ratios\n",
              oracle, r.oracle_time.wall_ms, r.oracle_pairs, r.index_pairs, r.agree);
      if (r.agree != r.oracle_pairs || r.index_pairs != r.oracle_pairs)
        status = 1;

      g_autoptr(GArray) clusters = list_clusters (&truth, oracle);
      ClusterJob job = { &setup, docs, (Cluster *) clusters->data };
      for (guint c = 0; c < clusters->len; c++)
        compare_cluster (GUINT_TO_POINTER (c + 1), &job);
      QuoteScore q = score_quotes (&truth, docs, clusters, oracle);
      QuoteOracle o = check_quote_oracle (setup.compare, &truth, q.engine, oracle);
      g_array_unref (q.engine);
      printf ("quote oracle (exhaustive word search in the primary's file, the first %u"
              " documents, %.0f ms wall): %u planted quotes, %u extracted; the engine agrees"
              " on %u, the planted verdict on %u\n",
              oracle, o.time.wall_ms, o.quotes, o.extracted, o.agree_engine, o.agree_planted);
      if (o.agree_engine != o.extracted || o.agree_planted != o.quotes)
        status = 1;
    }
  printf ("peak RSS %.0f MiB\n", bench_peak_rss_mib ());
  free_docs (docs, largest);
  free_tokens (tokens, largest);
  if (status != 0)
    fprintf (stderr, "bench-compare: below the targets (recall and precision %.2f, oracle"
             " agreement)\n", BENCH_MIN_SCORE);
  return status;
}
