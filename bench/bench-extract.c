/* bench-extract.c: the date, quote and number extractors (src/extract/)
 * over a large text of news articles, in megabytes per second of CPU.
 *
 *   bench-extract [--repeat R] ARTICLES
 *
 * ARTICLES is a text of articles each ended by a line holding only a form
 * feed (bench/gen-text.py --articles writes one).  Articles go through the
 * pipeline as `parallax extract` takes them, one at a time: ingest
 * (px_text_new), clean, segment, then each extractor.  They are prepared a
 * batch at a time (about 128 KB, some 40 articles), and each extractor
 * then runs over the whole batch, R times (default 1), the fastest kept: a
 * figure is the sum over the batches of the fastest pass.  A batch is
 * small enough that its text and tokens stay in the processor's cache,
 * as an article's do when `parallax extract` extracts it right after
 * segmenting it, and large enough that the clock is read rarely.
 *
 * Timed apart, on one thread, CPU time: "prepare" (ingest + clean +
 * segment), each of dates, quotes and numbers, and, for the whole
 * per-article cost, metadata, entities (bundled gazetteer, through the
 * program's cache) and px_extract (everything, as `parallax extract`
 * runs it).  "together" is dates + quotes + numbers: the three
 * extractors the target is set for; "together_first", the same over the
 * first pass of each batch only, as one run of the program pays it.  The
 * dates are resolved against a fixed publication day, so relative dates
 * are resolved too.
 *
 * Output: key=value lines (docs/bench.md, "Dates, quotes and numbers").
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-util.h"
#include "clean/clean.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

/* Articles prepared at once: their text and tokens (about ten times the
 * text) fit in a core's cache; reading the CPU clock (a system call)
 * costs little against a millisecond or so of work per batch. */
#define BATCH_BYTES (128 * 1000)
/* The publication day relative dates are resolved against. */
#define ANCHOR_DAY 20, G_DATE_JANUARY, 2025

typedef struct {
  PxText *text;
  PxCleaned *cleaned;
  PxSegmentation *seg;
} Article;

static void
article_clear (Article *a)
{
  g_clear_pointer (&a->seg, px_segmentation_free);
  g_clear_pointer (&a->cleaned, px_cleaned_free);
  g_clear_pointer (&a->text, px_text_unref);
}

typedef enum {
  M_PREPARE, M_DATES, M_QUOTES, M_NUMBERS, M_METADATA, M_ENTITIES, M_WHOLE, N_MEASURES
} Measure;

static const char *const measure_names[N_MEASURES] = {
  "prepare", "dates", "quotes", "numbers", "metadata", "entities", "whole",
};

typedef struct {
  PxCleanRules *clean;
  PxSegmentRules *segment;
  PxExtractRules *extract;
  PxDateRules *dates;
  PxQuoteRules *quotes;
  PxNumberRules *numbers;
  PxMetadataRules *metadata;
  PxNameRules *names;
  PxDateContext context;
  guint repeat;
  double ms[N_MEASURES];       /* CPU, the fastest pass of each batch, summed */
  double first_ms[N_MEASURES]; /* CPU, the first pass of each batch, summed */
  guint64 found[N_MEASURES];   /* dates, quotes, quantities, mentions... */
  guint64 articles, bytes;
  guint64 refused;             /* articles ingest or cleaning refused */
} Bench;

