/* check-numbers.c: quantities, ranges, percentages, money, what is not a
 * quantity, and the gold numbers of the seed corpus. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "extract/extract.h"
#include "px-test.h"

static PxNumberRules *rules;

static void
load_rules (void)
{
  g_autofree char *path = px_test_src_path ("rules/numbers.yaml");
  g_autoptr(GError) error = NULL;
  rules = px_number_rules_load (path, &error);
  ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
}

static void
free_rules (void)
{
  g_clear_pointer (&rules, px_number_rules_free);
}

typedef struct {
  PxText *text;
  PxSegmentation *seg;
  GPtrArray *numbers;
} Counted;

static void
counted_clear (Counted *c)
{
  g_clear_pointer (&c->numbers, g_ptr_array_unref);
  g_clear_pointer (&c->seg, px_segmentation_free);
  g_clear_pointer (&c->text, px_text_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Counted, counted_clear)

static Counted
count (const char *data)
{
  g_autoptr(GError) error = NULL;
  Counted c = { px_text_new ("n.txt", data, strlen (data), NULL, &error), NULL, NULL };
  ck_assert_msg (c.text != NULL, "%s", error != NULL ? error->message : "");
  gsize len = 0;
  px_text_get_normalized (c.text, &len);
  PxSpan all = { 0, len };
  c.seg = px_segment (px_test_segment_rules (), c.text, &all, 1);
  c.numbers = px_extract_numbers (rules, c.text, c.seg);
  return c;
}

/* Through ingest, clean and segment, as px_document_load() does. */
static Counted
count_corpus (const char *file)
{
  g_autoptr(GError) error = NULL;
  Counted c = { px_test_load_corpus (file), NULL, NULL };
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), c.text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error != NULL ? error->message : "");
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  c.seg = px_segment (px_test_segment_rules (), c.text, kept, n);
  c.numbers = px_extract_numbers (rules, c.text, c.seg);
  return c;
}

static const PxNumber *
get (const Counted *c, guint i)
{
  ck_assert_uint_lt (i, c->numbers->len);
  return c->numbers->pdata[i];
}

typedef struct {
  const char *text;
  const char *span;      /* of the only quantity */
  double low, high;
  const char *unit;      /* "" for none */
  gboolean percent;
  const char *currency;  /* NULL for none */
} Case;

static const Case cases[] = {
  { "North Korea has sent some 11,000 to 13,000 troops to Russia.", "11,000 to 13,000 troops",
    11000, 13000, "troops", FALSE, NULL },
  { "NATO works through four projects.", "four projects", 4, 4, "projects", FALSE, NULL },
  { "Relations between the two nations are tense.", "two nations", 2, 2, "nations", FALSE, NULL },
  { "It comes 80 years after its defeat.", "80 years", 80, 80, "years", FALSE, NULL },
  { "Growth was 5% last year.", "5%", 5, 5, "", TRUE, NULL },
  { "Growth was 5 percent last year.", "5 percent", 5, 5, "", TRUE, NULL },
  { "Growth was 17.5 per cent in all.", "17.5 per cent", 17.5, 17.5, "", TRUE, NULL },
  { "Growth was between 5 and 10 percent.", "5 and 10 percent", 5, 10, "", TRUE, NULL },
  { "Aid of $1.2 billion was pledged.", "$1.2 billion", 1.2e9, 1.2e9, "", FALSE, "USD" },
  { "A deal worth €30m was signed.", "€30m", 3e7, 3e7, "", FALSE, "EUR" },
  { "A deal worth US$5 million was signed.", "US$5 million", 5e6, 5e6, "", FALSE, "USD" },
  { "Bail was set at HK$5 million.", "HK$5 million", 5e6, 5e6, "", FALSE, "HKD" },
  { "It costs 20 million won a year.", "20 million won", 2e7, 2e7, "", FALSE, "KRW" },
  { "It cost 300 yen.", "300 yen", 300, 300, "", FALSE, "JPY" },
  { "Some twenty-five soldiers died.", "twenty-five soldiers", 25, 25, "soldiers", FALSE, NULL },
  { "Two hundred ships sailed.", "Two hundred ships", 200, 200, "ships", FALSE, NULL },
  { "Two hundred and fifty ships sailed.", "Two hundred and fifty ships", 250, 250, "ships",
    FALSE, NULL },
  { "They fired a dozen missiles.", "a dozen missiles", 12, 12, "missiles", FALSE, NULL },
  { "They fired dozens of missiles.", "dozens of missiles", 24, 144, "missiles", FALSE, NULL },
  { "From 2 to 3 million people fled.", "2 to 3 million people", 2e6, 3e6, "people", FALSE,
    NULL },
  { "It rose 11,000-13,000 units.", "11,000-13,000 units", 11000, 13000, "units", FALSE, NULL },
  { "A million people marched.", "A million people", 1e6, 1e6, "people", FALSE, NULL },
  /* After a weekday, or the sentence's first word, digits still count. */
  { "It said on Monday 300 people fled.", "300 people", 300, 300, "people", FALSE, NULL },
  { "About 300 soldiers moved.", "300 soldiers", 300, 300, "soldiers", FALSE, NULL },
  /* A number after a rank's word is a rank, no count. */
  { "My number one priority, the No. 2 seed said, is 300 homes.", "300 homes", 300, 300,
    "homes", FALSE, NULL },
};

