/* bench-match.c: times the gazetteer's compile, its cache and its matcher.
 *
 *   bench-match compile CACHE SOURCE...
 *       hashes and compiles SOURCE... (gazetteer files or folders, one layer
 *       each, as px_gazetteer_load reads them) and saves the cache CACHE.
 *   bench-match match [--repeat N] [--planted SPANS] CACHE TEXT SOURCE...
 *       first times a warm start as the program makes it: the sources'
 *       stamp compared with the cache's, the cache mapped and checked
 *       (px_gazetteer_load_cached), and the first line of TEXT matched;
 *       then opens CACHE again as a start that hashes the sources does
 *       (hash, map, check), and matches TEXT line by line, as the
 *       extractor matches a text in pieces, N times, keeping the fastest
 *       pass.  TEXT is read 4 MiB at a time, so that the process's peak
 *       RSS is the matcher's and not the text's; only the matching is
 *       timed, as the peer times only its own.  With --planted, a last
 *       pass, not timed, counts how many of the names bench/gen-text.py
 *       planted (its --spans file) are found exactly where they are.
 *
 * Each mode is its own process so that its peak RSS is its own.  Output is
 * one key=value line per measure (bench/run.sh reads them); times are
 * milliseconds.
 */
#include "config.h"

#include <errno.h>
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

/* The text is read in pieces of this size, cut at a line's end, so that
 * the process's size does not grow with the text's: what a scanner of a
 * large text would do. */
#define PIECE ((gsize) 4 << 20)

/* A text read a piece at a time: @buf holds @len bytes, the whole lines
 * of the current piece and, after them, the start of the next line. */
typedef struct {
  FILE *file;
  char *buf;
  gsize len;                    /* bytes in @buf */
  gsize lines;                  /* of them, the whole lines */
  gboolean at_end;
} Pieces;

/* Opens the text at @path, to be read into @buf (PIECE bytes). */
static gboolean
pieces_open (Pieces *p, const char *path, char *buf, GError **error)
{
  *p = (Pieces) { .file = fopen (path, "rb"), .buf = buf };
  if (p->file == NULL)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: cannot open: %s",
                   path, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* The next piece of whole lines (the text's last line needs no line
 * feed); FALSE at the end of the text, or on a read error in @error. */
static gboolean
pieces_next (Pieces *p, const char *path, GError **error)
{
  memmove (p->buf, p->buf + p->lines, p->len - p->lines);
  p->len -= p->lines;
  p->lines = 0;
  if (!p->at_end)
    {
      gsize got = fread (p->buf + p->len, 1, PIECE - p->len, p->file);
      if (ferror (p->file))
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                       "%s: cannot read: %s", path, g_strerror (errno));
          return FALSE;
        }
      p->len += got;
      p->at_end = got == 0 || feof (p->file);
    }
  if (p->len == 0)
    return FALSE;
  const char *nl = NULL;
  for (gsize k = p->len; k > 0 && nl == NULL; k--)
    if (p->buf[k - 1] == '\n')
      nl = p->buf + k - 1;
  if (nl != NULL)
    p->lines = (gsize) (nl - p->buf) + 1;
  else if (p->at_end || p->len == PIECE)
    p->lines = p->len;          /* the last line, or one longer than a piece */
  return TRUE;
}

/* Where each line of @text ends (at its line feed, or at its end for the
 * last): found before the lines are matched and timed, as the peer
 * splits its text into lines before timing its own matching. */
static void
line_ends (const char *text, gsize len, GArray *ends)
{
  g_array_set_size (ends, 0);
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      gsize at = (gsize) ((nl ? nl : end) - text);
      g_array_append_val (ends, at);
      p = text + at + 1;
    }
}

/* What is done with each piece of whole lines: @text, whose lines end at
 * @ends, starts @offset bytes into the text. */
typedef void (*PieceFunc) (const char *text, const GArray *ends, gsize offset, gpointer data);

/* Reads the text at @path a piece at a time into @buf, finds the lines of
 * each and hands them to @func; the text's size in *@bytes. */
static gboolean
each_piece (const char *path, char *buf, PieceFunc func, gpointer data, gsize *bytes,
            GError **error)
{
  Pieces p;
  if (!pieces_open (&p, path, buf, error))
    return FALSE;
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  GError *local = NULL;
  *bytes = 0;
  while (pieces_next (&p, path, &local))
    {
      line_ends (p.buf, p.lines, ends);
      func (p.buf, ends, *bytes, data);
      *bytes += p.lines;
    }
  fclose (p.file);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  const PxGazetteer *gaz;
  GArray *found;                /* PxNameMatch, one line's */
  guint64 matches;
  double ms;                    /* CPU time matching */
  const GArray *planted;        /* PxSpan, in order; NULL: only count and time */
  guint next_planted;
  guint64 planted_found;
} Pass;

/* The planted spans before @start are passed; whether the one at @start
 * is @span. */
static gboolean
is_planted (Pass *pass, PxSpan span)
{
  const GArray *planted = pass->planted;
  while (pass->next_planted < planted->len
         && g_array_index (planted, PxSpan, pass->next_planted).start < span.start)
    pass->next_planted++;
  if (pass->next_planted == planted->len)
    return FALSE;
  PxSpan p = g_array_index (planted, PxSpan, pass->next_planted);
  return p.start == span.start && p.end == span.end;
}

/* Matches the lines of a piece: timed, or (with planted names to find)
 * not timed, each match compared with them. */
