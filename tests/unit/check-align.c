/* check-align.c: alignment tokens and quote fidelity, on small cases and
 * on the seed corpus's quotes of the KCNA article (gold: fidelity). */
#include "config.h"

#include <string.h>

#include "align/align-private.h"
#include "px-test.h"

/* rules/compare.yaml of the source tree, shared with the forked tests. */
static const PxCompareRules *rules;

static void
load_rules (void)
{
  rules = px_test_compare_rules ();
}

/* A text and its alignment tokens. */
typedef struct {
  PxText *text;
  const char *normalized;   /* borrowed from @text */
  GArray *tokens;           /* (element-type PxAlignToken) */
} Tokens;

static void
tokens_clear (Tokens *t)
{
  g_clear_pointer (&t->tokens, g_array_unref);
  g_clear_pointer (&t->text, px_text_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tokens, tokens_clear)

static Tokens
tokens_of_text (PxText *text)
{
  Tokens t = { text, px_text_get_normalized (text, NULL), NULL };
  t.tokens = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  return t;
}

/* @s normalised (curly marks straightened, "…" as "...") and tokenized
 * as one range, as a quote's text is. */
static Tokens
tokenize (const char *s, guint first_flags)
{
  g_autoptr(GError) error = NULL;
  PxText *text = px_text_new ("t.txt", s, strlen (s), NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  Tokens t = tokens_of_text (text);
  px_align_tokenize (rules, t.normalized, (PxSpan) { 0, strlen (t.normalized) }, first_flags,
                     t.tokens);
  return t;
}

/* A source: @sentences, each a sentence of one body range; @title, if not
 * NULL, a range of its own before them. */
static Tokens
source_of (const char *title, const char *const *sentences)
{
  GString *all = g_string_new (title);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  if (title != NULL)
    g_array_append_val (spans, ((PxSpan) { 0, all->len }));
  for (guint i = 0; sentences[i] != NULL; i++)
    {
      if (all->len > 0)
        g_string_append_c (all, '\n');
      gsize start = all->len;
      g_string_append (all, sentences[i]);
      g_array_append_val (spans, ((PxSpan) { start, all->len }));
    }
  g_autofree char *data = g_string_free (all, FALSE);
  g_autoptr(GError) error = NULL;
  /* Plain ASCII: the normalised text keeps every offset. */
  PxText *text = px_text_new ("s.txt", data, strlen (data), NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  Tokens t = tokens_of_text (text);
  for (guint i = 0; i < spans->len; i++)
    {
      guint flags = PX_ALIGN_SENTENCE_START;
      if (i == 0 || (title != NULL && i == 1))
        flags |= PX_ALIGN_BREAK;
      px_align_tokenize (rules, t.normalized, g_array_index (spans, PxSpan, i), flags, t.tokens);
    }
  g_array_unref (spans);
  return t;
}

/* A corpus file as px_compare() sees a primary: its title range, then
 * each body sentence. */
static Tokens
source_corpus (const char *file)
{
  Tokens t = tokens_of_text (px_test_load_corpus (file));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), t.text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error != NULL ? error->message : "");
  PxSpan title;
  ck_assert (px_cleaned_get_title (cleaned, &title));
  px_align_tokenize (rules, t.normalized, title, PX_ALIGN_BREAK | PX_ALIGN_SENTENCE_START,
                     t.tokens);
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  g_autoptr(PxSegmentation) seg = px_segment (px_test_segment_rules (), t.text, kept, n);
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      guint flags = PX_ALIGN_SENTENCE_START | (i == 0 ? PX_ALIGN_BREAK : 0);
      px_align_tokenize (rules, t.normalized, px_segmentation_get_sentence (seg, i)->span, flags,
                         t.tokens);
    }
  return t;
}

static char *
slice (const Tokens *t, PxSpan span)
{
  ck_assert_uint_le (span.start, span.end);
  ck_assert_uint_le (span.end, strlen (t->normalized));
  return g_strndup (t->normalized + span.start, span.end - span.start);
}

/* "kind[quote|source]" for each edit, joined by spaces. */
static char *
describe_diff (const PxQuoteMatch *m, const Tokens *quote, const Tokens *source)
{
  if (m->diff == NULL)
    return g_strdup ("");
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < m->diff->len; k++)
    {
      const PxEdit *edit = &g_array_index (m->diff, PxEdit, k);
      g_autofree char *q = slice (quote, edit->quote);
      g_autofree char *s = slice (source, edit->source);
      g_string_append_printf (out, "%s%s[%s|%s]", k ? " " : "", px_edit_kind_name (edit->kind),
                              q, s);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  PxQuoteMatch match;
  char *passage;            /* the source's words, or the echo's */
  char *diff;
} Checked;