START_TEST (test_quantity)
{
  const Case *k = &cases[_i];
  g_auto (Counted) c = count (k->text);
  ck_assert_msg (c.numbers->len == 1, "%u quantities in: %s", c.numbers->len, k->text);
  const PxNumber *n = get (&c, 0);
  g_autofree char *span = px_test_slice (c.text, n->span);
  g_autofree char *unit = px_test_slice (c.text, n->unit);
  ck_assert_str_eq (span, k->span);
  ck_assert_double_eq_tol (n->low, k->low, 1e-6 * fabs (k->low) + 1e-9);
  ck_assert_double_eq_tol (n->high, k->high, 1e-6 * fabs (k->high) + 1e-9);
  ck_assert_str_eq (unit, k->unit);
  ck_assert_int_eq (n->percent, k->percent);
  if (k->currency == NULL)
    ck_assert_ptr_null (n->currency);
  else
    ck_assert_str_eq (n->currency, k->currency);
}
END_TEST

/* Years, day numbers, ordinals, decades, times, model numbers and numbers
 * that count nothing. */
static const char *const not_quantities[] = {
  "The mission opened on Jan. 16 in Brussels.",
  "It opened on 16 January.",
  "It was published May 16, 2023 at 10:33AM.",
  "This happened in 2025 and in 1990 troops were there.",
  "It was a 1990s idea and a ’90s fashion.",
  "It was the 16th meeting and the first one.",
  "They met at 10:30 a.m. on Monday.",
  "Japan bought F-35 jets.",
  "A Boeing 737 crashed as the FTSE 100 fell and Article 5 commitments held.",
  "One of the officials left, and two of them stayed.",
  "The two Koreas met.",
  "Since 2022, it has taken part.",
};

START_TEST (test_not_quantity)
{
  g_auto (Counted) c = count (not_quantities[_i]);
  if (c.numbers->len > 0)
    {
      g_autofree char *span = px_test_slice (c.text, get (&c, 0)->span);
      ck_abort_msg ("'%s' taken for a quantity in: %s", span, not_quantities[_i]);
    }
}
END_TEST

START_TEST (test_several_in_order)
{
  g_auto (Counted) c = count ("Two officials said 5% of 300 ships and 4 planes left in 2024.");
  ck_assert_uint_eq (c.numbers->len, 4);
  const char *const want[] = { "Two officials", "5%", "300 ships", "4 planes" };
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *span = px_test_slice (c.text, get (&c, i)->span);
      ck_assert_str_eq (span, want[i]);
    }
}
END_TEST

/* ### The seed corpus against its gold (seeds/gold.yaml, checked by hand) */

typedef struct {
  const char *file;
  const char *numbers[4];   /* NULL-terminated */
} GoldDoc;