static void
match_piece (const char *text, const GArray *ends, gsize offset, gpointer data)
{
  Pass *pass = data;
  double t0 = now_ms ();
  gsize start = 0;
  for (guint k = 0; k < ends->len; k++)
    {
      gsize end = g_array_index (ends, gsize, k);
      g_array_set_size (pass->found, 0);
      px_gazetteer_match (pass->gaz, text + start, end - start, pass->found);
      pass->matches += pass->found->len;
      for (guint m = 0; pass->planted && m < pass->found->len; m++)
        {
          PxSpan span = g_array_index (pass->found, PxNameMatch, m).span;
          span.start += offset + start;
          span.end += offset + start;
          pass->planted_found += is_planted (pass, span);
        }
      start = end + 1;
    }
  pass->ms += now_ms () - t0;
}

/* One pass over the text at @path; the text's size in *@bytes. */
static gboolean
match_text (Pass *pass, const char *path, char *buf, gsize *bytes, GError **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  pass->found = found;
  gboolean ok = each_piece (path, buf, match_piece, pass, bytes, error);
  pass->found = NULL;
  return ok;
}

/* The spans of the planted names, "START END" a line, in order of start
 * (bench/gen-text.py --spans). */
static GArray *
read_spans (const char *path, GError **error)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: cannot open: %s",
                   path, g_strerror (errno));
      return NULL;
    }
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  guint64 start, end;
  int got;
  while ((got = fscanf (f, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &start, &end)) == 2)
    {
      if (end <= start
          || (spans->len > 0 && start < g_array_index (spans, PxSpan, spans->len - 1).end))
        break;
      PxSpan span = { (gsize) start, (gsize) end };
      g_array_append_val (spans, span);
    }
  gboolean bad = got != EOF || ferror (f);
  fclose (f);
  if (bad)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "%s: span %u is not START END after the last", path, spans->len + 1);
      return NULL;
    }
  return g_steal_pointer (&spans);
}

/* A warm start up to the first names found: what a user waits for before
 * the first line of output.  @first is the text's first line. */
static int
run_warm_start (const char *cache, const char *first, gsize len, const char *const *sources)
{
  GError *error = NULL;
  double t0 = now_ms ();
  PxGazetteerCacheStatus status;
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load_cached (sources, NULL, cache, &status, NULL,
                                                         &error);
  if (gaz == NULL)
    return fail (error);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, first, len, found);
  double t1 = now_ms ();
  if (status != PX_GAZETTEER_CACHE_HIT)
    {
      fprintf (stderr, "bench-match: %s was not used as it is (rebuilt)\n", cache);
      return 1;
    }
  printf ("warm_start_ms=%.1f\n", t1 - t0);
  return 0;
}

/* The text's first line, in @buf (PIECE bytes); its length. */
static gboolean
first_line (const char *path, char *buf, gsize *len, GError **error)
{
  Pieces p;
  if (!pieces_open (&p, path, buf, error))
    return FALSE;
  GError *local = NULL;
  pieces_next (&p, path, &local);   /* FALSE for an empty text too */
  fclose (p.file);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  const char *nl = memchr (buf, '\n', p.lines);
  *len = nl ? (gsize) (nl - buf) : p.lines;
  return TRUE;
}

static int
run_match (guint repeat, const char *planted_path, const char *cache, const char *text_path,
           const char *const *sources)
{
  GError *error = NULL;
  guint8 hash[32];
  gint64 start = g_get_monotonic_time ();
  g_autofree char *buf = g_malloc (PIECE);
  gsize first_len;
  if (!first_line (text_path, buf, &first_len, &error))
    return fail (error);
  if (run_warm_start (cache, buf, first_len, sources) != 0)
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
  double best = G_MAXDOUBLE;
  guint64 matches = 0;
  gsize len = 0;
  for (guint r = 0; r < repeat; r++)
    {
      Pass pass = { .gaz = gaz };
      if (!match_text (&pass, text_path, buf, &len, &error))
        return fail (error);
      best = MIN (best, pass.ms);
      matches = pass.matches;
    }
  printf ("text_bytes=%zu\nmatches=%" G_GUINT64_FORMAT "\nmatch_ms=%.1f\nmb_per_s=%.2f\n", len,
          matches, best, (double) len / 1e6 / (best / 1000.0));
  print_wall (start);
  print_peak_rss ();
  if (planted_path)
    {
      /* A pass of its own, not timed, whose spans do not count in the
       * peak RSS printed above. */
      g_autoptr(GArray) planted = read_spans (planted_path, &error);
      if (planted == NULL)
        return fail (error);
      Pass pass = { .gaz = gaz, .planted = planted };
      if (!match_text (&pass, text_path, buf, &len, &error))
        return fail (error);
      printf ("planted=%u\nplanted_found=%" G_GUINT64_FORMAT "\n", planted->len,
              pass.planted_found);
    }
  return 0;
}

static int
usage (void)
{
  fputs ("usage: bench-match compile CACHE SOURCE...\n"
         "       bench-match match [--repeat N] [--planted SPANS] CACHE TEXT SOURCE...\n",
         stderr);
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
  const char *planted = NULL;
  for (; argc > i + 1 && g_str_has_prefix (argv[i], "--"); i += 2)
    if (strcmp (argv[i], "--repeat") == 0)
      repeat = (guint) strtoul (argv[i + 1], NULL, 10);
    else if (strcmp (argv[i], "--planted") == 0)
      planted = argv[i + 1];
    else
      return usage ();
  if (repeat == 0 || argc < i + 3)
    return usage ();
  return run_match (repeat, planted, argv[i], argv[i + 1], (const char *const *) argv + i + 2);
}
