/* fuzz-dates.c: libFuzzer target for the date extractor (extract/dates.c).
 *
 * The input is a text, segmented whole and searched for dates against a
 * publication date taken from its first bytes (or none).  Its capitalised
 * words (one or two tokens) are taken for holidays' names, as the
 * gazetteer would find them.  Every date must
 * have a span inside the text, a start not after its end, and a value
 * exactly when it is resolved.
 */
#include "config.h"

#include <stdint.h>

#include "extract/extract.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static PxDateRules *date_rules;
static PxSegmentRules *segment_rules;

static void
load_rules_once (void)
{
  if (date_rules != NULL)
    return;
  g_autoptr(GError) error = NULL;
  date_rules = px_date_rules_load (PX_ABS_TOP_SRCDIR "/rules/dates.yaml", &error);
  g_assert_no_error (error);
  segment_rules = px_segment_rules_load (PX_ABS_TOP_SRCDIR "/rules/abbreviations.yaml", &error);
  g_assert_no_error (error);
}

/* Every capitalised word of @seg as a holiday's name, some with the
 * token after it, with ids the rules know and one they do not. */
static GArray *
named_days (const PxSegmentation *seg, guint seed)
{
  static const char *const ids[] = { "christmas", "easter", "thanksgiving", "memorial_day",
                                     "good_friday", "ramadan" };
  GArray *days = g_array_new (FALSE, FALSE, sizeof (PxNamedDay));
  guint n = px_segmentation_n_tokens (seg);
  for (guint i = 0; i < n; i++)
    {
      const PxToken *t = px_segmentation_get_token (seg, i);
      if (t->kind != PX_TOKEN_WORD || !(t->shape & PX_TOKEN_SHAPE_CAPITAL))
        continue;
      PxNamedDay day = { { t->span.start, t->span.end }, ids[(seed + i) % G_N_ELEMENTS (ids)] };
      if ((seed + i) % 3 == 0 && i + 1 < n)
        day.span.end = px_segmentation_get_token (seg, ++i)->span.end;
      g_array_append_val (days, day);
    }
  return days;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > FUZZ_MAX_INPUT)
    return 0;
  load_rules_once ();

  /* The first two bytes pick the context: a publication day spread over
   * 1900-2100 (or none) and the date order. */
  PxDateContext ctx = { .order = PX_DATE_ORDER_DEFAULT };
  g_date_clear (&ctx.published, 1);
  guint seed = 0;
  if (size >= 2)
    {
      seed = data[0] | (guint) data[1] << 8;
      ctx.order = seed % 3;
      if (seed % 5 != 0)
        g_date_set_julian (&ctx.published, 693596 + (seed * 11u) % 73000);
    }

  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = px_text_new ("fuzz", (const char *) data, size, NULL, &error);
  if (text == NULL)
    return 0;
  gsize len = 0;
  px_text_get_normalized (text, &len);
  PxSpan all = { 0, len };
  g_autoptr(PxSegmentation) seg = px_segment (segment_rules, text, &all, 1);
  g_autoptr(GArray) days = named_days (seg, seed);
  g_autoptr(GPtrArray) dates = px_extract_dates_named (date_rules, text, seg, &ctx,
                                                       (const PxNamedDay *) (void *) days->data,
                                                       days->len);
  gsize last_end = 0;
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      g_assert_cmpuint (date->span.start, <, date->span.end);
      g_assert_cmpuint (date->span.end, <=, len);
      g_assert_cmpuint (date->span.start, >=, last_end);
      last_end = date->span.end;
      g_assert_nonnull (date->rule);
      g_assert_true ((date->value != NULL) == g_date_valid (&date->start));
      if (date->value != NULL)
        g_assert_cmpint (g_date_compare (&date->start, &date->end), <=, 0);
      g_assert_nonnull (px_granularity_name (date->granularity));
    }
  return 0;
}
