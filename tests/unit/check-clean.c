/* check-clean.c: story bodies of the corpus captures, chrome rules, rules files. */
#include "config.h"

#include <string.h>

#include "px-test.h"

/* The bundled rules, loaded once in the parent process (an unchecked
 * fixture) so every forked test reuses them. */
static const PxCleanRules *rules;

static void
load_rules (void)
{
  rules = px_test_clean_rules ();
}

typedef struct {
  const char *rule;
  const char *text;      /* what the trimmed range starts with */
} Cut;

typedef struct {
  const char *file;
  const char *first;     /* normalised: ' for ’ and - for — */
  const char *last;
  const char *title;     /* NULL: none */
  Cut cuts[8];           /* every trimmed range, in text order */
} Capture;

/* Hand-checked against the captures; the cuts are what `parallax inspect`
 * shows and a reader agrees are page chrome. */
static const Capture captures[] = {
  { "kcna-2025-01-20.txt",
    "Kim Ryo Won, an international security analyst of the DPRK,",
    "strong counteraction and strategic isolation from neighbouring countries.",
    "Japan's Move to Establish Independent Mission in NATO Is Dangerous Act of Adding New "
    "Instability to Regional Situation",
    { { "aggregator-metadata", "Date: 21/01/2025 | Source: Naenara (En) |" },
      { "sign-off", "KCNA" },
      { "more-from-list", "More From Naenara (En)" } } },
  { "firstpost-2025-01-20.txt",
    "North Korea has condemned Japan's decision",
    "are expected to remain a source of friction with North Korea.",
    "North Korea Slams Japan's NATO Mission, Warns of Increased Military Tensions",
    { { "standfirst", "The North's official Korean Central News Agency (KCNA) issued" },
      { "credit-line", "Courtesy: Firstpost" },
      { "reference-list", "References" } } },
  { "hotaaj-2025-01.txt",
    "North Korea has condemned Japan's decision",
    "are expected to remain a source of friction with North Korea.",
    NULL,
    { { "standfirst", "The North's official Korean Central News Agency (KCNA) issued" },
      { "image-markup", "![](https://hotaaj.com/wp-content/uploads/2025/01/" },
      { "credit-line", "Courtesy: Firstpost" },
      { "reference-list", "References" } } },
  { "rt-2023-05-16.txt",
    "North Korea's Foreign Ministry has claimed",
    "while expanding its military footprint across the continent.",
    "NATO creeping into Asia - North Korea",
    { { "weather-widget", "27.1 C" },
      { "capture-date", "Sunday, June 4, 2023" },
      { "standfirst", "The DPRK slammed Tokyo's plans" },
      { "related-story-widget", "Read more" },
      { "related-story-widget", "READ MORE: What can China do" },
      { "posting-timestamp", "May 16, 2023 at 10:33AM" },
      { "site-footer", "Support Us" } } },
  { "washingtontimes-2025-01-20.txt",
    "SEOUL, South Korea - North Korea, fighting alongside Russia",
    "has spoken out strongly against Mr. Yoon's pro-Japan policies.",
    NULL,
    { { "author-contact",
        "\u2022 Andrew Salmon can be reached at asalmon@washingtontimes.com." } } },
};

static PxCleaned *
clean_ok (const PxText *text)
{
  g_autoptr(GError) error = NULL;
  PxCleaned *cleaned = px_clean (rules, text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error != NULL ? error->message : "");
  return cleaned;
}

/* Everything the cleaner kept, the kept ranges joined by "\n". */
static char *
kept_text (const PxText *text, const PxCleaned *cleaned)
{
  g_autoptr(GString) kept = g_string_new (NULL);
  for (guint k = 0; k < px_cleaned_n_kept (cleaned); k++)
    {
      g_autofree char *s = px_test_slice (text, px_cleaned_get_kept (cleaned, k));
      g_string_append_printf (kept, "%s%s", k > 0 ? "\n" : "", s);
    }
  return g_strdup (kept->str);
}

static guint
count_rule (const PxCleaned *cleaned, const char *rule)
{
  guint n = 0;
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *r = NULL;
      px_cleaned_get_trimmed (cleaned, i, &r);
      n += g_strcmp0 (r, rule) == 0;
    }
  return n;
}

/* ### The corpus */

