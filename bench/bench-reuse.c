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
 * precision falls below MIN_SCORE at any size.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <json-glib/json-glib.h>

#include "align/align-private.h"

/* The target for recall and precision on planted reprints. */
#define MIN_SCORE 0.95

typedef struct {
  double wall_ms, cpu_ms;
} Clock;

/* CPU time of all the process's threads, and wall-clock time. */
static Clock
clock_now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (Clock) { (double) g_get_monotonic_time () / 1000.0,
                   (double) ts.tv_sec * 1000.0 + (double) ts.tv_nsec / 1e6 };
}

static Clock
clock_since (Clock start)
{
  Clock now = clock_now ();
  return (Clock) { now.wall_ms - start.wall_ms, now.cpu_ms - start.cpu_ms };
}

static double
peak_rss_mib (void)
{
  struct rusage usage;
  return getrusage (RUSAGE_SELF, &usage) == 0 ? (double) usage.ru_maxrss / 1024.0 : -1;
}

/* ### Input */

typedef struct {
  GPtrArray *files;         /* (element-type utf8) paths, in document order */
  GHashTable *reprints;     /* pair_key(a, b) of every planted reprint pair */
} Truth;

static void
truth_clear (Truth *truth)
{
  g_clear_pointer (&truth->files, g_ptr_array_unref);
  g_clear_pointer (&truth->reprints, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Truth, truth_clear)

static guint64
pair_key (guint a, guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
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
      *key = pair_key ((guint) json_array_get_int_element (pair, 0),
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

static void
run_threads (GThreadFunc func, gpointer job, guint n_threads)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  for (guint t = 1; t < n_threads; t++)
    g_ptr_array_add (threads, g_thread_new ("bench", func, job));
  func (job);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (threads->pdata[t]);
}

/* ### The oracle */

typedef struct {
  guint i, j, len;
} OracleRun;

/* @tokens' keys, and whether each is an elision (which matches nothing). */
static void
oracle_keys (const GArray *tokens, guint64 *keys, guint8 *elided)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      const PxAlignToken *t = &g_array_index (tokens, PxAlignToken, i);
      keys[i] = t->key;
      elided[i] = (t->flags & PX_ALIGN_ELISION) != 0;
    }
}

/* One row of the table: cur[j + 1] for every j.  Branch-free and with
 * restrict pointers, so that the compiler can vectorize it: the oracle
 * fills n * m cells per pair. */
static void
oracle_row (const guint64 *restrict b, const guint8 *restrict b_elided, guint m, guint64 key,
            gboolean row_matches, const guint32 *restrict prev, guint32 *restrict cur)
{
  guint32 row_mask = row_matches ? G_MAXUINT32 : 0;
  for (guint j = 0; j < m; j++)
    {
      guint32 equal = (guint32) (b[j] == key) & (guint32) (b_elided[j] == 0);
      cur[j + 1] = (prev[j] + 1) & (0u - equal) & row_mask;
    }
}

/* Every maximal run of at least @min equal tokens, by the longest common
 * suffix table, one row at a time: cur[j + 1] is the length of the run
 * ending at (i, j); a run ends for good where the next cell is 0. */
static GArray *
oracle_runs (const GArray *ta, const GArray *tb, guint min)
{
  guint n = ta->len, m = tb->len;
  g_autofree guint64 *a = g_new (guint64, n + 1), *b = g_new (guint64, m + 1);
  g_autofree guint8 *a_elided = g_new (guint8, n + 1), *b_elided = g_new (guint8, m + 1);
  oracle_keys (ta, a, a_elided);
  oracle_keys (tb, b, b_elided);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (OracleRun));
  g_autofree guint32 *prev = g_new0 (guint32, m + 2);
  g_autofree guint32 *cur = g_new0 (guint32, m + 2);
  for (guint i = 0; i <= n; i++)
    {
      /* A row that matches nothing: past the end, or an elision. */
      oracle_row (b, b_elided, m, i < n ? a[i] : 0, i < n && !a_elided[i], prev, cur);
      for (guint j = 0; j < m && i > 0; j++)
        {
          guint len = prev[j + 1];
          if (G_UNLIKELY (len >= min) && (j + 1 == m || cur[j + 2] == 0))
            {
              OracleRun run = { i - len, j + 1 - len, len };
              g_array_append_val (runs, run);
            }
        }
      guint32 *swap = prev;
      prev = cur;
      cur = swap;
    }
  return runs;
}

