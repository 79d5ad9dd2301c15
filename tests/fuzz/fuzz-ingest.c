/* fuzz-ingest.c: libFuzzer target for ingest + clean + segment.
 *
 * Any bytes either are refused with a GError or come out as a body,
 * trimmed ranges and sentences whose offsets are valid in both the
 * normalised text and the original bytes.
 */
#include "config.h"

#include <stdint.h>

#include "clean/clean.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static PxCleanRules *clean_rules;
static PxSegmentRules *segment_rules;

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
  const char *normalized = px_text_get_normalized (text, &nlen);
  px_text_get_original (text, &olen);
  g_assert_true (g_utf8_validate (normalized, nlen, NULL));

  g_autoptr(PxCleaned) cleaned = px_clean (clean_rules, text, &error);
  if (cleaned == NULL)
    return 0;
  check_span (text, px_cleaned_get_body (cleaned), nlen, olen);
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    check_span (text, kept[i] = px_cleaned_get_kept (cleaned, i), nlen, olen);
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    check_span (text, px_cleaned_get_trimmed (cleaned, i, NULL), nlen, olen);

  g_autoptr(PxSegmentation) seg = px_segment (segment_rules, text, kept, n);
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    check_span (text, px_segmentation_get_sentence (seg, i)->span, nlen, olen);
  for (guint i = 0; i < px_segmentation_n_tokens (seg); i++)
    check_span (text, px_segmentation_get_token (seg, i)->span, nlen, olen);
  return 0;
}