START_TEST (test_corpus_body)
{
  const Capture *cap = &captures[_i];
  g_autoptr(PxText) text = px_test_load_corpus (cap->file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_msg (g_str_has_prefix (body, cap->first), "%s: body starts: %.80s", cap->file, body);
  ck_assert_msg (g_str_has_suffix (body, cap->last), "%s: body ends: %s", cap->file,
                 body + MAX (strlen (body), 80) - 80);
}
END_TEST

START_TEST (test_corpus_title)
{
  const Capture *cap = &captures[_i];
  g_autoptr(PxText) text = px_test_load_corpus (cap->file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  PxSpan span = { 0, 0 };
  ck_assert_int_eq (px_cleaned_get_title (cleaned, &span), cap->title != NULL);
  if (cap->title != NULL)
    {
      g_autofree char *title = px_test_slice (text, span);
      ck_assert_str_eq (title, cap->title);
    }
}
END_TEST

START_TEST (test_corpus_cuts)
{
  const Capture *cap = &captures[_i];
  g_autoptr(PxText) text = px_test_load_corpus (cap->file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  guint n = 0;
  while (n < G_N_ELEMENTS (cap->cuts) && cap->cuts[n].rule != NULL)
    n++;
  for (guint i = 0; i < MIN (n, px_cleaned_n_trimmed (cleaned)); i++)
    {
      const char *rule = NULL;
      g_autofree char *cut = px_test_slice (text, px_cleaned_get_trimmed (cleaned, i, &rule));
      ck_assert_msg (g_strcmp0 (rule, cap->cuts[i].rule) == 0, "%s: cut %u by %s, expected %s",
                     cap->file, i, rule, cap->cuts[i].rule);
      ck_assert_msg (g_str_has_prefix (cut, cap->cuts[i].text), "%s: cut %u (%s) starts: %.60s",
                     cap->file, i, rule, cut);
    }
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), n);
}
END_TEST

/* Kept ranges run in order from the body's start to its end, inside it,
 * and never overlap a trimmed range. */
START_TEST (test_corpus_kept_ranges_fill_the_body)
{
  g_autoptr(PxText) text = px_test_load_corpus (captures[_i].file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  PxSpan body = px_cleaned_get_body (cleaned);
  guint n = px_cleaned_n_kept (cleaned);
  ck_assert_uint_ge (n, 1);
  ck_assert_uint_eq (px_cleaned_get_kept (cleaned, 0).start, body.start);
  ck_assert_uint_eq (px_cleaned_get_kept (cleaned, n - 1).end, body.end);
  gsize previous_end = body.start;
  for (guint k = 0; k < n; k++)
    {
      PxSpan kept = px_cleaned_get_kept (cleaned, k);
      ck_assert_uint_lt (kept.start, kept.end);
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

/* Nothing is dropped silently: every non-space byte is story, headline or
 * a trimmed range, and exactly one of them. */
START_TEST (test_corpus_every_byte_accounted_for)
{
  g_autoptr(PxText) text = px_test_load_corpus (captures[_i].file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  gsize len = 0;
  const char *norm = px_text_get_normalized (text, &len);
  g_autofree guint8 *owners = g_new0 (guint8, len);

  for (guint k = 0; k < px_cleaned_n_kept (cleaned); k++)
    {
      PxSpan kept = px_cleaned_get_kept (cleaned, k);
      for (gsize i = kept.start; i < kept.end; i++)
        owners[i]++;
    }
  gsize previous_end = 0;
  for (guint t = 0; t < px_cleaned_n_trimmed (cleaned); t++)
    {
      PxSpan trim = px_cleaned_get_trimmed (cleaned, t, NULL);
      ck_assert_uint_ge (trim.start, previous_end);
      previous_end = trim.end;
      for (gsize i = trim.start; i < trim.end; i++)
        owners[i]++;
    }
  PxSpan title;
  if (px_cleaned_get_title (cleaned, &title))
    for (gsize i = title.start; i < title.end; i++)
      owners[i]++;

  for (gsize i = 0; i < len; i++)
    {
      if (norm[i] == ' ' || norm[i] == '\n')
        ck_assert_uint_le (owners[i], 1);
      else
        ck_assert_msg (owners[i] == 1, "%s: byte %zu ('%.20s') has %u owners", captures[_i].file,
                       i, norm + i, owners[i]);
    }
}
END_TEST

/* Every rule that cut something has the "why" a report shows. */
START_TEST (test_corpus_cuts_are_described)
{
  g_autoptr(PxText) text = px_test_load_corpus (captures[_i].file);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  for (guint t = 0; t < px_cleaned_n_trimmed (cleaned); t++)
    {
      const char *rule = NULL;
      px_cleaned_get_trimmed (cleaned, t, &rule);
      ck_assert_msg (px_clean_rules_describe (rules, rule) != NULL, "no why for %s", rule);
    }
}
END_TEST

START_TEST (test_rt_widget_is_cut_from_inside_the_story)
{
  g_autoptr(PxText) text = px_test_load_corpus ("rt-2023-05-16.txt");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_kept (cleaned), 2);
  g_autofree char *before = px_test_slice (text, px_cleaned_get_kept (cleaned, 0));
  g_autofree char *after = px_test_slice (text, px_cleaned_get_kept (cleaned, 1));
  ck_assert_msg (g_str_has_suffix (before, "according to Nikkei."), "%s", before);
  ck_assert_msg (g_str_has_prefix (after, "\"All facts clearly show that NATO's attempt"), "%s",
                 after);
  ck_assert_ptr_null (strstr (before, "China reacts to reports"));
  ck_assert_ptr_null (strstr (after, "China reacts to reports"));
}
END_TEST

START_TEST (test_kcna_body_is_one_range)
{
  g_autoptr(PxText) text = px_test_load_corpus ("kcna-2025-01-20.txt");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_kept (cleaned), 1);
  g_autofree char *kept = kept_text (text, cleaned);
  ck_assert_ptr_nonnull (strstr (kept, "This is a dangerous development of the situation."));
  ck_assert_ptr_null (strstr (kept, "More From"));
  ck_assert_ptr_null (strstr (kept, "Naenara"));
}
END_TEST

/* The Firstpost piece and hotaaj's republication differ only in chrome. */
START_TEST (test_republication_has_the_same_story)
{
  g_autoptr(PxText) a = px_test_load_corpus ("firstpost-2025-01-20.txt");
  g_autoptr(PxText) b = px_test_load_corpus ("hotaaj-2025-01.txt");
  g_autoptr(PxCleaned) ca = clean_ok (a);
  g_autoptr(PxCleaned) cb = clean_ok (b);
  g_autofree char *ka = kept_text (a, ca);
  g_autofree char *kb = kept_text (b, cb);
  g_auto(GStrv) words_a = g_strsplit_set (ka, " \n", -1);
  g_auto(GStrv) words_b = g_strsplit_set (kb, " \n", -1);
  g_autofree char *ja = g_strjoinv (" ", words_a);
  g_autofree char *jb = g_strjoinv (" ", words_b);
  /* Blank lines differ between the two captures, so compare words. */
  g_autoptr(GRegex) spaces = g_regex_new (" +", 0, 0, NULL);
  g_autofree char *na = g_regex_replace_literal (spaces, ja, -1, 0, " ", 0, NULL);
  g_autofree char *nb = g_regex_replace_literal (spaces, jb, -1, 0, " ", 0, NULL);
  ck_assert_str_eq (na, nb);
}
END_TEST

/* ### Synthetic pages */

/* Two lines of story, each of them prose. */
#define LEDE "Japan opened its first mission to NATO in Brussels on Thursday, officials said."
#define NEXT "The mission will be headed by an ambassador, the foreign ministry said."

static PxText *
page (const char *name, const char *data)
{
  g_autoptr(GError) error = NULL;
  PxText *text = px_text_new (name, data, strlen (data), NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  return text;
}

START_TEST (test_only_chrome_is_refused)
{
  g_autoptr(PxText) text = page ("chrome.txt",
                                 "27.1 C\nSunday, June 4, 2023\n\nSupport Us\nRelated Stories\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (rules, text, &error);
  ck_assert_ptr_null (cleaned);
  px_test_assert_error (error, PX_ERROR_INPUT_EMPTY,
                        "chrome.txt: no story text found: no sentence outside page chrome", NULL);
}
END_TEST

START_TEST (test_headline_alone_is_refused)
{
  g_autoptr(PxText) text = page ("h.txt", "Japan Opens Mission to NATO\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (rules, text, &error);
  ck_assert_ptr_null (cleaned);
  px_test_assert_error (error, PX_ERROR_INPUT_EMPTY, "h.txt: no story text found", NULL);
}
END_TEST

START_TEST (test_short_story_is_kept)
{
  g_autoptr(PxText) text = page ("short.txt", "Japan opened a mission.\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, "Japan opened a mission.");
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 0);
  ck_assert (!px_cleaned_get_title (cleaned, NULL));
}
END_TEST

START_TEST (test_headline_standfirst_and_sign_off)
{
  g_autoptr(PxText) text = page ("p.txt",
    "Japan Opens Mission to NATO\n"
    "Tokyo says the office will deepen cooperation with the alliance\n"
    "\n"
    LEDE "\n"
    "\n"
    NEXT "\n"
    "AP\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  PxSpan span;
  ck_assert (px_cleaned_get_title (cleaned, &span));
  g_autofree char *title = px_test_slice (text, span);
  ck_assert_str_eq (title, "Japan Opens Mission to NATO");
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, LEDE "\n\n" NEXT);
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 2);
  ck_assert_uint_eq (count_rule (cleaned, "standfirst"), 1);
  ck_assert_uint_eq (count_rule (cleaned, "sign-off"), 1);
}
END_TEST

/* Without a headline above it, a one-sentence lede is story. */
START_TEST (test_one_sentence_lede_is_not_a_standfirst)
{
  g_autoptr(PxText) text = page ("lede.txt",
    LEDE "\n"
    NEXT "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert (g_str_has_prefix (body, "Japan opened its first mission"));
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 0);
}
END_TEST

/* Under a headline, a one-sentence first paragraph is the lede unless the
 * story retells it (rules/boilerplate.yaml, standfirst). */
START_TEST (test_one_sentence_lede_under_a_headline_is_story)
{
  g_autoptr(PxText) text = page ("lede.txt",
    "Japan Opens Mission to NATO\n"
    "\n"
    LEDE "\n"
    "\n"
    NEXT "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert (px_cleaned_get_title (cleaned, NULL));
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, LEDE "\n\n" NEXT);
  ck_assert_uint_eq (count_rule (cleaned, "standfirst"), 0);
}
END_TEST

START_TEST (test_retold_summary_is_a_standfirst)
{
  g_autoptr(PxText) text = page ("retold.txt",
    "Japan Opens Mission to NATO\n"
    "\n"
    "Japan opened a mission to NATO in Brussels to deepen cooperation with the alliance.\n"
    "\n"
    "Japan opened its mission to NATO in Brussels on Thursday, officials said, in a step "
    "to deepen its cooperation with the alliance.\n"
    "\n"
    NEXT "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (count_rule (cleaned, "standfirst"), 1);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert (g_str_has_prefix (body, "Japan opened its mission"));
}
END_TEST

/* The first line of a hard-wrapped lede has no closing punctuation, but it
 * is not a paragraph of its own. */
START_TEST (test_hard_wrapped_lede_is_not_a_standfirst)
{
  g_autoptr(PxText) text = page ("wrapped.txt",
    "Japan Opens Mission to NATO\n"
    "\n"
    "Japan opened its first mission to NATO in Brussels on\n"
    "Thursday, officials said, in a step to deepen its ties.\n"
    "\n"
    NEXT "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (count_rule (cleaned, "standfirst"), 0);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert (g_str_has_prefix (body, "Japan opened its first mission to NATO in Brussels on\n"));
}
END_TEST

/* A first line closed by "?" or "!" is a sentence, not a headline. */
START_TEST (test_question_is_not_a_headline)
{
  static const char *const firsts[] = { "Is Japan joining NATO?", "Japan joins NATO!" };
  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      g_autofree char *data = g_strconcat (firsts[i], "\n\n", LEDE, "\n\n", NEXT, "\n", NULL);
      g_autoptr(PxText) text = page ("q.txt", data);
      g_autoptr(PxCleaned) cleaned = clean_ok (text);
      ck_assert_msg (!px_cleaned_get_title (cleaned, NULL), "%s", firsts[i]);
    }
}
END_TEST

START_TEST (test_read_more_block_inside_story)
{
  g_autoptr(PxText) text = page ("block.txt",
    LEDE "\n"
    "Read more\n"
    "China reacts to reports of NATO office in Japan\n"
    "The mission will be headed by an ambassador, the foreign ministry said in a statement "
    "that also mentioned the other partners of the alliance in the region.\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_kept (cleaned), 2);
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 1);
  const char *rule = NULL;
  g_autofree char *cut = px_test_slice (text, px_cleaned_get_trimmed (cleaned, 0, &rule));
  ck_assert_str_eq (rule, "related-story-widget");
  ck_assert_str_eq (cut, "Read more\nChina reacts to reports of NATO office in Japan");
}
END_TEST

START_TEST (test_tail_cuts_everything_after_it)
{
  g_autoptr(PxText) text = page ("tail.txt",
    LEDE "\n"
    "References\n"
    "1. A note that has nothing to do with the story, pulled in from elsewhere.\n"
    "2. Another one of those notes, which no reader of the story needs.\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 1);
  const char *rule = NULL;
  g_autofree char *cut = px_test_slice (text, px_cleaned_get_trimmed (cleaned, 0, &rule));
  ck_assert_str_eq (rule, "reference-list");
  ck_assert (g_str_has_prefix (cut, "References\n1. A note"));
  ck_assert (g_str_has_suffix (cut, "needs."));
}
END_TEST

/* Pages of furniture around one lede: a wire story's, a newspaper's and a
 * broadcaster's.  The rules of the ranges cut, in text order (lines of one
 * rule side by side are one range), and the headline. */
typedef struct {
  const char *name;
  const char *text;
  const char *cuts;
  const char *title;     /* NULL: none */
} Furniture;

static const Furniture furniture[] = {
  { "wire.txt",
    "Updated 14:32 GMT, Tuesday 23 January 2024\n"
    LEDE "\n"
    "Related: Ministers to discuss farm rules\n"
    "(Photo by Jane Doe/AFP via Getty Images)\n"
    "(Reporting by Jane Doe; Editing by Ana Roe)\n"
    "Associated Press writer Ana Roe in Lima, Peru, contributed to this report.\n"
    "Copyright 2024 The Associated Press. All rights reserved.\n",
    "posting-line related-link photo-credit wire-credits contributors-line copyright-notice",
    NULL },
  { "furniture.txt",
    "Advertisement\n"
    "Supported by\n"
    "Talks Collapse in Geneva as Delegates Walk Out\n"
    "This article is more than 1 year old\n"
    "Send any friend a story\n"
    LEDE "\n"
    "Advertisement\n"
    "Sign up for the Morning newsletter from The Daily Zorb\n",
    "ad-slot article-age page-button ad-slot newsletter-promo",
    "Talks Collapse in Geneva as Delegates Walk Out" },
  { "labels.txt",
    "Image source, Getty Images\n"
    "Image caption, Jane Doe opened the festival on Friday night\n"
    "Share\n"
    "Save\n"
    "Listen to this article | 4 mins\n"
    "Story highlights\n"
    LEDE "\n"
    "Photograph: Ana Roe/Getty Images\n"
    "Follow Zorb News English:\n"
    "Related Topics\n"
    "Music festivals\n",
    "media-label page-button box-heading credit-line follow-us site-footer",
    NULL },
};

START_TEST (test_page_furniture)
{
  const Furniture *f = &furniture[_i];
  g_autoptr(PxText) text = page (f->name, f->text);
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  g_autoptr(GString) cuts = g_string_new (NULL);
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      px_cleaned_get_trimmed (cleaned, i, &rule);
      g_string_append_printf (cuts, "%s%s", i > 0 ? " " : "", rule);
    }
  ck_assert_str_eq (cuts->str, f->cuts);
  ck_assert_uint_eq (px_cleaned_n_kept (cleaned), 1);
  PxSpan span;
  ck_assert_int_eq (px_cleaned_get_title (cleaned, &span), f->title != NULL);
  if (f->title != NULL)
    {
      g_autofree char *title = px_test_slice (text, span);
      ck_assert_str_eq (title, f->title);
    }
}
END_TEST

/* Tail markers count only below the story's first paragraph. */
START_TEST (test_tail_marker_above_the_story_is_not_a_tail)
{
  g_autoptr(PxText) text = page ("see.txt",
    "See also\n"
    LEDE "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, LEDE);
  ck_assert_uint_eq (count_rule (cleaned, "reference-list"), 0);
}
END_TEST

/* "where: top" cues apply only above the first paragraph. */
START_TEST (test_top_cues_stay_at_the_top)
{
  const char *story = LEDE "\nSunday, June 4, 2023\n" NEXT "\n";
  g_autoptr(PxText) middle = page ("middle.txt", story);
  g_autoptr(PxCleaned) kept = clean_ok (middle);
  ck_assert_uint_eq (count_rule (kept, "capture-date"), 0);
  g_autofree char *body = kept_text (middle, kept);
  ck_assert_ptr_nonnull (strstr (body, "Sunday, June 4, 2023"));

  g_autofree char *top_data = g_strconcat ("Sunday, June 4, 2023\n", story, NULL);
  g_autoptr(PxText) top = page ("top.txt", top_data);
  g_autoptr(PxCleaned) cut = clean_ok (top);
  ck_assert_uint_eq (count_rule (cut, "capture-date"), 1);
}
END_TEST

/* With no line that reads as prose, top cues apply everywhere and tail
 * cues nowhere. */
START_TEST (test_without_prose_top_is_everywhere)
{
  g_autoptr(PxText) text = page ("short.txt",
                                 "Japan left.\n27.1 C\nReferences\nThen it rained.\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 1);
  ck_assert_uint_eq (count_rule (cleaned, "weather-widget"), 1);
  g_autofree char *kept = kept_text (text, cleaned);
  ck_assert_str_eq (kept, "Japan left.\nReferences\nThen it rained.");
}
END_TEST

START_TEST (test_repeated_lines_are_cut)
{
  g_autoptr(PxText) text = page ("rep.txt",
    LEDE "\n"
    "Sign up for the latest news from the region today\n"
    NEXT "\n"
    "Sign up for the latest news from the region today\n"
    "It is the first such office of an Asian country at the alliance.\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (count_rule (cleaned, "repeated-line"), 2);
  g_autofree char *kept = kept_text (text, cleaned);
  ck_assert_ptr_null (strstr (kept, "Sign up"));
  ck_assert (g_str_has_suffix (kept, "at the alliance."));
}
END_TEST

START_TEST (test_menu_is_a_short_line_run)
{
  g_autoptr(PxText) text = page ("menu.txt",
    "Home\n"
    "World\n"
    "\n"
    "Asia\n"
    "Politics\n"
    LEDE "\n"
    NEXT "\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 1);
  const char *rule = NULL;
  g_autofree char *cut = px_test_slice (text, px_cleaned_get_trimmed (cleaned, 0, &rule));
  ck_assert_str_eq (rule, "short-line-run");
  ck_assert_str_eq (cut, "Home\nWorld\n\nAsia\nPolitics");
  ck_assert (!px_cleaned_get_title (cleaned, NULL));
}
END_TEST

START_TEST (test_crlf_page_cleans_like_lf)
{
  g_autoptr(PxText) text = page ("crlf.txt",
    LEDE "\r\n"
    "Courtesy: Example\r\n");
  g_autoptr(PxCleaned) cleaned = clean_ok (text);
  ck_assert_uint_eq (count_rule (cleaned, "credit-line"), 1);
  g_autofree char *body = px_test_slice (text, px_cleaned_get_body (cleaned));
  ck_assert_str_eq (body, LEDE);
}
END_TEST

/* ### Rules files */

START_TEST (test_bundled_rules_describe_their_cuts)
{
  g_autofree char *path = px_test_src_path ("rules/boilerplate.yaml");
  ck_assert_str_eq (px_clean_rules_get_path (rules), path);
  ck_assert_str_eq (px_clean_rules_describe (rules, "weather-widget"),
                    "temperature reading from the page's weather widget");
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "related-story-widget"));
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "reference-list"));
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "repeated-line"));
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "short-line-run"));
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "standfirst"));
  ck_assert_ptr_nonnull (px_clean_rules_describe (rules, "sign-off"));
  ck_assert_ptr_null (px_clean_rules_describe (rules, "no-such-rule"));
}
END_TEST

