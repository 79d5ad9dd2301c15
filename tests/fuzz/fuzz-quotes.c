/* fuzz-quotes.c: libFuzzer target for the quote extractor
 * (src/extract/quotes.c) over ingest + clean + segment.  (The number
 * extractor has a target of its own, fuzz-numbers.c.)
 *
 * Any bytes either are refused with a GError or give quotes in order of
 * their start, each non-empty, its span and its speaker's valid in the
 * normalised text and the original bytes, of a known kind, and with an
 * attribution rule exactly when a speaker was found.
 */
#include "config.h"

#include <stdlib.h>

#include "extract/extract.h"
#include "fuzz-text.h"

static PxQuoteRules *quote_rules;

static void
free_rules (void)
{
  g_clear_pointer (&quote_rules, px_quote_rules_free);
}

static void
load_rules_once (void)
{
  if (quote_rules != NULL)
    return;
  g_autoptr(GError) error = NULL;
  quote_rules = px_quote_rules_load (PX_ABS_TOP_SRCDIR "/rules/attribution.yaml", &error);
  g_assert_no_error (error);
  atexit (free_rules);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(FuzzText) t = fuzz_text_read (data, size);
  if (t == NULL)
    return 0;
  load_rules_once ();
  g_autoptr(GPtrArray) quotes = px_extract_quotes (quote_rules, t->text, t->seg, NULL);
  gsize last = 0;
  for (guint i = 0; i < quotes->len; i++)
    {
      const PxQuote *q = quotes->pdata[i];
      fuzz_check_quote (t, q);
      g_assert_cmpuint (q->span.start, >=, last);
      last = q->span.start;
    }
  return 0;
}