static void
checked_clear (Checked *c)
{
  px_quote_match_clear (&c->match);
  g_clear_pointer (&c->passage, g_free);
  g_clear_pointer (&c->diff, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Checked, checked_clear)

/* Searches @text in @source. */
static Checked
check (const char *text, gboolean term, const Tokens *source)
{
  g_auto(Tokens) quote = tokenize (text, 0);
  Checked c = { { 0 }, NULL, NULL };
  px_align_quote (rules, (const PxAlignToken *) (gpointer) quote.tokens->data, quote.tokens->len,
                  term, (const PxAlignToken *) (gpointer) source->tokens->data,
                  source->tokens->len, &c.match);
  c.passage = slice (source, c.match.echo ? c.match.echo_source : c.match.source);
  c.diff = describe_diff (&c.match, &quote, source);
  return c;
}

static void
assert_verdict (const Checked *c, PxVerdict verdict)
{
  ck_assert_msg (c->match.verdict == verdict, "%s, expected %s: '%s' %s",
                 px_verdict_name (c->match.verdict), px_verdict_name (verdict), c->passage,
                 c->diff);
}

/* Asserts the verdict, the source passage and the diff. */
static void
assert_match (const char *text, gboolean term, const Tokens *source, PxVerdict verdict,
              const char *passage, const char *diff)
{
  g_auto(Checked) c = check (text, term, source);
  assert_verdict (&c, verdict);
  ck_assert_str_eq (c.passage, passage);
  ck_assert_str_eq (c.diff, diff);
  ck_assert (!c.match.echo);
  ck_assert ((c.match.diff == NULL) == (verdict == PX_VERDICT_ABSENT));
}

/* ### Tokens */

static const PxAlignToken *
token (const Tokens *t, guint i)
{
  ck_assert_uint_lt (i, t->tokens->len);
  return &g_array_index (t->tokens, PxAlignToken, i);
}

/* The words of @t's tokens, "|" between. */
static char *
words (const Tokens *t)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < t->tokens->len; i++)
    {
      g_autofree char *w = slice (t, token (t, i)->span);
      g_string_append_printf (out, "%s%s", i ? "|" : "", w);
    }
  return g_string_free (out, FALSE);
}

START_TEST (test_equivalents)
{
  g_auto(Tokens) a = tokenize ("the US strategy", 0);
  g_auto(Tokens) b = tokenize ("the U.S. strategy", 0);
  g_auto(Tokens) c = tokenize ("the United States strategy", 0);
  g_auto(Tokens) d = tokenize ("the United States of America strategy", 0);
  g_auto(Tokens) e = tokenize ("the United strategy", 0);
  g_autofree char *wc = words (&c);
  g_autofree char *wd = words (&d);
  ck_assert_str_eq (wc, "the|United States|strategy");
  /* The longest phrase wins: "of America" is not left over. */
  ck_assert_str_eq (wd, "the|United States of America|strategy");
  for (guint i = 0; i < 3; i++)
    {
      ck_assert_uint_eq (token (&a, i)->key, token (&b, i)->key);
      ck_assert_uint_eq (token (&a, i)->key, token (&c, i)->key);
      ck_assert_uint_eq (token (&a, i)->key, token (&d, i)->key);
    }
  ck_assert_uint_ne (token (&a, 1)->key, token (&e, 1)->key);
  ck_assert_uint_eq (e.tokens->len, 3);
}
END_TEST

START_TEST (test_case_and_apostrophes)
{
  /* Curly apostrophes are straightened by normalisation, then dropped. */
  g_auto(Tokens) a = tokenize ("NATO’s Sphere", 0);
  g_auto(Tokens) b = tokenize ("nato's sphere", 0);
  g_auto(Tokens) c = tokenize ("NATOs SPHERE", 0);
  g_auto(Tokens) d = tokenize ("NATO sphere", 0);
  ck_assert_uint_eq (a.tokens->len, 2);
  for (guint i = 0; i < 2; i++)
    {
      ck_assert_uint_eq (token (&a, i)->key, token (&b, i)->key);
      ck_assert_uint_eq (token (&a, i)->key, token (&c, i)->key);
    }
  ck_assert_uint_ne (token (&a, 0)->key, token (&d, 0)->key);
  ck_assert (token (&a, 0)->flags & PX_ALIGN_CAPITALISED);
  ck_assert (token (&a, 1)->flags & PX_ALIGN_CAPITALISED);
  ck_assert (!(token (&b, 0)->flags & PX_ALIGN_CAPITALISED));
}
END_TEST

