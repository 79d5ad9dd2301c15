/* fuzz-numbers.c: libFuzzer target for the number extractor
 * (src/extract/numbers.c) over ingest + clean + segment.
 *
 * Any bytes either are refused with a GError or give quantities as
 * docs/numbers.md describes them: in text order and not overlapping, each
 * inside one sentence, its counted noun inside it, a finite value with
 * low <= high, a percentage or money never counting a noun, and a
 * currency a three-letter code.
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "clean/clean.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static PxCleanRules *clean_rules;
static PxSegmentRules *segment_rules;
static PxNumberRules *number_rules;

static void
free_rules (void)
{
  g_clear_pointer (&clean_rules, px_clean_rules_free);
  g_clear_pointer (&segment_rules, px_segment_rules_free);
  g_clear_pointer (&number_rules, px_number_rules_free);
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
  number_rules = px_number_rules_load (PX_ABS_TOP_SRCDIR "/rules/numbers.yaml", &error);
  g_assert_no_error (error);
  atexit (free_rules);
}

static gboolean
inside (PxSpan inner, PxSpan outer)
{
  return outer.start <= inner.start && inner.end <= outer.end;
}

/* The sentence that holds @span, or NULL. */
static const PxSentence *
sentence_of (const PxSegmentation *seg, PxSpan span)
{
  for (guint s = 0; s < px_segmentation_n_sentences (seg); s++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, s);
      if (inside (span, sentence->span))
        return sentence;
    }
  return NULL;
}

static void
check_number (const PxText *text, const PxSegmentation *seg, const PxNumber *n, gsize olen)
{
  g_assert_cmpuint (n->span.start, <, n->span.end);
  g_assert_nonnull (sentence_of (seg, n->span));
  PxSpan original = px_text_original_span (text, n->span);
  g_assert_cmpuint (original.start, <=, original.end);
  g_assert_cmpuint (original.end, <=, olen);
  g_assert_cmpuint (n->unit.start, <=, n->unit.end);
  if (n->unit.end > n->unit.start)
    {
      g_assert_true (inside (n->unit, n->span));
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

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > FUZZ_MAX_INPUT)
    return 0;
  load_rules_once ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = px_text_new ("fuzz", (const char *) data, size, NULL, &error);
  if (text == NULL)
    return 0;
  gsize olen = 0;
  px_text_get_original (text, &olen);
  g_autoptr(PxCleaned) cleaned = px_clean (clean_rules, text, &error);
  if (cleaned == NULL)
    return 0;
  guint n_kept = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n_kept, 1));
  for (guint i = 0; i < n_kept; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  g_autoptr(PxSegmentation) seg = px_segment (segment_rules, text, kept, n_kept);

  g_autoptr(GPtrArray) numbers = px_extract_numbers (number_rules, text, seg);
  gsize last_end = 0;
  for (guint i = 0; i < numbers->len; i++)
    {
      const PxNumber *n = numbers->pdata[i];
      check_number (text, seg, n, olen);
      g_assert_cmpuint (n->span.start, >=, last_end);
      last_end = n->span.end;
    }
  return 0;
}
