/* bench-match.c: times the gazetteer's compile, its cache and its matcher.
 *
 *   bench-match compile CACHE SOURCE...
 *       hashes and compiles SOURCE... (gazetteer files or folders, one layer
 *       each, as px_gazetteer_load reads them) and saves the cache CACHE.
 *   bench-match match [--repeat N] CACHE TEXT SOURCE...
 *       first times a warm start as the program makes it: the sources'
 *       stamp compared with the cache's, the cache mapped and checked
 *       (px_gazetteer_load_cached), and the first line of TEXT matched;
 *       then opens CACHE again as a start that hashes the sources does
 *       (hash, map, check), and matches TEXT line by line, as the
 *       extractor matches a text in pieces, N times, keeping the fastest
 *       pass.
 *
 * Each mode is its own process so that its peak RSS is its own.  Output is
 * one key=value line per measure (bench/run.sh reads them); times are
 * milliseconds.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <glib/gstdio.h>

#include "gazetteer/gazetteer.h"

/* Times are CPU time (user + system) of this process: on a shared machine
 * wall-clock time measures the other processes too.  The wall-clock time of
 * the whole run is printed as well, for reference. */
static double
now_ms (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double) ts.tv_sec * 1000.0 + (double) ts.tv_nsec / 1e6;
}

static void
print_wall (gint64 start)
{
  printf ("wall_ms=%.1f\n", (double) (g_get_monotonic_time () - start) / 1000.0);
}

static void
print_peak_rss (void)
{
  struct rusage usage;
  if (getrusage (RUSAGE_SELF, &usage) == 0)
    printf ("peak_rss_kb=%ld\n", usage.ru_maxrss);   /* Linux: kilobytes */
}

static int
fail (GError *error)
{
  fprintf (stderr, "bench-match: %s\n", error->message);
  g_error_free (error);
  return 1;
}

static int
run_compile (const char *cache, const char *const *sources)
{
  GError *error = NULL;
  guint8 hash[32];
  gint64 start = g_get_monotonic_time ();
  double t0 = now_ms ();
  if (!px_gazetteer_hash_sources (sources, NULL, hash, &error))
    return fail (error);
  double t1 = now_ms ();
  /* px_gazetteer_load hashes again: compile_ms includes hash_ms. */
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load (sources, NULL, &error);
  if (gaz == NULL)
    return fail (error);
  double t2 = now_ms ();
  if (!px_gazetteer_save (gaz, cache, &error))
    return fail (error);
  double t3 = now_ms ();
  GStatBuf st;
  printf ("entities=%u\nnames=%u\n", px_gazetteer_n_entities (gaz), px_gazetteer_n_names (gaz));
  printf ("hash_ms=%.1f\ncompile_ms=%.1f\nsave_ms=%.1f\n", t1 - t0, t2 - t1, t3 - t2);
  printf ("cache_bytes=%lld\n", g_stat (cache, &st) == 0 ? (long long) st.st_size : -1LL);
  print_wall (start);
  print_peak_rss ();
  return 0;
}

/* One pass over @text, a line at a time; returns the number of matches. */
static guint64
match_lines (const PxGazetteer *gaz, const char *text, gsize len, GArray *found)
{
  guint64 matches = 0;
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *line_end = nl ? nl : end;
      g_array_set_size (found, 0);
      px_gazetteer_match (gaz, p, (gsize) (line_end - p), found);
      matches += found->len;
      p = line_end + 1;
    }
  return matches;
}

/* A warm start up to the first names found: what a user waits for before
 * the first line of output. */
static int
run_warm_start (const char *cache, const char *text, gsize len, const char *const *sources)
{
  GError *error = NULL;
  double t0 = now_ms ();
  PxGazetteerCacheStatus status;
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load_cached (sources, NULL, cache, &status, NULL,
                                                         &error);
  if (gaz == NULL)
    return fail (error);
  const char *nl = memchr (text, '\n', len);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, text, nl ? (gsize) (nl - text) : len, found);
  double t1 = now_ms ();
  if (status != PX_GAZETTEER_CACHE_HIT)
    {
      fprintf (stderr, "bench-match: %s was not used as it is (rebuilt)\n", cache);
      return 1;
    }
  printf ("warm_start_ms=%.1f\n", t1 - t0);
  return 0;
}

static int
run_match (guint repeat, const char *cache, const char *text_path, const char *const *sources)
{
  GError *error = NULL;
  guint8 hash[32];
  gint64 start = g_get_monotonic_time ();
  g_autofree char *text = NULL;
  gsize len = 0;
  if (!g_file_get_contents (text_path, &text, &len, &error))
    return fail (error);
  if (run_warm_start (cache, text, len, sources) != 0)
    return 1;
  double t0 = now_ms ();
  if (!px_gazetteer_hash_sources (sources, NULL, hash, &error))
    return fail (error);
  double t1 = now_ms ();
  g_autoptr(PxGazetteer) gaz = px_gazetteer_open_cache (cache, hash, &error);
  if (gaz == NULL)
    return fail (error);
  double t2 = now_ms ();
  printf ("hash_ms=%.1f\nopen_ms=%.1f\n", t1 - t0, t2 - t1);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  double best = G_MAXDOUBLE;
  guint64 matches = 0;
  for (guint r = 0; r < repeat; r++)
    {
      double pass = now_ms ();
      matches = match_lines (gaz, text, len, found);
      best = MIN (best, now_ms () - pass);
    }
  printf ("text_bytes=%zu\nmatches=%" G_GUINT64_FORMAT "\nmatch_ms=%.1f\nmb_per_s=%.2f\n", len,
          matches, best, (double) len / 1e6 / (best / 1000.0));
  print_wall (start);
  print_peak_rss ();
  return 0;
}

static int
usage (void)
{
  fputs ("usage: bench-match compile CACHE SOURCE...\n"
         "       bench-match match [--repeat N] CACHE TEXT SOURCE...\n", stderr);
  return 2;
}

int
main (int argc, char **argv)
{
  if (argc >= 4 && strcmp (argv[1], "compile") == 0)
    return run_compile (argv[2], (const char *const *) argv + 3);
  if (argc < 2 || strcmp (argv[1], "match") != 0)
    return usage ();
  int i = 2;
  guint repeat = 1;
  if (argc > i + 1 && strcmp (argv[i], "--repeat") == 0)
    {
      repeat = (guint) strtoul (argv[i + 1], NULL, 10);
      i += 2;
    }
  if (repeat == 0 || argc < i + 3)
    return usage ();
  return run_match (repeat, argv[i], argv[i + 1], (const char *const *) argv + i + 2);
}