/* Greedy string tiling, naively: each round rescans every run for its
 * longest piece whose tokens are all unused, ties to the earliest in a,
 * then in b. */
static GArray *
oracle_tile (const GArray *runs, guint n, guint m, guint min)
{
  g_autofree guint8 *used_a = g_new0 (guint8, n + 1), *used_b = g_new0 (guint8, m + 1);
  GArray *taken = g_array_new (FALSE, FALSE, sizeof (OracleRun));
  for (;;)
    {
      OracleRun best = { 0, 0, 0 };
      for (guint r = 0; r < runs->len; r++)
        {
          const OracleRun *run = &g_array_index (runs, OracleRun, r);
          for (guint s = 0; s < run->len;)
            {
              guint e = s;
              while (e < run->len && !used_a[run->i + e] && !used_b[run->j + e])
                e++;
              OracleRun piece = { run->i + s, run->j + s, e - s };
              if (piece.len >= min
                  && (piece.len > best.len
                      || (piece.len == best.len
                          && (piece.i < best.i || (piece.i == best.i && piece.j < best.j)))))
                best = piece;
              s = e + 1;
            }
        }
      if (best.len == 0)
        return taken;
      memset (used_a + best.i, 1, best.len);
      memset (used_b + best.j, 1, best.len);
      g_array_append_val (taken, best);
    }
}

static gint
oracle_run_in_a (gconstpointer pa, gconstpointer pb)
{
  const OracleRun *x = pa, *y = pb;
  return (x->i > y->i) - (x->i < y->i);
}

static guint
oracle_words (const GArray *tokens)
{
  guint words = 0;
  for (guint i = 0; i < tokens->len; i++)
    words += !(g_array_index (tokens, PxAlignToken, i).flags & PX_ALIGN_ELISION);
  return words;
}

/* The oracle's verdict on the pair (@a, @b), in px_align_reuse's terms;
 * FALSE when they share no passage. */
static gboolean
oracle_pair (GArray *const *tokens, guint a, guint b, guint min, PxReusePair *out)
{
  g_autoptr(GArray) runs = oracle_runs (tokens[a], tokens[b], min);
  if (runs->len == 0)
    return FALSE;
  g_autoptr(GArray) taken = oracle_tile (runs, tokens[a]->len, tokens[b]->len, min);
  g_array_sort (taken, oracle_run_in_a);
  out->a = a;
  out->b = b;
  out->passages = g_array_new (FALSE, FALSE, sizeof (PxReusePassage));
  guint covered = 0;
  for (guint r = 0; r < taken->len; r++)
    {
      const OracleRun *run = &g_array_index (taken, OracleRun, r);
      const PxAlignToken *ta = &g_array_index (tokens[a], PxAlignToken, 0);
      const PxAlignToken *tb = &g_array_index (tokens[b], PxAlignToken, 0);
      PxReusePassage p = {
        { ta[run->i].span.start, ta[run->i + run->len - 1].span.end },
        { tb[run->j].span.start, tb[run->j + run->len - 1].span.end },
        run->len,
      };
      g_array_append_val (out->passages, p);
      covered += run->len;
    }
  guint wa = oracle_words (tokens[a]), wb = oracle_words (tokens[b]);
  out->ratio_a = (double) covered / wa;
  out->ratio_b = (double) covered / wb;
  out->ratio = (double) covered / MIN (wa, wb);
  return TRUE;
}