START_TEST (test_hyphens)
{
  g_auto(Tokens) t = tokenize ("US provocative military hegemony-seeking acts - and anti-peace",
                               0);
  g_autofree char *w = words (&t);
  ck_assert_str_eq (w, "US|provocative|military|hegemony|seeking|acts|and|anti|peace");
  for (guint i = 0; i < t.tokens->len; i++)
    ck_assert_msg (!(token (&t, i)->flags & PX_ALIGN_HYPHENATED) == (i != 4 && i != 8),
                   "token %u", i);
  /* A spaced dash is a pause, not a compound. */
  ck_assert (token (&t, 5)->flags & PX_ALIGN_PHRASE_END);
  ck_assert (!(token (&t, 3)->flags & PX_ALIGN_PHRASE_END));
}
END_TEST

START_TEST (test_elision_token)
{
  g_auto(Tokens) t = tokenize ("in the region … pursuant to", PX_ALIGN_SENTENCE_START);
  g_autofree char *w = words (&t);
  ck_assert_str_eq (w, "in|the|region|...|pursuant|to");
  ck_assert_uint_eq (token (&t, 0)->flags, PX_ALIGN_SENTENCE_START);
  ck_assert (token (&t, 3)->flags & PX_ALIGN_ELISION);
  for (guint i = 0; i < t.tokens->len; i++)
    ck_assert (!(token (&t, i)->flags & PX_ALIGN_ELISION) == (i != 3));
  /* An elision ends nothing. */
  ck_assert (!(token (&t, 2)->flags & PX_ALIGN_SENTENCE_END));
}
END_TEST

START_TEST (test_punctuation_flags)
{
  g_auto(Tokens) t = tokenize ("Japan, a war criminal state, is (it says) a threat.” Then 17.5. "
                               "End!", 0);
  g_autofree char *w = words (&t);
  ck_assert_str_eq (w, "Japan|a|war|criminal|state|is|it|says|a|threat|Then|17.5|End");
  static const guint phrase_end[] = { 0, 4, 7, 9, 11, 12 };
  static const guint sentence_end[] = { 9, 11, 12 };
  guint p = 0, s = 0;
  for (guint i = 0; i < t.tokens->len; i++)
    {
      guint flags = token (&t, i)->flags;
      gboolean pe = p < G_N_ELEMENTS (phrase_end) && phrase_end[p] == i;
      gboolean se = s < G_N_ELEMENTS (sentence_end) && sentence_end[s] == i;
      ck_assert_msg (!(flags & PX_ALIGN_PHRASE_END) == !pe, "phrase end at %u", i);
      ck_assert_msg (!(flags & PX_ALIGN_SENTENCE_END) == !se, "sentence end at %u", i);
      p += pe, s += se;
    }
}
END_TEST

START_TEST (test_phrase_end_of_equivalent)
{
  g_auto(Tokens) t = tokenize ("threatened by the United States.", 0);
  ck_assert_uint_eq (t.tokens->len, 4);
  ck_assert (token (&t, 3)->flags & PX_ALIGN_SENTENCE_END);
}
END_TEST

START_TEST (test_names)
{
  ck_assert_str_eq (px_verdict_name (PX_VERDICT_VERBATIM), "verbatim");
  ck_assert_str_eq (px_verdict_name (PX_VERDICT_VERBATIM_WITH_ELISION), "verbatim_with_elision");
  ck_assert_str_eq (px_verdict_name (PX_VERDICT_ALTERED), "altered");
  ck_assert_str_eq (px_verdict_name (PX_VERDICT_ABSENT), "absent");
  ck_assert_str_eq (px_verdict_name (PX_VERDICT_ABSENT_OTHER_SPEAKER), "absent_other_speaker");
  ck_assert_str_eq (px_edit_kind_name (PX_EDIT_EQUAL), "equal");
  ck_assert_str_eq (px_edit_kind_name (PX_EDIT_INSERT), "insert");
  ck_assert_str_eq (px_edit_kind_name (PX_EDIT_DELETE), "delete");
  ck_assert_str_eq (px_edit_kind_name (PX_EDIT_SUBSTITUTE), "substitute");
  ck_assert_str_eq (px_edit_kind_name (PX_EDIT_ELISION), "elision");
}
END_TEST