#define GENERIC \
  "generic:\n" \
  "  repeated-line: {why: r, min_chars: 40}\n" \
  "  short-line-run: {why: s, min_lines: 4, max_words: 6}\n" \
  "  headline: {max_words: 30}\n" \
  "  standfirst: {why: f, max_words: 60}\n" \
  "  sign-off: {why: o, max_words: 3}\n"

static PxCleanRules *
load_rules_text (const char *yaml, GError **error)
{
  g_autofree char *path = px_test_write ("rules.yaml", yaml, -1);
  return px_clean_rules_load (path, error);
}

START_TEST (test_minimal_rules_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleanRules) minimal = load_rules_text ("version: 1\n" GENERIC, &error);
  ck_assert_msg (minimal != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (px_clean_rules_describe (minimal, "sign-off"), "o");
  ck_assert_ptr_null (px_clean_rules_describe (minimal, "weather-widget"));

  const char *data = LEDE "\nCourtesy: Example\n";
  g_autoptr(PxText) text = page ("m.txt", data);
  g_autoptr(PxCleaned) cleaned = px_clean (minimal, text, &error);
  ck_assert_ptr_nonnull (cleaned);
  /* No line cues, so no credit-line; the generic sign-off still applies. */
  ck_assert_uint_eq (px_cleaned_n_trimmed (cleaned), 1);
  ck_assert_uint_eq (count_rule (cleaned, "credit-line"), 0);
  ck_assert_uint_eq (count_rule (cleaned, "sign-off"), 1);
}
END_TEST

