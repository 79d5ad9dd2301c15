/* fuzz-quotes.c: libFuzzer target for the quote and number extractors
 * (src/extract/quotes.c, src/extract/numbers.c) over ingest + clean +
 * segment.
 *
 * Any bytes either are refused with a GError or give quotes and
 * quantities whose spans lie inside the normalised text, with every quote
 * inside one kept range's paragraphs and ordered by its start.
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
static PxQuoteRules *quote_rules;
static PxNumberRules *number_rules;

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
  quote_rules = px_quote_rules_load (PX_ABS_TOP_SRCDIR "/rules/attribution.yaml", &error);
  g_assert_no_error (error);
  number_rules = px_number_rules_load (PX_ABS_TOP_SRCDIR "/rules/numbers.yaml", &error);
  g_assert_no_error (error);
}

static void
check_span (const PxText *text, PxSpan span, gsize normalized_len, gsize original_len)
{
  g_assert_cmpuint (span.start, <=, span.end);
  g_assert_cmpuint (span.end, <=, normalized_len);
  PxSpan original = px_text_original_span (text, span);
  g_assert_cmpuint (original.start, <=, original.end);
  g_assert_cmpuint (original.end, <=, original_len);
}

static void
check_quotes (const PxText *text, const PxSegmentation *seg, gsize nlen, gsize olen)
{
  g_autoptr(GPtrArray) quotes = px_extract_quotes (quote_rules, text, seg);
  gsize last = 0;
  for (guint i = 0; i < quotes->len; i++)
    {
      const PxQuote *q = quotes->pdata[i];
      check_span (text, q->span, nlen, olen);
      check_span (text, q->speaker, nlen, olen);
      g_assert_cmpuint (q->span.start, <, q->span.end);
      g_assert_cmpuint (q->span.start, >=, last);
      last = q->span.start;
      g_assert_true (q->kind == PX_QUOTE_STATEMENT || q->kind == PX_QUOTE_TERM);
      g_assert_true ((q->rule != NULL) == (q->speaker.end > q->speaker.start));
    }
}

static void
check_numbers (const PxText *text, const PxSegmentation *seg, gsize nlen, gsize olen)
{
  g_autoptr(GPtrArray) numbers = px_extract_numbers (number_rules, text, seg);
  for (guint i = 0; i < numbers->len; i++)
    {
      const PxNumber *n = numbers->pdata[i];
      check_span (text, n->span, nlen, olen);
      check_span (text, n->unit, nlen, olen);
      g_assert_false (isnan (n->low) || isnan (n->high));
      g_assert_true (n->low <= n->high);
      g_assert_true (n->currency == NULL || strlen (n->currency) == 3);
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
  gsize nlen = 0, olen = 0;
  px_text_get_normalized (text, &nlen);
  px_text_get_original (text, &olen);

  g_autoptr(PxCleaned) cleaned = px_clean (clean_rules, text, &error);
  if (cleaned == NULL)
    return 0;
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  g_autoptr(PxSegmentation) seg = px_segment (segment_rules, text, kept, n);
  check_quotes (text, seg, nlen, olen);
  check_numbers (text, seg, nlen, olen);
  return 0;
}