typedef struct {
  GArray *const *tokens;
  guint n_docs, min;
  gint next;
  GArray **found;           /* per document a: the oracle's pairs (a, b > a) */
} OracleJob;

static gpointer
oracle_worker (gpointer data)
{
  OracleJob *job = data;
  for (guint a; (a = (guint) g_atomic_int_add (&job->next, 1)) < job->n_docs;)
    {
      job->found[a] = g_array_new (FALSE, FALSE, sizeof (PxReusePair));
      g_array_set_clear_func (job->found[a], (GDestroyNotify) px_reuse_pair_clear);
      for (guint b = a + 1; b < job->n_docs; b++)
        {
          PxReusePair pair = { 0 };
          if (oracle_pair (job->tokens, a, b, job->min, &pair))
            g_array_append_val (job->found[a], pair);
        }
    }
  return NULL;
}

static gboolean
same_pair (const PxReusePair *x, const PxReusePair *y)
{
  if (x->a != y->a || x->b != y->b || x->passages->len != y->passages->len)
    return FALSE;
  if (ABS (x->ratio - y->ratio) > 1e-12 || ABS (x->ratio_a - y->ratio_a) > 1e-12
      || ABS (x->ratio_b - y->ratio_b) > 1e-12)
    return FALSE;
  for (guint k = 0; k < x->passages->len; k++)
    {
      const PxReusePassage *p = &g_array_index (x->passages, PxReusePassage, k);
      const PxReusePassage *q = &g_array_index (y->passages, PxReusePassage, k);
      if (p->a.start != q->a.start || p->a.end != q->a.end || p->b.start != q->b.start
          || p->b.end != q->b.end || p->words != q->words)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  guint oracle_pairs, index_pairs, agree;
  Clock oracle_time;
} OracleScore;

/* Compares px_align_reuse on the first @n documents with the oracle. */
static OracleScore
check_oracle (const PxCompareRules *rules, GArray *const *tokens, guint n, guint n_threads)
{
  OracleScore score = { 0 };
  g_autoptr(GArray) pairs = px_align_reuse (rules, tokens, n, n_threads);
  g_autofree GArray **found = g_new0 (GArray *, MAX (n, 1));
  OracleJob job = { tokens, n, rules->reuse_min_words, 0, found };
  Clock start = clock_now ();
  run_threads (oracle_worker, &job, n_threads);
  score.oracle_time = clock_since (start);

  score.index_pairs = pairs->len;
  guint next = 0;           /* both lists are in (a, b) order */
  for (guint a = 0; a < n; a++)
    {
      for (guint k = 0; k < found[a]->len; k++)
        {
          const PxReusePair *want = &g_array_index (found[a], PxReusePair, k);
          score.oracle_pairs++;
          while (next < pairs->len && pair_key (g_array_index (pairs, PxReusePair, next).a,
                                                g_array_index (pairs, PxReusePair, next).b)
                                      < pair_key (want->a, want->b))
            next++;
          if (next < pairs->len && same_pair (&g_array_index (pairs, PxReusePair, next), want))
            score.agree++;
          else
            fprintf (stderr, "bench-reuse: oracle and index differ on (%u, %u)\n", want->a,
                     want->b);
        }
      g_array_unref (found[a]);
    }
  return score;
}

/* ### Sizes */

typedef struct {
  guint n, pairs, planted, predicted, hits;
  Clock reuse;
  double end_to_end_ms;     /* wall: reading and tokenizing the n documents, then reuse */
} SizeScore;

static SizeScore
run_size (const PxCompareRules *rules, GArray *const *tokens, guint n, guint n_threads,
          const Truth *truth)
{
  SizeScore score = { .n = n };
  Clock start = clock_now ();
  g_autoptr(GArray) pairs = px_align_reuse (rules, tokens, n, n_threads);
  score.reuse = clock_since (start);
  score.pairs = pairs->len;
  for (guint i = 0; i < pairs->len; i++)
    {
      const PxReusePair *pair = &g_array_index (pairs, PxReusePair, i);
      if (pair->ratio < rules->republication_ratio)
        continue;
      guint64 key = pair_key (pair->a, pair->b);
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

static double
share (guint part, guint whole)
{
  return whole > 0 ? (double) part / whole : 1.0;
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
              sc->planted, share (sc->hits, sc->planted), share (sc->hits, sc->predicted));
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

/* Parses "1000,10000" into ascending sizes. */
static GArray *
parse_sizes (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint n = (guint) strtoul (parts[i], NULL, 10);
      if (n > 0)
        g_array_append_val (sizes, n);
    }
  return sizes;
}

int
main (int argc, char **argv)
{
  guint n_threads = 2, oracle = 200;
  g_autoptr(GArray) sizes = NULL;
  int i = 1;
  for (; i + 1 < argc && g_str_has_prefix (argv[i], "--"); i += 2)
    {
      if (strcmp (argv[i], "--threads") == 0)
        n_threads = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (strcmp (argv[i], "--oracle") == 0)
        oracle = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (strcmp (argv[i], "--sizes") == 0)
        sizes = parse_sizes (argv[i + 1]);
      else
        return usage ();
    }
  if (i + 1 != argc || n_threads == 0)
    return usage ();
  if (sizes == NULL)
    sizes = parse_sizes ("1000");

  g_autoptr(GError) error = NULL;
  g_autoptr(PxCompareRules) rules = px_compare_rules_load_default (&error);
  g_auto (Truth) truth = { NULL, NULL };
  if (rules == NULL || !read_truth (argv[i], &truth, &error))
    {
      fprintf (stderr, "bench-reuse: %s\n", error->message);
      return 1;
    }
  guint n_docs = truth.files->len;
  for (guint s = 0; s < sizes->len; s++)
    if (g_array_index (sizes, guint, s) > n_docs)
      {
        fprintf (stderr, "bench-reuse: %u documents asked for, %s has %u\n",
                 g_array_index (sizes, guint, s), argv[i], n_docs);
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
  Clock start = clock_now ();
  run_threads (tokenize_worker, &tokenize, n_threads);
  Clock tokenized = clock_since (start);
  if (tokenize.failed)
    {
      fprintf (stderr, "bench-reuse: cannot read the documents of %s\n", argv[i]);
      return 1;
    }
  guint64 n_tokens = 0;
  for (guint d = 0; d < largest; d++)
    n_tokens += tokens[d]->len;
  double tokenized_rss = peak_rss_mib ();

  printf ("text reuse: %u documents of %s read and tokenized in %.0f ms (wall; %.0f ms CPU),"
          " %.0f tokens per document\n",
          largest, argv[i], tokenized.wall_ms, tokenized.cpu_ms, (double) n_tokens / MAX (largest, 1));
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
      if (share (scores[s].hits, scores[s].planted) < MIN_SCORE
          || share (scores[s].hits, scores[s].predicted) < MIN_SCORE)
        status = 1;
    }
  print_sizes (scores, sizes->len, n_threads);

  if (oracle > 0)
    {
      OracleScore o = check_oracle (rules, tokens, oracle, n_threads);
      printf ("\noracle (brute force, every pair of the first %u documents, %.0f ms wall):"
              " %u pairs; index: %u pairs; %u agree in passages and ratios\n",
              oracle, o.oracle_time.wall_ms, o.oracle_pairs, o.index_pairs, o.agree);
      if (o.agree != o.oracle_pairs || o.index_pairs != o.oracle_pairs)
        status = 1;
    }
  printf ("peak RSS %.0f MiB, of which %.0f MiB before any comparison (the tokens)\n",
          peak_rss_mib (), tokenized_rss);
  for (guint d = 0; d < largest; d++)
    g_array_unref (tokens[d]);
  if (status != 0)
    fprintf (stderr, "bench-reuse: below the targets (recall and precision %.2f, oracle"
             " agreement)\n", MIN_SCORE);
  return status;
}
