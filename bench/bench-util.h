/* bench-util.h: what the benchmarks share: clocks, threads, sizes, and
 * the brute-force oracle that text reuse is checked against. */
#pragma once

#include <glib.h>

#include "align/align-private.h"

/* The target for recall and precision on planted items. */
#define BENCH_MIN_SCORE 0.95

typedef struct {
  double wall_ms, cpu_ms;
} BenchClock;

/* CPU time of all the process's threads, and wall-clock time. */
BenchClock bench_clock_now (void);
BenchClock bench_clock_since (BenchClock start);
/* The process's peak resident set so far. */
double     bench_peak_rss_mib (void);

/* One key for the unordered pair (@a, @b), ordered as (min, max) is. */
guint64    bench_pair_key (guint a, guint b);
/* @part / @whole, and 1 when there is nothing to find. */
double     bench_share (guint part, guint whole);
/* Parses "1000,10000" into the positive sizes, in the order given.
 * (transfer full) (element-type guint) */
GArray    *bench_parse_sizes (const char *text);

/* What the benchmarks are told on their command line. */
typedef struct {
  guint threads;            /* --threads T (default 2) */
  GArray *sizes;            /* --sizes N,N... (default 1000), ascending */
  guint oracle;             /* --oracle M (default 200) */
  guint full;               /* --full N (default 0; only where @allow_full) */
  guint repeat;             /* --repeat R (default 1): passes, the fastest kept */
  const char *dir;          /* the generated articles (bench-extract: a file) */
} BenchArgs;

/* Parses "[--threads T] [--sizes N,N...] [--oracle M] [--full N] [--repeat R] DIR";
 * FALSE on anything else (or --full where not @allow_full). */
gboolean   bench_parse_args (int argc, char **argv, gboolean allow_full, BenchArgs *out);
void       bench_args_clear (BenchArgs *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BenchArgs, bench_args_clear)

/* Runs @func (@job) on @n_threads threads, this one included, and waits
 * for all of them: workers take items from the job with an atomic counter. */
void       bench_run_threads (GThreadFunc func, gpointer job, guint n_threads);

typedef struct {
  guint oracle_pairs, index_pairs, agree;
  BenchClock oracle_time;
} BenchOracleScore;

/* px_align_reuse over the first @n of @tokens against the brute-force
 * oracle (docs/bench.md, "What bench-reuse measures"): every pair aligned
 * without shingles or index.  Pairs, passages and ratios must be equal;
 * each difference is reported on standard error. */
BenchOracleScore bench_reuse_oracle (const PxCompareRules *rules, GArray *const *tokens, guint n,
                                     guint n_threads);
