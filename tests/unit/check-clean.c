/* check-clean.c: story bodies of the seed captures, chrome rules, rules files. */
#include "config.h"

#include <string.h>

#include "px-test.h"

typedef struct {
  const char *file;
  const char *first;     /* normalised: ' for ’ and - for — */
  const char *last;
  const char *rules[5];  /* rules that must have trimmed something */
} Capture;

/* Hand-checked boundaries (the seed gold's body first and last words). */
static const Capture captures[] = {
  { "kcna-2025-01-20.txt", "Kim Ryo Won, an international security analyst of the DPRK,",
    "strong counteraction and strategic isolation from neighbouring countries.",
    { "aggregator-metadata", "sign-off", "more-from-list" } },
  { "firstpost-2025-01-20.txt", "North Korea has condemned Japan's decision",
    "are expected to remain a source of friction with North Korea.",
    { "standfirst", "credit-line", "reference-list" } },
  { "hotaaj-2025-01.txt", "North Korea has condemned Japan's decision",
    "are expected to remain a source of friction with North Korea.",
    { "standfirst", "image-markup", "credit-line", "reference-list" } },
  { "rt-2023-05-16.txt", "North Korea's Foreign Ministry has claimed",
    "while expanding its military footprint across the continent.",
    { "weather-widget", "capture-date", "standfirst", "related-story-widget", "site-footer" } },
  { "washingtontimes-2025-01-20.txt", "SEOUL, South Korea - North Korea, fighting alongside Russia",
    "has spoken out strongly against Mr. Yoon's pro-Japan policies.",
    { "author-contact" } },
};

static PxText *
load_capture (const char *file)
{
  g_autofree char *rel = g_build_filename ("data/corpus", file, NULL);
  g_autofree char *path = px_test_src_path (rel);
  g_autoptr(GError) error = NULL;
  PxText *text = px_text_load (path, NULL, &error);
  ck_assert_msg (text != NULL, "%s", error ? error->message : "");
  return text;
}

static gboolean
trimmed_by (const PxCleaned *cleaned, const char *rule)
{
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *r = NULL;
      px_cleaned_get_trimmed (cleaned, i, &r);
      if (g_strcmp0 (r, rule) == 0)
        return TRUE;
    }
  return FALSE;
}

START_TEST (test_capture_body)
{
  const Capture *cap = &captures[_i];
  g_autoptr(PxText) text = load_capture (cap->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error ? error->message : "");
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_msg (g_str_has_prefix (body, cap->first), "%s: body starts: %.80s", cap->file, body);
  ck_assert_msg (g_str_has_suffix (body, cap->last), "%s: body ends: %s", cap->file,
                 body + MAX (strlen (body), 80) - 80);
  for (guint r = 0; r < G_N_ELEMENTS (cap->rules) && cap->rules[r] != NULL; r++)
    ck_assert_msg (trimmed_by (cleaned, cap->rules[r]), "%s: nothing trimmed by %s", cap->file,
                   cap->rules[r]);
}
END_TEST

/* Kept ranges lie inside the body, in order, and never overlap a trimmed one. */
START_TEST (test_kept_and_trimmed_partition)
{
  g_autoptr(PxText) text = load_capture (captures[_i].file);
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, NULL);
  PxSpan body = px_cleaned_get_body (cleaned);
  gsize previous_end = body.start;
  for (guint k = 0; k < px_cleaned_n_kept (cleaned); k++)
    {
      PxSpan kept = px_cleaned_get_kept (cleaned, k);
      ck_assert_uint_ge (kept.start, previous_end);
      ck_assert_uint_le (kept.end, body.end);
      for (guint t = 0; t < px_cleaned_n_trimmed (cleaned); t++)
        {
          PxSpan trim = px_cleaned_get_trimmed (cleaned, t, NULL);
          ck_assert (trim.end <= kept.start || trim.start >= kept.end);
        }
      previous_end = kept.end;
    }
}
END_TEST