/* ### The seed corpus */

/* KCNA's article, the primary of the seed run, loaded once per test. */
static Tokens kcna;

static void
load_kcna (void)
{
  kcna = source_corpus ("kcna-2025-01-20.txt");
}

static void
free_kcna (void)
{
  tokens_clear (&kcna);
}

/* Firstpost's short quotes: exact words, even when cut inside the
 * compound "hegemony-seeking acts". */
START_TEST (test_seed_verbatim)
{
  static const char *const quotes[][2] = {
    { "a dangerous act", "a dangerous act" },
    { "provocative military hegemony.", "provocative military hegemony" },
    { "a war criminal state", "a war criminal state" },
    { "anti-peace force,", "anti-peace force" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    for (gboolean term = FALSE; term <= TRUE; term++)
      {
        g_autofree char *diff = g_strdup_printf ("equal[%s|%s]", quotes[i][1], quotes[i][1]);
        assert_match (quotes[i][0], term, &kcna, PX_VERDICT_VERBATIM, quotes[i][1], diff);
      }
}
END_TEST

/* The Washington Times: "Japan" for "It", and the compound cut. */
START_TEST (test_seed_altered_subject)
{
  g_auto(Checked) c = check ("Japan set up its independent mission in NATO at a time when the "
                             "security environment in the Asia-Pacific region is more seriously "
                             "threatened due to the U.S. provocative military hegemony,",
                             FALSE, &kcna);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_str_eq (c.passage, "It set up its independent mission in NATO at a time when the "
                    "security environment in the Asia-Pacific region is more seriously "
                    "threatened due to the US provocative military hegemony-seeking acts");
  ck_assert_str_eq (c.diff, "substitute[Japan|It] equal[set up its independent mission in NATO "
                    "at a time when the security environment in the Asia-Pacific region is more "
                    "seriously threatened due to the U.S. provocative military hegemony|set up "
                    "its independent mission in NATO at a time when the security environment in "
                    "the Asia-Pacific region is more seriously threatened due to the US "
                    "provocative military hegemony] delete[|seeking acts]");
  ck_assert_double_eq_tol (c.match.score, 30.0 / 31.0, 1e-9);
  ck_assert (!c.match.echo);
}
END_TEST

/* The Washington Times: the body sentence, not the title's wording that
 * the first sentence quotes, though both align about as well: the quote
 * reads as a whole sentence, and only the body's is one. */
START_TEST (test_seed_altered_whole_sentence)
{
  assert_match ("This is a dangerous act of adding new instability to the regional situation.",
                FALSE, &kcna, PX_VERDICT_ALTERED,
                "This is a dangerous act of adding a new factor for instability to the regional "
                "situation",
                "equal[This is a dangerous act of adding|This is a dangerous act of adding] "
                "delete[|a] equal[new|new] delete[|factor for] "
                "equal[instability to the regional situation|instability to the regional "
                "situation]");
}
END_TEST

/* The Washington Times: "…" for twelve words, "U.S." for "US", a curly
 * apostrophe for a straight one. */
START_TEST (test_seed_elision)
{
  assert_match ("escalating the military tension in the region … pursuant to the U.S. strategy "
                "for world domination to expand NATO’s sphere of influence into the "
                "Asia-Pacific region.",
                FALSE, &kcna, PX_VERDICT_VERBATIM_WITH_ELISION,
                "escalating the military tension in the region while tightening military "
                "confab and tie-up with NATO outside the region, pursuant to the US strategy "
                "for world domination to expand NATO's sphere of influence into the "
                "Asia-Pacific region",
                "equal[escalating the military tension in the region|escalating the military "
                "tension in the region] elision[...|while tightening military confab and tie-up "
                "with NATO outside the region] equal[pursuant to the U.S. strategy for world "
                "domination to expand NATO's sphere of influence into the Asia-Pacific "
                "region|pursuant to the US strategy for world domination to expand NATO's "
                "sphere of influence into the Asia-Pacific region]");
}
END_TEST

/* Other speakers' words, quoted by the Washington Times and RT. */
START_TEST (test_seed_absent)
{
  static const struct {
    const char *text;
    gboolean term;
  } quotes[] = {
    { "blatant anachronism", TRUE },
    { "the diktat of the older brother", FALSE },
    { "more than ever", FALSE },
    { "Asian NATO,", TRUE },
    { "Quad", TRUE },
    { "military collusion", TRUE },
    { "It is an open secret that the United States… has been trying to create a military "
      "alliance like this in the Asia-Pacific region,", FALSE },
    { "recent unprecedented military collusion between Japan and NATO is arousing great "
      "concern and alertness in the international community.", FALSE },
    { "liaison office", TRUE },
    { "conduct periodic consultations with Japan and key partners in the region such as South "
      "Korea, Australia and New Zealand,", FALSE },
    { "confrontational alliances", TRUE },
    { "discuss the current military cooperation and opportunities to foster a stronger "
      "partnership,", FALSE },
    { "build a huge anti-China and anti-Russia encirclement", FALSE },
    { "keep neighboring countries in check", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    assert_match (quotes[i].text, quotes[i].term, &kcna, PX_VERDICT_ABSENT, "", "");
}
END_TEST

/* RT: another statement that opens with KCNA's stock formula. */
START_TEST (test_seed_echo)
{
  g_auto(Checked) c = check ("All facts clearly show that NATO’s attempt to advance into the "
                             "Asia-Pacific region through military collusion with Japan has "
                             "entered a dangerous implementation phase,", FALSE, &kcna);
  assert_verdict (&c, PX_VERDICT_ABSENT);
  ck_assert (c.match.echo);
  ck_assert_str_eq (c.passage, "All facts clearly");
  ck_assert_ptr_null (c.match.diff);
  ck_assert_uint_eq (c.match.source.start, c.match.source.end);
  /* Even a grader that accepts a third of the words in common does not
   * find this the primary's sentence. */
  g_autofree char *path = px_test_src_path ("rules/compare.yaml");
  g_autoptr(PxCompareRules) lax_rules = px_compare_rules_load (path, NULL);
  ck_assert (px_compare_rules_override (lax_rules, "quotes.altered_min_score", 0.34, NULL));
  const PxCompareRules *shared = rules;
  rules = lax_rules;
  g_auto(Checked) lax = check ("All facts clearly show that NATO’s attempt to advance into the "
                               "Asia-Pacific region through military collusion with Japan has "
                               "entered a dangerous implementation phase,", FALSE, &kcna);
  rules = shared;
  assert_verdict (&lax, PX_VERDICT_ABSENT);
}
END_TEST

/* ### Small cases */

static const char *const plan[] = {
  "The minister spoke on Monday.",
  "He said the plan is a grave threat to peace in the region.",
  "The talks failed.",
  NULL,
};

START_TEST (test_substitution)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  assert_match ("the plan is a serious threat to peace", FALSE, &s, PX_VERDICT_ALTERED,
                "the plan is a grave threat to peace",
                "equal[the plan is a|the plan is a] substitute[serious|grave] "
                "equal[threat to peace|threat to peace]");
}
END_TEST

START_TEST (test_insertion)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  g_auto(Checked) c = check ("the plan is a grave and growing threat to peace", FALSE, &s);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_str_eq (c.diff, "equal[the plan is a grave|the plan is a grave] "
                    "insert[and growing|] equal[threat to peace|threat to peace]");
  ck_assert_double_eq_tol (c.match.score, 8.0 / 10.0, 1e-9);
  /* The source side of the insertion is empty, right after "grave". */
  const PxEdit *insert = &g_array_index (c.match.diff, PxEdit, 1);
  const char *grave = strstr (s.normalized, "grave");
  ck_assert_uint_eq (insert->source.start, (gsize) (grave - s.normalized) + 5);
  ck_assert_uint_eq (insert->source.end, insert->source.start);
}
END_TEST

START_TEST (test_deletion)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  g_auto(Checked) c = check ("the plan is a threat to peace", FALSE, &s);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_str_eq (c.diff, "equal[the plan is a|the plan is a] delete[|grave] "
                    "equal[threat to peace|threat to peace]");
  ck_assert_double_eq_tol (c.match.score, 1.0, 1e-9);
  /* The quote side of the deletion is empty, right after "a". */
  const PxEdit *delete = &g_array_index (c.match.diff, PxEdit, 1);
  ck_assert_uint_eq (delete->quote.start, strlen ("the plan is a"));
  ck_assert_uint_eq (delete->quote.end, delete->quote.start);
}
END_TEST

START_TEST (test_two_elisions)
{
  static const char *const body[] = {
    "It is extremely escalating the tension while tightening ties, pursuant to the US "
    "strategy for domination, and all of it in the name of peace.",
    NULL,
  };
  g_auto(Tokens) s = source_of (NULL, body);
  assert_match ("escalating the tension ... pursuant to the United States strategy... in the name "
                "of peace", FALSE, &s, PX_VERDICT_VERBATIM_WITH_ELISION,
                "escalating the tension while tightening ties, pursuant to the US strategy for "
                "domination, and all of it in the name of peace",
                "equal[escalating the tension|escalating the tension] "
                "elision[...|while tightening ties] "
                "equal[pursuant to the United States strategy|pursuant to the US strategy] "
                "elision[...|for domination, and all of it] "
                "equal[in the name of peace|in the name of peace]");
  /* Segments out of order are not the source's words: what follows the
   * elision is missing after it. */
  assert_match ("in the name of peace ... escalating the tension", FALSE, &s, PX_VERDICT_ALTERED,
                "in the name of peace", "equal[in the name of peace|in the name of peace] "
                "elision[...|] insert[escalating the tension|]");
}
END_TEST

/* A source of @gap filler words between "it was agreed to raise the tariffs"
 * and "after the summit ended in anger". */
static Tokens
gapped_source (guint gap)
{
  GString *sentence = g_string_new ("It was agreed to raise the tariffs");
  for (guint i = 0; i < gap; i++)
    g_string_append_printf (sentence, " filler%u", i);
  g_string_append (sentence, " after the summit ended in anger.");
  const char *body[] = { sentence->str, NULL };
  Tokens t = source_of (NULL, body);
  g_string_free (sentence, TRUE);
  return t;
}

START_TEST (test_elision_gap)
{
  const char *quote = "agreed to raise the tariffs ... the summit ended in anger";
  guint max = rules->elision_max_gap;
  g_auto(Tokens) within = gapped_source (max - 1);
  g_auto(Checked) ok = check (quote, FALSE, &within);
  assert_verdict (&ok, PX_VERDICT_VERBATIM_WITH_ELISION);

  /* One word too many: the elision stands for all it may, and the diff
   * shows the rest as dropped. */
  g_auto(Tokens) over = gapped_source (max + 2);
  g_auto(Checked) c = check (quote, FALSE, &over);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_ptr_nonnull (strstr (c.diff, "] delete[|filler"));

  /* Far beyond it: the two halves are separate passages. */
  g_auto(Tokens) far = gapped_source (5 * max);
  assert_match (quote, FALSE, &far, PX_VERDICT_ABSENT, "", "");
  /* A short quote is never stretched over a long gap. */
  assert_match ("raise ... summit", FALSE, &over, PX_VERDICT_ABSENT, "", "");
}
END_TEST

START_TEST (test_short_statement)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  ck_assert_uint_eq (rules->altered_min_words, 5);
  /* All four words in order, yet too short to grade altered... */
  assert_match ("the plan is peace", FALSE, &s, PX_VERDICT_ABSENT, "", "");
  /* ...while five are enough. */
  g_auto(Checked) c = check ("the plan is to peace", FALSE, &s);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_str_eq (c.diff, "equal[the plan is|the plan is] delete[|a grave threat] "
                    "equal[to peace|to peace]");
}
END_TEST