typedef struct {
  const char *yaml;
  const char *message;   /* after the file name */
} BadRules;

static const BadRules bad_rules[] = {
  { "version: 2\n" GENERIC,
    "rules.yaml:1:10: version 2 is not supported (this parallax reads version 1)" },
  { GENERIC, "rules.yaml:1:1: missing key 'version'" },
  { "version: one\n" GENERIC, "rules.yaml:1:10: expected a whole number" },
  { "version: 1\ncolour: red\n" GENERIC,
    "rules.yaml:2:1: unknown key 'colour' "
    "(expected one of: version, lines, blocks, tails, generic)" },
  { "version: 1\n", "rules.yaml:1:1: missing key 'generic'" },
  { "version: 1\nlines:\n  - rule: x\n    why: y\n    match: '(unclosed'\n" GENERIC,
    "rules.yaml:5:12: bad pattern: " },
  { "version: 1\nlines:\n  - {rule: x, why: y, match: '[z-a]'}\n" GENERIC,
    "rules.yaml:3:30: bad pattern: " },
  { "version: 1\nlines:\n  - rule: x\n    why: y\n    match: a\n    where: bottom\n" GENERIC,
    "rules.yaml:6:12: where: expected 'top' or 'any', found 'bottom'" },
  { "version: 1\nlines:\n  - rule: x\n    match: a\n" GENERIC,
    "rules.yaml:3:5: missing key 'why'" },
  { "version: 1\nlines:\n  - rule: x\n    why: y\n" GENERIC,
    "rules.yaml:3:5: missing key 'match'" },
  { "version: 1\nlines:\n  - rule: x\n    why: y\n    match: a\n    max_words: 3\n" GENERIC,
    "rules.yaml:6:5: unknown key 'max_words' (expected one of: rule, why, match, where)" },
  { "version: 1\nblocks:\n  - rule: x\n    why: y\n    match: a\n    max_words: lots\n" GENERIC,
    "rules.yaml:6:16: expected a whole number from 0 to 1000, found 'lots'" },
  { "version: 1\nblocks:\n  - {rule: x, why: y, match: a, where: top}\n" GENERIC,
    "unknown key 'where' (expected one of: rule, why, match, max_words)" },
  { "version: 1\nlines:\n  - {rule: x, why: y, match: a}\n"
    "tails:\n  - {rule: x, why: z, match: b}\n" GENERIC,
    "rules.yaml:5:5: rule 'x' is defined twice (first at line 3)" },
  { "version: 1\nlines:\n  - {rule: sign-off, why: y, match: a}\n" GENERIC,
    "rules.yaml:3:5: rule name 'sign-off' is the name of a generic cue (under 'generic:'); "
    "give this cue another name" },
  { "version: 1\ntails:\n  - {rule: standfirst, why: y, match: a}\n" GENERIC,
    "rules.yaml:3:5: rule name 'standfirst' is the name of a generic cue" },
  { "version: 1\nlines:\n  - rule: x\n    rule: y\n" GENERIC,
    "rules.yaml:4:5: duplicate key 'rule'" },
  { "version: 1\nlines: {rule: x}\n" GENERIC, "rules.yaml:2:8: expected a list, found a mapping" },
  { "version: 1\nlines:\n  - just a string\n" GENERIC,
    "rules.yaml:3:5: expected a mapping, found a scalar" },
  { "version: 1\ngeneric:\n"
    "  repeated-line: {why: r, min_chars: 40}\n"
    "  short-line-run: {why: s, min_lines: 4, max_words: 6}\n"
    "  headline: {why: h, max_words: 30}\n"
    "  standfirst: {why: f, max_words: 60}\n"
    "  sign-off: {why: o, max_words: 3}\n",
    "rules.yaml:5:14: unknown key 'why' (expected one of: max_words)" },
  { "version: 1\n" GENERIC "  colour: {why: c}\n",
    "rules.yaml:8:3: unknown key 'colour' (expected one of: repeated-line, short-line-run, "
    "headline, standfirst, sign-off, prose)" },
  { "version: 1\ngeneric:\n  repeated-line: {why: r, min_chars: 40}\n",
    "rules.yaml:3:3: missing key 'short-line-run'" },
  { "version: 1\ngeneric:\n  repeated-line: {why: r}\n",
    "rules.yaml:3:18: missing key 'min_chars'" },
  { "version: 1\n" GENERIC "  prose: {min_words: -1}\n",
    "rules.yaml:8:22: expected a whole number" },
  { "version: 1\nlines:\n\t- rule: x\n",
    "rules.yaml:3:1: found character that cannot start any token" },
  { "version: 1\nlines: &a []\n" GENERIC, "rules.yaml:2:8: anchors and aliases are not supported" },
};