static void
bench_clear (Bench *b)
{
  g_clear_pointer (&b->clean, px_clean_rules_free);
  g_clear_pointer (&b->segment, px_segment_rules_free);
  g_clear_pointer (&b->extract, px_extract_rules_free);
  g_clear_pointer (&b->dates, px_date_rules_free);
  g_clear_pointer (&b->quotes, px_quote_rules_free);
  g_clear_pointer (&b->numbers, px_number_rules_free);
  g_clear_pointer (&b->metadata, px_metadata_rules_free);
  g_clear_pointer (&b->names, px_name_rules_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bench, bench_clear)

/* The default rules, and the bundled gazetteer through the cache
 * `parallax extract` uses (as bench-compare opens it). */
static gboolean
bench_open (Bench *b, GError **error)
{
  if ((b->clean = px_clean_rules_load_default (error)) == NULL
      || (b->segment = px_segment_rules_load_default (error)) == NULL
      || (b->dates = px_date_rules_load_default (error)) == NULL
      || (b->quotes = px_quote_rules_load_default (error)) == NULL
      || (b->numbers = px_number_rules_load_default (error)) == NULL
      || (b->metadata = px_metadata_rules_load_default (error)) == NULL
      || (b->names = px_name_rules_load_default (error)) == NULL)
    return FALSE;
  g_autofree char *bundled = px_data_path ("data/gazetteer");
  const char *paths[] = { bundled, NULL };
  PxGazetteerOptions options = { px_name_rules_caps_only_max_letters (b->names) };
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "parallax", NULL);
  g_autofree char *cache = g_build_filename (cache_dir, "gazetteer.pxg", NULL);
  g_mkdir_with_parents (cache_dir, 0755);
  PxGazetteerCacheStatus status;
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load_cached (paths, &options, cache, &status, NULL,
                                                         error);
  if (gaz == NULL)
    return FALSE;
  b->extract = px_extract_rules_load_default (gaz, error);
  g_date_clear (&b->context.published, 1);
  g_date_set_dmy (&b->context.published, ANCHOR_DAY);
  b->context.order = PX_DATE_ORDER_DEFAULT;
  return b->extract != NULL;
}

