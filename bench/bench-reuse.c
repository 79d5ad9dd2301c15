/* bench-reuse.c: times text reuse (px_align_reuse) over generated clusters
 * and checks what it finds.
 *
 *   bench-reuse [--threads T] [--sizes N,N...] [--oracle M] DIR
 *
 * DIR is written by bench/gen-clusters.py: doc-*.txt and truth.json.  Each
 * file is tokenized whole (px_align_tokenize, the default rules); then, for
 * each size N (default 1000), px_align_reuse runs over the first N
 * documents on T threads (default 2) and is timed.  Pairs whose ratio
 * reaches the rules' republication_ratio are scored against the planted
 * reprint pairs (recall and precision).  On the first M documents (default
 * 200; 0: none), every pair is also compared with a brute-force oracle: a
 * dynamic-programming scan of every pair of documents for its maximal
 * runs, with greedy tiling written separately and naively, no shingles and
 * no index.  Both must give the same pairs, passages and ratios.
 *
 * Prints a table.  Exits 1 when the oracle disagrees or recall or
 * precision falls below BENCH_MIN_SCORE at any size.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "bench-util.h"

/* ### Input */

typedef struct {
  GPtrArray *files;         /* (element-type utf8) paths, in document order */
  GHashTable *reprints;     /* bench_pair_key(a, b) of every planted reprint pair */
} Truth;

static void
truth_clear (Truth *truth)
{
  g_clear_pointer (&truth->files, g_ptr_array_unref);
  g_clear_pointer (&truth->reprints, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Truth, truth_clear)

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
  truth->files = g_ptr_array_new_with_free_func (g_free);
  truth->reprints = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *doc = json_array_get_object_element (docs, i);
      g_ptr_array_add (truth->files,
                       g_build_filename (dir, json_object_get_string_member (doc, "file"), NULL));
    }
  for (guint i = 0; i < json_array_get_length (reprints); i++)
    {
      JsonArray *pair = json_array_get_array_element (reprints, i);
      guint64 *key = g_new (guint64, 1);
      *key = bench_pair_key ((guint) json_array_get_int_element (pair, 0),
                       (guint) json_array_get_int_element (pair, 1));
      g_hash_table_add (truth->reprints, key);
    }
  return TRUE;
}

/* Tokenizing shares the threads the same way px_align_reuse does. */
typedef struct {
  const PxCompareRules *rules;
  const GPtrArray *files;
  GArray **tokens;
  gint next;
  gint failed;
} TokenizeJob;

static gpointer
tokenize_worker (gpointer data)
{
  TokenizeJob *job = data;
  for (guint d; (d = (guint) g_atomic_int_add (&job->next, 1)) < job->files->len;)
    {
      g_autofree char *text = NULL;
      gsize len = 0;
      if (!g_file_get_contents (job->files->pdata[d], &text, &len, NULL))
        {
          g_atomic_int_set (&job->failed, 1);
          continue;
        }
      job->tokens[d] = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
      px_align_tokenize (job->rules, text, (PxSpan) { 0, len }, PX_ALIGN_SENTENCE_START,
                         job->tokens[d]);
    }
  return NULL;
}

/* ### Sizes */

typedef struct {
  guint n, pairs, planted, predicted, hits;
  BenchClock reuse;
  double end_to_end_ms;     /* wall: reading and tokenizing the n documents, then reuse */
} SizeScore;

