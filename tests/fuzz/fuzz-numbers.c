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

#include <stdlib.h>

#include "extract/extract.h"
#include "fuzz-text.h"

static PxNumberRules *number_rules;

static void
free_rules (void)
{
  g_clear_pointer (&number_rules, px_number_rules_free);
}

static void
load_rules_once (void)
{
  if (number_rules != NULL)
    return;
  g_autoptr(GError) error = NULL;
  number_rules = px_number_rules_load (PX_ABS_TOP_SRCDIR "/rules/numbers.yaml", &error);
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
  g_autoptr(GPtrArray) numbers = px_extract_numbers (number_rules, t->text, t->seg);
  gsize last_end = 0;
  for (guint i = 0; i < numbers->len; i++)
    {
      const PxNumber *n = numbers->pdata[i];
      fuzz_check_number (t, n);
      g_assert_cmpuint (n->span.start, >=, last_end);
      last_end = n->span.end;
    }
  return 0;
}