START_TEST (test_term)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  assert_match ("the plan is a serious threat to peace", TRUE, &s, PX_VERDICT_ABSENT, "", "");
  assert_match ("grave threat", TRUE, &s, PX_VERDICT_VERBATIM, "grave threat",
                "equal[grave threat|grave threat]");
}
END_TEST

START_TEST (test_empty)
{
  g_auto(Tokens) s = source_of (NULL, plan);
  PxQuoteMatch m = { .verdict = PX_VERDICT_VERBATIM, .echo = TRUE };
  px_align_quote (rules, NULL, 0, FALSE, (const PxAlignToken *) (gpointer) s.tokens->data,
                  s.tokens->len, &m);
  ck_assert_int_eq (m.verdict, PX_VERDICT_ABSENT);
  ck_assert (!m.echo && m.diff == NULL && m.source.start == m.source.end);
  px_quote_match_clear (&m);
  /* Marks and an elision, but no word. */
  assert_match ("…", FALSE, &s, PX_VERDICT_ABSENT, "", "");
  assert_match ("-- , ! ...", FALSE, &s, PX_VERDICT_ABSENT, "", "");
  /* A source of no words at all. */
  static const char *const blank[] = { "--", NULL };
  g_auto(Tokens) none = source_of (NULL, blank);
  ck_assert_uint_eq (none.tokens->len, 0);
  assert_match ("the plan is a grave threat", FALSE, &none, PX_VERDICT_ABSENT, "", "");
}
END_TEST