START_TEST (test_bad_rules_file)
{
  const BadRules *bad = &bad_rules[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleanRules) loaded = load_rules_text (bad->yaml, &error);
  ck_assert_msg (loaded == NULL, "accepted:\n%s", bad->yaml);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, bad->message, NULL);
  /* The full path comes first: "/tmp/.../rules.yaml:LINE:COLUMN: ...". */
  ck_assert_msg (g_path_is_absolute (error->message), "%s", error->message);
  ck_assert_uint_eq (px_test_count_lines (error->message), 1);
}
END_TEST

START_TEST (test_missing_rules_file)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "boilerplate.yaml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleanRules) loaded = px_clean_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  px_test_assert_error (error, PX_ERROR_IO, "boilerplate.yaml", NULL);
}
END_TEST

/* See check-yaml.c: a rules file holding only "---" is an empty document
 * and reads as one (missing key 'version'), not as a scalar. */
START_TEST (test_explicit_empty_rules_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleanRules) loaded = load_rules_text ("---\n", &error);
  ck_assert_ptr_null (loaded);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "missing key 'version'", NULL);
}
END_TEST

Suite *
px_test_clean_suite (void)
{
  Suite *s = suite_create ("clean");

  TCase *corpus = tcase_create ("corpus");
  tcase_add_unchecked_fixture (corpus, load_rules, NULL);
  tcase_add_loop_test (corpus, test_corpus_body, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_corpus_title, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_corpus_cuts, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_corpus_kept_ranges_fill_the_body, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_corpus_every_byte_accounted_for, 0, G_N_ELEMENTS (captures));
  tcase_add_loop_test (corpus, test_corpus_cuts_are_described, 0, G_N_ELEMENTS (captures));
  tcase_add_test (corpus, test_rt_widget_is_cut_from_inside_the_story);
  tcase_add_test (corpus, test_kcna_body_is_one_range);
  tcase_add_test (corpus, test_republication_has_the_same_story);
  suite_add_tcase (s, corpus);

  TCase *pages = tcase_create ("pages");
  tcase_add_unchecked_fixture (pages, load_rules, NULL);
  tcase_add_test (pages, test_only_chrome_is_refused);
  tcase_add_test (pages, test_headline_alone_is_refused);
  tcase_add_test (pages, test_short_story_is_kept);
  tcase_add_test (pages, test_headline_standfirst_and_sign_off);
  tcase_add_test (pages, test_one_sentence_lede_is_not_a_standfirst);
  tcase_add_test (pages, test_one_sentence_lede_under_a_headline_is_story);
  tcase_add_test (pages, test_retold_summary_is_a_standfirst);
  tcase_add_test (pages, test_hard_wrapped_lede_is_not_a_standfirst);
  tcase_add_test (pages, test_question_is_not_a_headline);
  tcase_add_test (pages, test_read_more_block_inside_story);
  tcase_add_test (pages, test_tail_cuts_everything_after_it);
  tcase_add_loop_test (pages, test_page_furniture, 0, G_N_ELEMENTS (furniture));
  tcase_add_test (pages, test_tail_marker_above_the_story_is_not_a_tail);
  tcase_add_test (pages, test_top_cues_stay_at_the_top);
  tcase_add_test (pages, test_without_prose_top_is_everywhere);
  tcase_add_test (pages, test_repeated_lines_are_cut);
  tcase_add_test (pages, test_menu_is_a_short_line_run);
  tcase_add_test (pages, test_crlf_page_cleans_like_lf);
  suite_add_tcase (s, pages);

  TCase *files = tcase_create ("rules");
  tcase_add_unchecked_fixture (files, load_rules, NULL);
  tcase_add_test (files, test_bundled_rules_describe_their_cuts);
  tcase_add_test (files, test_minimal_rules_file);
  tcase_add_loop_test (files, test_bad_rules_file, 0, G_N_ELEMENTS (bad_rules));
  tcase_add_test (files, test_missing_rules_file);
  tcase_add_test (files, test_explicit_empty_rules_file);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_clean_suite ());
}
