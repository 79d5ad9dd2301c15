/* fuzz-text.c: ingest + clean + segment for the text fuzz targets, and
 * the checks of what the extractors find that more than one makes. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-text.h"

static PxCleanRules *clean_rules;
static PxSegmentRules *segment_rules;

static void
free_rules (void)
{
  g_clear_pointer (&clean_rules, px_clean_rules_free);
  g_clear_pointer (&segment_rules, px_segment_rules_free);
}

static void
load_rules_once (void)
{
  if (clean_rules != NULL)
    return;
  g_autoptr(GError) error = NULL;
  clean_rules = px_clean_rules_load (PX_ABS_TOP_SRCDIR "/rules/boilerplate.yaml", &error);
  g_assert_no_error (error);
  segment_rules = px_segment_rules_load (PX_ABS_TOP_SRCDIR "/rules/abbreviations.yaml", &error);
  g_assert_no_error (error);
  atexit (free_rules);
}

void
fuzz_text_free (FuzzText *t)
{
  if (t == NULL)
    return;
  g_clear_pointer (&t->seg, px_segmentation_free);
  g_clear_pointer (&t->cleaned, px_cleaned_free);
  g_clear_pointer (&t->text, px_text_unref);
  g_free (t);
}

FuzzText *
fuzz_text_read (const uint8_t *data, size_t size)
{
  if (size > FUZZ_MAX_INPUT)
    return NULL;
  load_rules_once ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FuzzText) t = g_new0 (FuzzText, 1);
  t->text = px_text_new ("fuzz", (const char *) data, size, NULL, &error);
  if (t->text == NULL)
    return NULL;
  px_text_get_normalized (t->text, &t->normalized_len);
  px_text_get_original (t->text, &t->original_len);
  t->cleaned = px_clean (clean_rules, t->text, &error);
  if (t->cleaned == NULL)
    return NULL;
  guint n = px_cleaned_n_kept (t->cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (t->cleaned, i);
  t->seg = px_segment (segment_rules, t->text, kept, n);
  return g_steal_pointer (&t);
}

void
fuzz_text_check_span (const FuzzText *t, PxSpan span)
{
  g_assert_cmpuint (span.start, <=, span.end);
  g_assert_cmpuint (span.end, <=, t->normalized_len);
  PxSpan original = px_text_original_span (t->text, span);
  g_assert_cmpuint (original.start, <=, original.end);
  g_assert_cmpuint (original.end, <=, t->original_len);
}

gboolean
fuzz_span_inside (PxSpan inner, PxSpan outer)
{
  return outer.start <= inner.start && inner.end <= outer.end;
}

const PxSentence *
fuzz_text_sentence_of (const FuzzText *t, PxSpan span)
{
  for (guint s = 0; s < px_segmentation_n_sentences (t->seg); s++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (t->seg, s);
      if (fuzz_span_inside (span, sentence->span))
        return sentence;
    }
  return NULL;
}

void
fuzz_check_number (const FuzzText *t, const PxNumber *n)
{
  g_assert_cmpuint (n->span.start, <, n->span.end);
  fuzz_text_check_span (t, n->span);
  g_assert_nonnull (fuzz_text_sentence_of (t, n->span));
  g_assert_cmpuint (n->unit.start, <=, n->unit.end);
  if (n->unit.end > n->unit.start)
    {
      g_assert_true (fuzz_span_inside (n->unit, n->span));
      g_assert_false (n->percent);
      g_assert_null (n->currency);
    }
  g_assert_true (isfinite (n->low) && isfinite (n->high));
  g_assert_true (n->low <= n->high);
  g_assert_true (n->low >= 0);
  if (n->currency != NULL)
    {
      g_assert_cmpuint (strlen (n->currency), ==, 3);
      for (guint i = 0; i < 3; i++)
        g_assert_true (g_ascii_isupper (n->currency[i]));
    }
}

void
fuzz_check_quote (const FuzzText *t, const PxQuote *q)
{
  fuzz_text_check_span (t, q->span);
  fuzz_text_check_span (t, q->speaker);
  g_assert_cmpuint (q->span.start, <, q->span.end);
  g_assert_true (q->kind == PX_QUOTE_STATEMENT || q->kind == PX_QUOTE_TERM);
  g_assert_true ((q->rule != NULL) == (q->speaker.end > q->speaker.start));
}