static const GoldDoc gold[] = {
  { "kcna-2025-01-20.txt", { "80 years", NULL } },
  { "firstpost-2025-01-20.txt", { "two nations", NULL } },
  { "hotaaj-2025-01.txt", { "two nations", NULL } },
  { "rt-2023-05-16.txt", { "two officials", NULL } },
  { "washingtontimes-2025-01-20.txt",
    { "11,000 to 13,000 troops", "four projects", "three countries", NULL } },
};

START_TEST (test_corpus_gold)
{
  const GoldDoc *doc = &gold[_i];
  g_auto (Counted) c = count_corpus (doc->file);
  guint n = 0;
  for (; doc->numbers[n] != NULL; n++)
    {
      ck_assert_msg (n < c.numbers->len, "%s: '%s' not found", doc->file, doc->numbers[n]);
      g_autofree char *span = px_test_slice (c.text, get (&c, n)->span);
      ck_assert_str_eq (span, doc->numbers[n]);
    }
  ck_assert_msg (c.numbers->len == n, "%s: %u quantities for %u in the gold", doc->file,
                 c.numbers->len, n);
}
END_TEST

/* ### Rules files */

typedef struct {
  const char *from, *to;
  const char *message;
} BadRules;

static const BadRules bad_rules[] = {
  { "version: 1", "version: 7", "version 7 is not supported" },
  { "version: 1", "version: 1\nunits: []", "unknown key 'units'" },
  { "  dollar: USD", "  dollar: usd", "'usd' is not an ISO 4217 code" },
  { "  dozens: [24, 144]", "  dozens: [144, 24]", "low is above high" },
  { "  dozens: [24, 144]", "  dozens: [24]", "expected [low, high]" },
  { "  ten: 10", "  ten: ten", "ten" },
  { "years: [1000, 2199]", "years: 2000", "expected a list, found a scalar" },
  { "range_words: [to,", "range_words: [to, to,", "'to' is listed twice" },
};

START_TEST (test_bad_rules)
{
  g_autofree char *real = px_test_src_path ("rules/numbers.yaml");
  g_autofree char *data = NULL;
  ck_assert (g_file_get_contents (real, &data, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (data, bad_rules[_i].from));
  g_auto(GStrv) parts = g_strsplit (data, bad_rules[_i].from, 2);
  g_autofree char *changed = g_strjoin (bad_rules[_i].to, parts[0], parts[1], NULL);
  g_autofree char *path = px_test_write ("numbers.yaml", changed, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxNumberRules) loaded = px_number_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, path, bad_rules[_i].message, NULL);
}
END_TEST

START_TEST (test_default_rules)
{
  g_autoptr(GError) error = NULL;
  g_setenv ("PARALLAX_DATADIR", PX_ABS_TOP_SRCDIR, TRUE);
  g_autoptr(PxNumberRules) loaded = px_number_rules_load_default (&error);
  ck_assert_msg (loaded != NULL, "%s", error != NULL ? error->message : "");
}
END_TEST

Suite *
px_test_numbers_suite (void)
{
  Suite *s = suite_create ("numbers");

  TCase *quantities = tcase_create ("quantities");
  tcase_add_unchecked_fixture (quantities, load_rules, free_rules);
  tcase_add_loop_test (quantities, test_quantity, 0, G_N_ELEMENTS (cases));
  tcase_add_loop_test (quantities, test_not_quantity, 0, G_N_ELEMENTS (not_quantities));
  tcase_add_test (quantities, test_several_in_order);
  suite_add_tcase (s, quantities);

  TCase *corpus = tcase_create ("corpus");
  tcase_add_unchecked_fixture (corpus, load_rules, free_rules);
  tcase_add_loop_test (corpus, test_corpus_gold, 0, G_N_ELEMENTS (gold));
  suite_add_tcase (s, corpus);

  TCase *files = tcase_create ("rules");
  tcase_add_loop_test (files, test_bad_rules, 0, G_N_ELEMENTS (bad_rules));
  tcase_add_test (files, test_default_rules);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_numbers_suite ());
}