static SizeScore
run_size (const PxCompareRules *rules, GArray *const *tokens, guint n, guint n_threads,
          const Truth *truth)
{
  SizeScore score = { .n = n };
  BenchClock start = bench_clock_now ();
  g_autoptr(GArray) pairs = px_align_reuse (rules, tokens, n, n_threads);
  score.reuse = bench_clock_since (start);
  score.pairs = pairs->len;
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

static void
print_sizes (const SizeScore *scores, guint n_sizes, guint n_threads)
{
  printf ("%8s %10s %10s %10s %9s %8s %8s %8s %8s\n", "docs", "reuse ms", "reuse CPU",
          "end to end", "us/doc", "pairs", "planted", "recall", "precis.");
  for (guint s = 0; s < n_sizes; s++)
    {
      const SizeScore *sc = &scores[s];
      printf ("%8u %10.0f %10.0f %10.0f %9.1f %8u %8u %8.4f %8.4f\n", sc->n, sc->reuse.wall_ms,
              sc->reuse.cpu_ms, sc->end_to_end_ms, sc->reuse.wall_ms * 1000.0 / sc->n, sc->pairs,
              sc->planted, bench_share (sc->hits, sc->planted),
              bench_share (sc->hits, sc->predicted));
    }
  printf ("(ms: wall-clock on %u threads; CPU: all threads; end to end: reading and tokenizing"
          " the documents, then reuse, wall-clock)\n",
          n_threads);
}

static int
usage (void)
{
  fputs ("usage: bench-reuse [--threads T] [--sizes N,N...] [--oracle M] DIR\n", stderr);
  return 2;
}

int
main (int argc, char **argv)
{
  g_auto (BenchArgs) args = { 0 };
  if (!bench_parse_args (argc, argv, FALSE, &args))
    return usage ();
  guint n_threads = args.threads, oracle = args.oracle;
  const GArray *sizes = args.sizes;
  const char *dir = args.dir;

  g_autoptr(GError) error = NULL;
  g_autoptr(PxCompareRules) rules = px_compare_rules_load_default (&error);
  g_auto (Truth) truth = { NULL, NULL };
  if (rules == NULL || !read_truth (dir, &truth, &error))
    {
      fprintf (stderr, "bench-reuse: %s\n", error->message);
      return 1;
    }
  guint n_docs = truth.files->len;
  for (guint s = 0; s < sizes->len; s++)
    if (g_array_index (sizes, guint, s) > n_docs)
      {
        fprintf (stderr, "bench-reuse: %u documents asked for, %s has %u\n",
                 g_array_index (sizes, guint, s), dir, n_docs);
        return 1;
      }
  guint largest = 0;
  for (guint s = 0; s < sizes->len; s++)
    largest = MAX (largest, g_array_index (sizes, guint, s));
  oracle = MIN (oracle, n_docs);
  largest = MAX (largest, oracle);
  g_ptr_array_set_size (truth.files, largest);

  g_autofree GArray **tokens = g_new0 (GArray *, MAX (largest, 1));
  TokenizeJob tokenize = { rules, truth.files, tokens, 0, 0 };
  BenchClock start = bench_clock_now ();
  bench_run_threads (tokenize_worker, &tokenize, n_threads);
  BenchClock tokenized = bench_clock_since (start);
  if (tokenize.failed)
    {
      fprintf (stderr, "bench-reuse: cannot read the documents of %s\n", dir);
      return 1;
    }
  guint64 n_tokens = 0;
  for (guint d = 0; d < largest; d++)
    n_tokens += tokens[d]->len;
  double tokenized_rss = bench_peak_rss_mib ();

  printf ("text reuse: %u documents of %s read and tokenized in %.0f ms (wall; %.0f ms CPU),"
          " %.0f tokens per document\n",
          largest, dir, tokenized.wall_ms, tokenized.cpu_ms, (double) n_tokens / MAX (largest, 1));
  printf ("rules: shingle_words %u, min_passage_words %u, republication_ratio %.2f; %u threads\n\n",
          rules->shingle_words, rules->reuse_min_words, rules->republication_ratio, n_threads);

  int status = 0;
  g_autofree SizeScore *scores = g_new0 (SizeScore, MAX (sizes->len, 1));
  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      scores[s] = run_size (rules, tokens, n, n_threads, &truth);
      /* Tokenizing is linear: the first n documents' share of it. */
      scores[s].end_to_end_ms = tokenized.wall_ms * n / largest + scores[s].reuse.wall_ms;
      if (bench_share (scores[s].hits, scores[s].planted) < BENCH_MIN_SCORE
          || bench_share (scores[s].hits, scores[s].predicted) < BENCH_MIN_SCORE)
        status = 1;
    }
  print_sizes (scores, sizes->len, n_threads);

  if (oracle > 0)
    {
      BenchOracleScore o = bench_reuse_oracle (rules, tokens, oracle, n_threads);
      printf ("\noracle (brute force, every pair of the first %u documents, %.0f ms wall):"
              " %u pairs; index: %u pairs; %u agree in passages and ratios\n",
              oracle, o.oracle_time.wall_ms, o.oracle_pairs, o.index_pairs, o.agree);
      if (o.agree != o.oracle_pairs || o.index_pairs != o.oracle_pairs)
        status = 1;
    }
  printf ("peak RSS %.0f MiB, of which %.0f MiB before any comparison (the tokens)\n",
          bench_peak_rss_mib (), tokenized_rss);
  for (guint d = 0; d < largest; d++)
    g_array_unref (tokens[d]);
  if (status != 0)
    fprintf (stderr, "bench-reuse: below the targets (recall and precision %.2f, oracle"
             " agreement)\n", BENCH_MIN_SCORE);
  return status;
}