START_TEST (test_quote_longer_than_source)
{
  static const char *const body[] = { "Peace matters.", NULL };
  g_auto(Tokens) s = source_of (NULL, body);
  assert_match ("peace matters to everyone in the whole wide world", FALSE, &s,
                PX_VERDICT_ABSENT, "", "");
  /* Longer, yet holding most of the source's words: the quote adds some. */
  static const char *const longer[] = { "Peace matters to all of us here.", NULL };
  g_auto(Tokens) l = source_of (NULL, longer);
  g_auto(Checked) c = check ("peace matters to all of us here and now", FALSE, &l);
  assert_verdict (&c, PX_VERDICT_ALTERED);
  ck_assert_str_eq (c.diff, "equal[peace matters to all of us here|Peace matters to all of us "
                    "here] insert[and now|]");
}
END_TEST

/* Among exact occurrences: the one that is a whole sentence, then the
 * earliest; never one across two ranges. */
START_TEST (test_verbatim_tie_breaks)
{
  static const char *const body[] = {
    "He said the talks failed again and again.",
    "The talks failed again.",
    "Then the talks failed again at noon.",
    NULL,
  };
  g_auto(Tokens) s = source_of (NULL, body);
  g_auto(Checked) whole = check ("the talks failed again", FALSE, &s);
  assert_verdict (&whole, PX_VERDICT_VERBATIM);
  ck_assert_uint_eq (whole.match.source.start,
                     (gsize) (strstr (s.normalized, "The talks") - s.normalized));
  g_auto(Checked) first = check ("talks failed", FALSE, &s);
  ck_assert_uint_eq (first.match.source.start,
                     (gsize) (strstr (s.normalized, "talks") - s.normalized));

  static const char *const titled[] = { "Threat to peace grows.", NULL };
  g_auto(Tokens) t = source_of ("Talks Resume As Plan Is Grave", titled);
  assert_match ("plan is grave threat to peace", FALSE, &t, PX_VERDICT_ABSENT, "", "");
  assert_match ("plan is grave", FALSE, &t, PX_VERDICT_VERBATIM, "Plan Is Grave",
                "equal[plan is grave|Plan Is Grave]");
}
END_TEST

