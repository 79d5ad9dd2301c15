/* check-segment.c: sentence boundaries, abbreviations and tokens. */
#include "config.h"

#include <string.h>

#include "px-test.h"

typedef struct {
  PxText *text;
  PxSegmentation *seg;
} Segmented;

static Segmented
segment (const char *data)
{
  g_autoptr(GError) error = NULL;
  Segmented s = { px_text_new ("s.txt", data, strlen (data), NULL, &error), NULL };
  ck_assert_msg (s.text != NULL, "%s", error ? error->message : "");
  gsize len = 0;
  px_text_get_normalized (s.text, &len);
  PxSpan all = { 0, len };
  s.seg = px_segment (px_test_segment_rules (), s.text, &all, 1);
  return s;
}

static void
segmented_clear (Segmented *s)
{
  px_segmentation_free (s->seg);
  px_text_unref (s->text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Segmented, segmented_clear)

static char *
sentence (const Segmented *s, guint i)
{
  return px_test_slice (s->text, px_segmentation_get_sentence (s->seg, i)->span);
}

/* The tokens of the whole text, joined by "|". */
static char *
tokens (const Segmented *s)
{
  g_autoptr(GString) out = g_string_new (NULL);
  for (guint i = 0; i < px_segmentation_n_tokens (s->seg); i++)
    {
      g_autofree char *t = px_test_slice (s->text, px_segmentation_get_token (s->seg, i)->span);
      g_string_append_printf (out, "%s%s", i ? "|" : "", t);
    }
  return g_strdup (out->str);
}

typedef struct {
  const char *text;
  guint sentences;
} Case;

static const Case cases[] = {
  { "On Jan. 16, Tokyo opened a mission to NATO.", 1 },
  { "It is more seriously threatened due to the U.S. provocative military hegemony.", 1 },
  { "Mr. Ishiba said so. He left.", 2 },
  { "It rose 17.5 percent. Then it fell.", 2 },
  { "John F. Kennedy spoke.", 1 },
  { "They met in the U.S. The next day they left.", 2 },
  { "It is made by Acme Inc. and sold widely.", 1 },
  { "\"It is an open secret that the United States... has been trying,\" he said.", 1 },
  { "\"Stop.\" The talks ended.", 2 },
  { "Is it? Yes! It is.", 3 },
  { "See No. 5 for details.", 1 },
  { "The D.P.R.K. said no.", 1 },
};

START_TEST (test_sentence_counts)
{
  g_auto (Segmented) s = segment (cases[_i].text);
  ck_assert_msg (px_segmentation_n_sentences (s.seg) == cases[_i].sentences,
                 "'%s': %u sentences, expected %u", cases[_i].text,
                 px_segmentation_n_sentences (s.seg), cases[_i].sentences);
}
END_TEST

START_TEST (test_sentence_spans)
{
  g_auto (Segmented) s = segment ("Mr. Ishiba said so.  He left.\n");
  g_autofree char *first = sentence (&s, 0);
  g_autofree char *second = sentence (&s, 1);
  ck_assert_str_eq (first, "Mr. Ishiba said so.");
  ck_assert_str_eq (second, "He left.");
}
END_TEST

START_TEST (test_tokens)
{
  g_auto (Segmented) s = segment ("Japan\u2019s Seoul-Tokyo ties, Senkaku/Diaoyu, the U.S. and 11,000 troops in the \u201990s.");
  g_autofree char *t = tokens (&s);
  ck_assert_str_eq (t, "Japan|'s|Seoul|-|Tokyo|ties|,|Senkaku|/|Diaoyu|,|the|U.S.|and|11,000|troops|in|the|'90s|.");
  const PxToken *possessive = px_segmentation_get_token (s.seg, 1);
  ck_assert_int_eq (possessive->kind, PX_TOKEN_POSSESSIVE);
  ck_assert (possessive->joined);
  ck_assert_int_eq (px_segmentation_get_token (s.seg, 14)->kind, PX_TOKEN_NUMBER);
  ck_assert_int_eq (px_segmentation_get_token (s.seg, 18)->kind, PX_TOKEN_NUMBER);
  ck_assert_int_eq (px_segmentation_get_token (s.seg, 3)->kind, PX_TOKEN_PUNCT);
  ck_assert (px_segmentation_get_token (s.seg, 3)->joined);
  ck_assert (!px_segmentation_get_token (s.seg, 5)->joined);
}
END_TEST

START_TEST (test_inner_apostrophes_and_plural_possessive)
{
  g_auto (Segmented) s = segment ("O'Brien didn't see the allies' plan.");
  g_autofree char *t = tokens (&s);
  ck_assert_str_eq (t, "O'Brien|didn't|see|the|allies|'|plan|.");
  ck_assert_int_eq (px_segmentation_get_token (s.seg, 5)->kind, PX_TOKEN_POSSESSIVE);
}
END_TEST

START_TEST (test_paragraphs_per_line)
{
  g_auto (Segmented) s = segment ("First paragraph here.\nSecond one here.\n\nThird.\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 3);
  ck_assert_uint_eq (px_segmentation_get_sentence (s.seg, 2)->paragraph, 2);
}
END_TEST

START_TEST (test_paragraphs_hard_wrapped)
{
  g_auto (Segmented) s = segment ("This text is wrapped at a fixed width so that\n"
                                  "its lines end in the middle of a sentence and\n"
                                  "go on in the next line as old wire copy and\n"
                                  "mail archives do when they are printed. It\n"
                                  "ends here.\n\nA second paragraph.\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 2);
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 3);
}
END_TEST

START_TEST (test_ranges_bound_segmentation)
{
  const char *data = "Kept one. Dropped two. Kept three.";
  g_autoptr(PxText) text = px_text_new ("r.txt", data, strlen (data), NULL, NULL);
  PxSpan ranges[] = { { 0, 9 }, { 23, 34 } };
  g_autoptr(PxSegmentation) seg = px_segment (px_test_segment_rules (), text, ranges, 2);
  ck_assert_uint_eq (px_segmentation_n_sentences (seg), 2);
  ck_assert_uint_eq (px_segmentation_n_paragraphs (seg), 2);
  g_autofree char *second = px_test_slice (text, px_segmentation_get_sentence (seg, 1)->span);
  ck_assert_str_eq (second, "Kept three.");
}
END_TEST

START_TEST (test_bad_abbreviation_files)
{
  static const char *const bad[][2] = {
    { "version: 1\ntitles: [Mr]\nbefore_number: []\nmay_end: []\nsentence_starters: []\n", "final period" },
    { "version: 1\ntitles: [Mr., Mr.]\nbefore_number: []\nmay_end: []\nsentence_starters: []\n", "twice" },
    { "version: 1\ntitles: [Mr.]\n", "missing key 'before_number'" },
    { "version: 3\n", "version 3" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = px_test_write ("abbrev.yaml", bad[i][0], -1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSegmentRules) rules = px_segment_rules_load (path, &error);
      ck_assert_ptr_null (rules);
      ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_RULE_SYNTAX));
      ck_assert_msg (strstr (error->message, bad[i][1]) != NULL, "%s", error->message);
    }
}
END_TEST

static Suite *
segment_suite (void)
{
  Suite *s = suite_create ("segment");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_sentence_counts, 0, G_N_ELEMENTS (cases));
  tcase_add_test (tc, test_sentence_spans);
  tcase_add_test (tc, test_tokens);
  tcase_add_test (tc, test_inner_apostrophes_and_plural_possessive);
  tcase_add_test (tc, test_paragraphs_per_line);
  tcase_add_test (tc, test_paragraphs_hard_wrapped);
  tcase_add_test (tc, test_ranges_bound_segmentation);
  tcase_add_test (tc, test_bad_abbreviation_files);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (segment_suite ());
}
