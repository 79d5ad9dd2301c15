/* bench-util.c: what the benchmarks share (bench-util.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench-util.h"

BenchClock
bench_clock_now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (BenchClock) { (double) g_get_monotonic_time () / 1000.0,
                        (double) ts.tv_sec * 1000.0 + (double) ts.tv_nsec / 1e6 };
}

BenchClock
bench_clock_since (BenchClock start)
{
  BenchClock now = bench_clock_now ();
  return (BenchClock) { now.wall_ms - start.wall_ms, now.cpu_ms - start.cpu_ms };
}

double
bench_peak_rss_mib (void)
{
  struct rusage usage;
  return getrusage (RUSAGE_SELF, &usage) == 0 ? (double) usage.ru_maxrss / 1024.0 : -1;
}

guint64
bench_pair_key (guint a, guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
}

void
bench_run_threads (GThreadFunc func, gpointer job, guint n_threads)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  for (guint t = 1; t < n_threads; t++)
    g_ptr_array_add (threads, g_thread_new ("bench", func, job));
  func (job);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (threads->pdata[t]);
}

/* ### The reuse oracle */

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

BenchOracleScore
bench_reuse_oracle (const PxCompareRules *rules, GArray *const *tokens, guint n, guint n_threads)
{
  BenchOracleScore score = { 0 };
  g_autoptr(GArray) pairs = px_align_reuse (rules, tokens, n, n_threads);
  g_autofree GArray **found = g_new0 (GArray *, MAX (n, 1));
  OracleJob job = { tokens, n, rules->reuse_min_words, 0, found };
  BenchClock start = bench_clock_now ();
  bench_run_threads (oracle_worker, &job, n_threads);
  score.oracle_time = bench_clock_since (start);

  score.index_pairs = pairs->len;
  guint next = 0;           /* both lists are in (a, b) order */
  for (guint a = 0; a < n; a++)
    {
      for (guint k = 0; k < found[a]->len; k++)
        {
          const PxReusePair *want = &g_array_index (found[a], PxReusePair, k);
          score.oracle_pairs++;
          while (next < pairs->len && bench_pair_key (g_array_index (pairs, PxReusePair, next).a,
                                                g_array_index (pairs, PxReusePair, next).b)
                                      < bench_pair_key (want->a, want->b))
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

double
bench_share (guint part, guint whole)
{
  return whole > 0 ? (double) part / whole : 1.0;
}

/* Parses "1000,10000" into ascending sizes. */
static gint
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return (x > y) - (x < y);
}

gboolean
bench_parse_args (int argc, char **argv, gboolean allow_full, BenchArgs *out)
{
  *out = (BenchArgs) { .threads = 2, .oracle = 200, .repeat = 1 };
  int i = 1;
  for (; i + 1 < argc && g_str_has_prefix (argv[i], "--"); i += 2)
    {
      if (strcmp (argv[i], "--threads") == 0)
        out->threads = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (strcmp (argv[i], "--oracle") == 0)
        out->oracle = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (allow_full && strcmp (argv[i], "--full") == 0)
        out->full = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (strcmp (argv[i], "--repeat") == 0)
        out->repeat = (guint) strtoul (argv[i + 1], NULL, 10);
      else if (strcmp (argv[i], "--sizes") == 0 && out->sizes == NULL)
        out->sizes = bench_parse_sizes (argv[i + 1]);
      else
        return FALSE;
    }
  if (i + 1 != argc || out->threads == 0 || out->repeat == 0)
    return FALSE;
  if (out->sizes == NULL)
    out->sizes = bench_parse_sizes ("1000");
  g_array_sort (out->sizes, compare_uint);
  out->dir = argv[i];
  return TRUE;
}

void
bench_args_clear (BenchArgs *args)
{
  g_clear_pointer (&args->sizes, g_array_unref);
}

GArray *
bench_parse_sizes (const char *text)
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