/* Two passages that align about as well: a quote that reads as a whole
 * sentence goes with the source's whole sentence; without a capital and a
 * stop, with the earlier. */
START_TEST (test_altered_tie_break)
{
  static const char *const body[] = {
    "He wrote that the move is a dangerous act of adding new instability to the region.",
    "This is a dangerous act of adding a new factor for instability to the region.",
    NULL,
  };
  g_auto(Tokens) s = source_of (NULL, body);
  g_auto(Checked) sentence = check ("This is a dangerous act of adding new instability to the "
                                    "region.", FALSE, &s);
  assert_verdict (&sentence, PX_VERDICT_ALTERED);
  ck_assert_str_eq (sentence.passage, "This is a dangerous act of adding a new factor for "
                    "instability to the region");
  g_auto(Checked) phrase = check ("this is a dangerous act of adding new instability to the "
                                  "region", FALSE, &s);
  assert_verdict (&phrase, PX_VERDICT_ALTERED);
  ck_assert_str_eq (phrase.passage, "move is a dangerous act of adding new instability to the "
                    "region");
  ck_assert_str_eq (phrase.diff, "substitute[this|move] equal[is a dangerous act of adding new "
                    "instability to the region|is a dangerous act of adding new instability to "
                    "the region]");
}
END_TEST