/* ingest + clean + segment, as px_document_load does. */
static gboolean
prepare (const Bench *b, const char *data, gsize len, Article *out, GError **error)
{
  out->text = px_text_new ("article", data, len, NULL, error);
  if (out->text == NULL)
    return FALSE;
  out->cleaned = px_clean (b->clean, out->text, error);
  if (out->cleaned == NULL)
    return FALSE;
  guint n = px_cleaned_n_kept (out->cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (out->cleaned, i);
  out->seg = px_segment (b->segment, out->text, kept, n);
  return TRUE;
}

/* One measure over one article: what it found. */
static guint
run_one (const Bench *b, Measure m, const Article *a)
{
  switch (m)
    {
    case M_DATES:
      {
        g_autoptr(GPtrArray) r = px_extract_dates (b->dates, a->text, a->seg, &b->context);
        return r->len;
      }
    case M_QUOTES:
      {
        g_autoptr(GPtrArray) r = px_extract_quotes (b->quotes, a->text, a->seg, NULL);
        return r->len;
      }
    case M_NUMBERS:
      {
        g_autoptr(GPtrArray) r = px_extract_numbers (b->numbers, a->text, a->seg);
        return r->len;
      }
    case M_METADATA:
      {
        g_autoptr(PxMetadata) r = px_extract_metadata (b->metadata, b->dates, b->segment,
                                                       px_extract_rules_get_gazetteer (b->extract),
                                                       a->text, a->cleaned, b->context.order);
        guint n = 0;
        for (guint f = 0; f < PX_META_N_FIELDS; f++)
          n += px_metadata_get (r, f) != NULL;
        return n;
      }
    case M_ENTITIES:
      {
        g_autoptr(PxEntities) r = px_extract_entities (b->names,
                                                       px_extract_rules_get_gazetteer (b->extract),
                                                       a->text, a->seg);
        return px_entities_n_mentions (r);
      }
    case M_WHOLE:
      {
        g_autoptr(PxExtraction) r = px_extract (b->extract, a->text, a->cleaned, a->seg,
                                                &b->context);
        return px_extraction_get_dates (r)->len + px_extraction_get_quotes (r)->len
               + px_extraction_get_numbers (r)->len;
      }
    case M_PREPARE:
    case N_MEASURES:
    default:
      g_assert_not_reached ();
    }
}

/* Each extractor over the prepared batch, the fastest of the passes. */
static void
run_batch (Bench *b, const Article *batch, guint n)
{
  for (Measure m = M_DATES; m < N_MEASURES; m++)
    {
      double best = -1;
      guint64 found = 0;
      for (guint r = 0; r < b->repeat; r++)
        {
          found = 0;
          BenchClock start = bench_clock_now ();
          for (guint i = 0; i < n; i++)
            found += run_one (b, m, &batch[i]);
          double ms = bench_clock_since (start).cpu_ms;
          if (r == 0)
            b->first_ms[m] += ms;
          if (best < 0 || ms < best)
            best = ms;
        }
      b->ms[m] += best;
      b->found[m] += found;
    }
}

/* The next article of @data from @pos: up to a line holding only a form
 * feed, which is not part of it.  FALSE at the end. */
static gboolean
next_article (const char *data, gsize len, gsize *pos, gsize *start, gsize *end)
{
  if (*pos >= len)
    return FALSE;
  *start = *pos;
  const char *sep = g_strstr_len (data + *pos, len - *pos, "\n\f\n");
  if (sep == NULL)
    {
      *end = *pos = len;
      return TRUE;
    }
  *end = sep - data + 1;
  *pos = *end + 2;
  return TRUE;
}

static void
run (Bench *b, const char *data, gsize len)
{
  g_autoptr(GArray) batch = g_array_new (FALSE, TRUE, sizeof (Article));
  g_array_set_clear_func (batch, (GDestroyNotify) article_clear);
  gsize pos = 0, start = 0, end = 0, batch_bytes = 0;
  gboolean more = TRUE;
  while (more)
    {
      more = next_article (data, len, &pos, &start, &end);
      if (more)
        {
          Article a = { 0 };
          g_autoptr(GError) refused = NULL;
          BenchClock t = bench_clock_now ();
          gboolean ok = prepare (b, data + start, end - start, &a, &refused);
          b->ms[M_PREPARE] += bench_clock_since (t).cpu_ms;
          if (!ok)
            {
              /* As parallax extract reports such a file and goes on
               * (cleaning finds no story in an article that reads as
               * page chrome only): counted, and left out. */
              if (b->refused++ == 0)
                fprintf (stderr, "bench-extract: article at byte %" G_GSIZE_FORMAT " left out: %s\n",
                         start, refused->message);
              article_clear (&a);
              continue;
            }
          g_array_append_val (batch, a);
          b->articles++;
          b->bytes += end - start;
          batch_bytes += end - start;
        }
      if (batch->len > 0 && (!more || batch_bytes >= BATCH_BYTES))
        {
          run_batch (b, (const Article *) (void *) batch->data, batch->len);
          g_array_set_size (batch, 0);
          batch_bytes = 0;
        }
    }
}

static double
mb_per_s (guint64 bytes, double ms)
{
  return ms > 0 ? (double) bytes / 1e6 / (ms / 1000.0) : 0;
}

static void
report (const Bench *b)
{
  printf ("text_bytes=%" G_GUINT64_FORMAT "\narticles=%" G_GUINT64_FORMAT "\nrefused=%"
          G_GUINT64_FORMAT "\nrepeat=%u\n", b->bytes, b->articles, b->refused, b->repeat);
  for (Measure m = M_PREPARE; m < N_MEASURES; m++)
    {
      printf ("%s_ms=%.1f\n%s_mb_per_s=%.2f\n", measure_names[m], b->ms[m], measure_names[m],
              mb_per_s (b->bytes, b->ms[m]));
      if (m != M_PREPARE)
        printf ("%s_found=%" G_GUINT64_FORMAT "\n", measure_names[m], b->found[m]);
    }
  double together = b->ms[M_DATES] + b->ms[M_QUOTES] + b->ms[M_NUMBERS];
  printf ("together_ms=%.1f\ntogether_mb_per_s=%.2f\n", together, mb_per_s (b->bytes, together));
  /* What `parallax extract` pays: one pass, after the other stages ran. */
  double first = b->first_ms[M_DATES] + b->first_ms[M_QUOTES] + b->first_ms[M_NUMBERS];
  printf ("together_first_ms=%.1f\ntogether_first_mb_per_s=%.2f\n", first,
          mb_per_s (b->bytes, first));
  double n = b->articles > 0 ? (double) b->articles : 1;
  printf ("article_bytes=%.0f\n", (double) b->bytes / n);
  printf ("together_us_per_article=%.1f\nwhole_us_per_article=%.1f\n",
          together * 1000.0 / n, b->ms[M_WHOLE] * 1000.0 / n);
  printf ("peak_rss_kb=%.0f\n", bench_peak_rss_mib () * 1024.0);
}

int
main (int argc, char **argv)
{
  g_auto(BenchArgs) args = { 0 };
  if (!bench_parse_args (argc, argv, FALSE, &args))
    {
      fprintf (stderr, "usage: bench-extract [--repeat R] ARTICLES\n");
      return 2;
    }
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  g_auto(Bench) b = { .repeat = args.repeat };
  if (!g_file_get_contents (args.dir, &data, &len, &error) || !bench_open (&b, &error))
    {
      fprintf (stderr, "bench-extract: %s\n", error->message);
      return 1;
    }
  run (&b, data, len);
  report (&b);
  return 0;
}
