/* fuzz-ingest.c: libFuzzer target for ingest + clean + segment.
 *
 * Any bytes either are refused with a GError or come out as a body,
 * trimmed ranges and sentences whose offsets are valid in both the
 * normalised text and the original bytes.
 */
#include "config.h"

#include "fuzz-text.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(FuzzText) t = fuzz_text_read (data, size);
  if (t == NULL)
    return 0;
  const char *normalized = px_text_get_normalized (t->text, NULL);
  g_assert_true (g_utf8_validate (normalized, t->normalized_len, NULL));
  fuzz_text_check_span (t, px_cleaned_get_body (t->cleaned));
  for (guint i = 0; i < px_cleaned_n_kept (t->cleaned); i++)
    fuzz_text_check_span (t, px_cleaned_get_kept (t->cleaned, i));
  for (guint i = 0; i < px_cleaned_n_trimmed (t->cleaned); i++)
    fuzz_text_check_span (t, px_cleaned_get_trimmed (t->cleaned, i, NULL));
  for (guint i = 0; i < px_segmentation_n_sentences (t->seg); i++)
    fuzz_text_check_span (t, px_segmentation_get_sentence (t->seg, i)->span);
  for (guint i = 0; i < px_segmentation_n_tokens (t->seg); i++)
    fuzz_text_check_span (t, px_token_span (px_segmentation_get_token (t->seg, i)));
  return 0;
}