START_TEST (test_rt_widget_inside_body_keeps_both_sides)
{
  g_autoptr(PxText) text = load_capture ("rt-2023-05-16.txt");
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, NULL);
  g_autoptr(GString) kept = g_string_new (NULL);
  for (guint k = 0; k < px_cleaned_n_kept (cleaned); k++)
    {
      g_autofree char *s = px_test_slice (text, px_cleaned_get_kept (cleaned, k));
      g_string_append (kept, s);
    }
  ck_assert_ptr_nonnull (strstr (kept->str, "according to Nikkei."));
  ck_assert_ptr_nonnull (strstr (kept->str, "All facts clearly show"));
  ck_assert_ptr_null (strstr (kept->str, "China reacts to reports"));
}
END_TEST

START_TEST (test_only_chrome_is_refused)
{
  g_autoptr(GError) error = NULL;
  const char *page = "27.1 C\nSunday, June 4, 2023\n\nSupport Us\nRelated Stories\n";
  g_autoptr(PxText) text = px_text_new ("chrome.txt", page, strlen (page), NULL, NULL);
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, &error);
  ck_assert_ptr_null (cleaned);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_INPUT_EMPTY));
  ck_assert_ptr_nonnull (strstr (error->message, "chrome.txt"));
}
END_TEST

START_TEST (test_short_story_is_kept)
{
  const char *page = "Japan opened a mission.\n";
  g_autoptr(PxText) text = px_text_new ("short.txt", page, strlen (page), NULL, NULL);
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, NULL);
  ck_assert_ptr_nonnull (cleaned);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, "Japan opened a mission.");
}
END_TEST

/* Fails unless the rules file @yaml is refused with a message holding @needle. */
static void
assert_bad_rules (const char *yaml, const char *needle)
{
  g_autofree char *path = px_test_write ("bad-rules.yaml", yaml, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleanRules) rules = px_clean_rules_load (path, &error);
  ck_assert_ptr_null (rules);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_RULE_SYNTAX));
  ck_assert_msg (strstr (error->message, needle) != NULL, "'%s' not in: %s", needle, error->message);
}

#define GENERIC \
  "generic:\n" \
  "  repeated-line: {why: r, min_chars: 40}\n" \
  "  short-line-run: {why: s, min_lines: 4, max_words: 6}\n" \
  "  headline: {max_words: 30}\n" \
  "  standfirst: {why: f, max_words: 60}\n" \
  "  sign-off: {why: o, max_words: 3}\n"

START_TEST (test_bad_rules_files)
{
  assert_bad_rules ("version: 2\n" GENERIC, "version 2");
  assert_bad_rules ("version: 1\ncolour: red\n" GENERIC, "bad-rules.yaml:2:1: unknown key 'colour'");
  assert_bad_rules ("version: 1\nlines:\n  - {rule: x, why: y, match: '(unclosed'}\n" GENERIC,
                    "bad-rules.yaml:3:");
  assert_bad_rules ("version: 1\nlines:\n  - {rule: x, why: y, match: a, where: bottom}\n" GENERIC,
                    "where");
  assert_bad_rules ("version: 1\nlines:\n  - {rule: x, match: a}\n" GENERIC, "missing key 'why'");
  assert_bad_rules ("version: 1\nlines:\n  - {rule: x, why: y, match: a}\n"
                    "tails:\n  - {rule: x, why: z, match: b}\n" GENERIC, "defined twice");
  assert_bad_rules ("version: 1\n", "missing key 'generic'");
}
END_TEST

static Suite *
clean_suite (void)
{
  Suite *s = suite_create ("clean");
  TCase *corpus = tcase_create ("corpus");
  tcase_add_loop_test (corpus, test_capture_body, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_kept_and_trimmed_partition, 0, G_N_ELEMENTS (captures));
  tcase_add_test (corpus, test_rt_widget_inside_body_keeps_both_sides);
  suite_add_tcase (s, corpus);
  TCase *edges = tcase_create ("edges");
  tcase_add_test (edges, test_only_chrome_is_refused);
  tcase_add_test (edges, test_short_story_is_kept);
  tcase_add_test (edges, test_bad_rules_files);
  suite_add_tcase (s, edges);
  return s;
}

int
main (void)
{
  return px_test_run (clean_suite ());
}