START_TEST (test_echo)
{
  static const char *const body[] = {
    "All facts clearly prove once again that the plan is a threat to the Asia-Pacific region.",
    "Tension grows in the Asia-Pacific region and beyond.",
    NULL,
  };
  g_auto(Tokens) s = source_of (NULL, body);
  g_auto(Checked) c = check ("All facts clearly show that the alliance has entered a dangerous "
                             "phase", FALSE, &s);
  assert_verdict (&c, PX_VERDICT_ABSENT);
  ck_assert (c.match.echo);
  ck_assert_str_eq (c.passage, "All facts clearly");
  /* A run shared in the middle is no formula. */
  assert_match ("they said that in the Asia-Pacific region the tension only grows", FALSE, &s,
                PX_VERDICT_ABSENT, "", "");
  /* Nor is a run shorter than echo_min_words. */
  assert_match ("All facts show that the alliance has entered a dangerous phase", FALSE, &s,
                PX_VERDICT_ABSENT, "", "");
}
END_TEST

/* A quote cut inside a compound: the compound and a short rest of its
 * phrase are shown dropped, a long rest is not. */
START_TEST (test_compound_cut)
{
  static const char *const body[] = {
    "It is due to the US provocative military hegemony-seeking acts.",
    "They blame the US provocative military hegemony-seeking acts and many other things in "
    "the region of the world.",
    "It opposes the US-led military bloc expansion in Asia.",
    NULL,
  };
  g_auto(Tokens) s = source_of (NULL, body);
  assert_match ("Owing to the U.S. provocative military hegemony", FALSE, &s, PX_VERDICT_ALTERED,
                "due to the US provocative military hegemony-seeking acts",
                "substitute[Owing|due] equal[to the U.S. provocative military hegemony|to the "
                "US provocative military hegemony] delete[|seeking acts]");
  assert_match ("They blame the U.S. hostile military hegemony", FALSE, &s, PX_VERDICT_ALTERED,
                "They blame the US provocative military hegemony-seeking",
                "equal[They blame the U.S.|They blame the US] substitute[hostile|provocative] "
                "equal[military hegemony|military hegemony] delete[|seeking]");
  assert_match ("led military bloc growth in Asia", FALSE, &s, PX_VERDICT_ALTERED,
                "It opposes the US-led military bloc expansion in Asia",
                "delete[|It opposes the US] equal[led military bloc|led military bloc] "
                "substitute[growth|expansion] equal[in Asia|in Asia]");
}
END_TEST

Suite *
px_test_align_suite (void)
{
  Suite *s = suite_create ("align");

  TCase *tokens = tcase_create ("tokens");
  tcase_add_unchecked_fixture (tokens, load_rules, NULL);
  tcase_add_test (tokens, test_equivalents);
  tcase_add_test (tokens, test_case_and_apostrophes);
  tcase_add_test (tokens, test_hyphens);
  tcase_add_test (tokens, test_elision_token);
  tcase_add_test (tokens, test_punctuation_flags);
  tcase_add_test (tokens, test_phrase_end_of_equivalent);
  tcase_add_test (tokens, test_names);
  suite_add_tcase (s, tokens);

  TCase *seed = tcase_create ("seed");
  tcase_add_unchecked_fixture (seed, load_rules, NULL);
  tcase_add_checked_fixture (seed, load_kcna, free_kcna);
  tcase_add_test (seed, test_seed_verbatim);
  tcase_add_test (seed, test_seed_altered_subject);
  tcase_add_test (seed, test_seed_altered_whole_sentence);
  tcase_add_test (seed, test_seed_elision);
  tcase_add_test (seed, test_seed_absent);
  tcase_add_test (seed, test_seed_echo);
  suite_add_tcase (s, seed);

  TCase *quotes = tcase_create ("quotes");
  tcase_add_checked_fixture (quotes, load_rules, NULL);
  tcase_add_test (quotes, test_substitution);
  tcase_add_test (quotes, test_insertion);
  tcase_add_test (quotes, test_deletion);
  tcase_add_test (quotes, test_two_elisions);
  tcase_add_test (quotes, test_elision_gap);
  tcase_add_test (quotes, test_short_statement);
  tcase_add_test (quotes, test_term);
  tcase_add_test (quotes, test_empty);
  tcase_add_test (quotes, test_quote_longer_than_source);
  tcase_add_test (quotes, test_verbatim_tie_breaks);
  tcase_add_test (quotes, test_altered_tie_break);
  tcase_add_test (quotes, test_echo);
  tcase_add_test (quotes, test_compound_cut);
  suite_add_tcase (s, quotes);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_align_suite ());
}
