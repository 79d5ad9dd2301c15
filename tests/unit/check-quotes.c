/* check-quotes.c: quotation marks, apostrophes, kinds and speakers, on
 * small cases and against the hand-checked gold of the seed corpus. */
#include "config.h"

#include <string.h>

#include "extract/extract.h"
#include "px-test.h"

/* rules/attribution.yaml of the source tree, loaded once in the parent. */
static PxQuoteRules *rules;

static void
load_rules (void)
{
  g_autofree char *path = px_test_src_path ("rules/attribution.yaml");
  g_autoptr(GError) error = NULL;
  rules = px_quote_rules_load (path, &error);
  ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
}

static void
free_rules (void)
{
  g_clear_pointer (&rules, px_quote_rules_free);
}

typedef struct {
  PxText *text;
  PxSegmentation *seg;
  GPtrArray *quotes;
} Quoted;

static void
quoted_clear (Quoted *q)
{
  g_clear_pointer (&q->quotes, g_ptr_array_unref);
  g_clear_pointer (&q->seg, px_segmentation_free);
  g_clear_pointer (&q->text, px_text_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Quoted, quoted_clear)

static void
extract (Quoted *q)
{
  q->quotes = px_extract_quotes (rules, q->text, q->seg, NULL);
  ck_assert_ptr_nonnull (q->quotes);
}

/* Every occurrence in @t (@len bytes) of each of the NULL-terminated
 * @names, by start. */
static GArray *
spans_of (const char *t, gsize len, const char *const *names)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  for (gsize at = 0; at < len; at++)
    for (guint b = 0; names[b] != NULL; b++)
      if (strncmp (t + at, names[b], strlen (names[b])) == 0)
        g_array_append_val (spans, ((PxSpan) { at, at + strlen (names[b]) }));
  return spans;
}

/* Quotes of all of @data, segmented as one range, with every occurrence
 * of each of the NULL-terminated @bodies given as an organisation's
 * mention ("the ministry said" may credit them), of @persons as a
 * person's ("he said" may), of @places as a place's, of @peoples as a
 * place's people's ("Zorbian") and of @times as a date's (NULL: none). */
static Quoted
quote_spanned (const char *data, const char *const *bodies, const char *const *persons,
               const char *const *places, const char *const *peoples, const char *const *times)
{
  static const char *const none[] = { NULL };
  g_autoptr(GError) error = NULL;
  Quoted q = { px_text_new ("q.txt", data, strlen (data), NULL, &error), NULL, NULL };
  ck_assert_msg (q.text != NULL, "%s", error != NULL ? error->message : "");
  gsize len = 0;
  const char *t = px_text_get_normalized (q.text, &len);
  PxSpan all = { 0, len };
  q.seg = px_segment (px_test_segment_rules (), q.text, &all, 1);
  g_autoptr(GArray) body_spans = spans_of (t, len, bodies);
  g_autoptr(GArray) person_spans = spans_of (t, len, persons);
  g_autoptr(GArray) place_spans = spans_of (t, len, places != NULL ? places : none);
  g_autoptr(GArray) time_spans = spans_of (t, len, times != NULL ? times : none);
  g_autoptr(GArray) people_spans = spans_of (t, len, peoples != NULL ? peoples : none);
  PxNamedSpans named = { (const PxSpan *) (void *) body_spans->data, body_spans->len,
                         (const PxSpan *) (void *) person_spans->data, person_spans->len, NULL,
                         (const PxSpan *) (void *) place_spans->data, place_spans->len,
                         (const PxSpan *) (void *) time_spans->data, time_spans->len,
                         (const PxSpan *) (void *) people_spans->data, people_spans->len };
  q.quotes = px_extract_quotes (rules, q.text, q.seg, &named);
  ck_assert_ptr_nonnull (q.quotes);
  return q;
}

static Quoted
quote_placed (const char *data, const char *const *bodies, const char *const *persons,
              const char *const *places)
{
  return quote_spanned (data, bodies, persons, places, NULL, NULL);
}

static Quoted
quote_dated (const char *data, const char *const *persons, const char *const *times)
{
  static const char *const none[] = { NULL };
  return quote_spanned (data, none, persons, NULL, NULL, times);
}

static Quoted
quote_named (const char *data, const char *const *bodies, const char *const *persons)
{
  return quote_placed (data, bodies, persons, NULL);
}

static Quoted
quote_among (const char *data, const char *const *bodies)
{
  static const char *const none[] = { NULL };
  return quote_named (data, bodies, none);
}

/* Quotes of all of @data, segmented as one range. */
static Quoted
quote (const char *data)
{
  g_autoptr(GError) error = NULL;
  Quoted q = { px_text_new ("q.txt", data, strlen (data), NULL, &error), NULL, NULL };
  ck_assert_msg (q.text != NULL, "%s", error != NULL ? error->message : "");
  gsize len = 0;
  px_text_get_normalized (q.text, &len);
  PxSpan all = { 0, len };
  q.seg = px_segment (px_test_segment_rules (), q.text, &all, 1);
  extract (&q);
  return q;
}

/* A corpus file through ingest, clean and segment, as px_document_load()
 * does. */
static Quoted
quote_corpus (const char *file)
{
  g_autoptr(GError) error = NULL;
  Quoted q = { px_test_load_corpus (file), NULL, NULL };
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), q.text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error != NULL ? error->message : "");
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  q.seg = px_segment (px_test_segment_rules (), q.text, kept, n);
  extract (&q);
  return q;
}

/* The original bytes of a normalised span. */
static char *
original (const Quoted *q, PxSpan span)
{
  gsize len = 0;
  const char *data = px_text_get_original (q->text, &len);
  PxSpan o = px_text_original_span (q->text, span);
  ck_assert_uint_le (o.end, len);
  return g_strndup (data + o.start, o.end - o.start);
}

static const PxQuote *
get (const Quoted *q, guint i)
{
  ck_assert_uint_lt (i, q->quotes->len);
  return q->quotes->pdata[i];
}

/* Asserts quote @i's text, kind and speaker ("" for none). */
static void
assert_quote (const Quoted *q, guint i, const char *text, PxQuoteKind kind, const char *speaker)
{
  const PxQuote *quote = get (q, i);
  g_autofree char *t = original (q, quote->span);
  g_autofree char *s = original (q, quote->speaker);
  ck_assert_str_eq (t, text);
  ck_assert_msg (quote->kind == kind, "'%s' is a %s", t, px_quote_kind_name (quote->kind));
  ck_assert_str_eq (s, speaker);
  ck_assert ((quote->rule != NULL) == (*speaker != '\0'));
}

/* ### Marks */

START_TEST (test_curly_double)
{
  g_auto (Quoted) q = quote ("Kim said “It is dangerous.” Nobody answered.");
  ck_assert_uint_eq (q.quotes->len, 1);
  assert_quote (&q, 0, "It is dangerous.", PX_QUOTE_STATEMENT, "Kim");
}
END_TEST

START_TEST (test_straight_double)
{
  g_auto (Quoted) q = quote ("\"It is dangerous,\" Kim said. Then \"Asian NATO\" came up.");
  ck_assert_uint_eq (q.quotes->len, 2);
  assert_quote (&q, 0, "It is dangerous,", PX_QUOTE_STATEMENT, "Kim");
  assert_quote (&q, 1, "Asian NATO", PX_QUOTE_TERM, "");
}
END_TEST

START_TEST (test_single_quotes)
{
  g_auto (Quoted) q = quote ("They joined the ‘Quad’ bloc and the 'Squad' group.");
  ck_assert_uint_eq (q.quotes->len, 2);
  assert_quote (&q, 0, "Quad", PX_QUOTE_TERM, "");
  assert_quote (&q, 1, "Squad", PX_QUOTE_TERM, "");
  /* A number in a name is no word in lower case: the programme's name
   * is nobody's words, whatever verb came before. */
  g_auto (Quoted) n = quote ("Kim criticised the network for its settlement with the "
                             "mayor over a “60 Minutes” interview.");
  assert_quote (&n, 0, "60 Minutes", PX_QUOTE_TERM, "");
}
END_TEST

START_TEST (test_nested)
{
  static const char *const inputs[] = {
    "“He called it ‘a farce’ in public,” Kim said.",
    "\"He called it 'a farce' in public,\" Kim said.",
  };
  for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
    {
      g_auto (Quoted) q = quote (inputs[k]);
      ck_assert_uint_eq (q.quotes->len, 2);
      const char *outer = k == 0 ? "He called it ‘a farce’ in public," :
                                   "He called it 'a farce' in public,";
      assert_quote (&q, 0, outer, PX_QUOTE_STATEMENT, "Kim");
      /* Inside the quote, "called" is the quoted man's, not a credit. */
      assert_quote (&q, 1, "a farce", PX_QUOTE_TERM, "");
    }
}
END_TEST

START_TEST (test_over_paragraphs)
{
  g_auto (Quoted) q = quote ("Kim said on Monday:\n\n“The first part goes on.\n\n"
                             "“The second part ends here,” he added.\n\nThe end.");
  ck_assert_uint_eq (q.quotes->len, 1);
  assert_quote (&q, 0, "The first part goes on.\n\n“The second part ends here,",
                PX_QUOTE_STATEMENT, "Kim");
}
END_TEST

START_TEST (test_unbalanced_capped)
{
  g_auto (Quoted) q = quote ("Kim said “this never closes.\n\n"
                             "A new paragraph follows. Lee said “a real quote” later.\n\n"
                             "And \"another never closes.\n\nThe end.");
  ck_assert_uint_eq (q.quotes->len, 3);
  assert_quote (&q, 0, "this never closes.", PX_QUOTE_TERM, "Kim");
  assert_quote (&q, 1, "a real quote", PX_QUOTE_TERM, "Lee");
  assert_quote (&q, 2, "another never closes.", PX_QUOTE_TERM, "");
}
END_TEST

START_TEST (test_ellipsis_inside)
{
  g_auto (Quoted) q = quote ("“It is an open secret that the United States… has been trying,” "
                             "Kim said. KCNA called it “escalating the military tension in the region "
                             "... pursuant to the strategy.”");
  ck_assert_uint_eq (q.quotes->len, 2);
  assert_quote (&q, 0, "It is an open secret that the United States… has been trying,",
                PX_QUOTE_STATEMENT, "Kim");
  assert_quote (&q, 1,
                "escalating the military tension in the region ... pursuant to the strategy.",
                PX_QUOTE_STATEMENT, "KCNA");
}
END_TEST

START_TEST (test_punctuation_inside_or_outside)
{
  g_auto (Quoted) q = quote ("KCNA called Japan “a war criminal state.” KCNA called Japan "
                             "“a war criminal state”. KCNA called it “a threat”, and left.");
  ck_assert_uint_eq (q.quotes->len, 3);
  assert_quote (&q, 0, "a war criminal state.", PX_QUOTE_TERM, "KCNA");
  assert_quote (&q, 1, "a war criminal state", PX_QUOTE_TERM, "KCNA");
  assert_quote (&q, 2, "a threat", PX_QUOTE_TERM, "KCNA");
}
END_TEST

START_TEST (test_apostrophes)
{
  static const char *const inputs[] = {
    "Japan’s mission, the ’90s, rock ’n’ roll and the two Koreas’ ties.",
    "Japan's mission, the '90s, rock 'n' roll and the two Koreas' ties.",
    "It isn’t over, the officials’ view goes, since ‘90s talks.",
  };
  for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
    {
      g_auto (Quoted) q = quote (inputs[k]);
      ck_assert_msg (q.quotes->len == 0, "found a quote in: %s", inputs[k]);
    }
}
END_TEST

START_TEST (test_apostrophes_inside_quotes)
{
  g_auto (Quoted) q = quote ("Kim mocked ‘the Koreas’ talks’ and Japan’s ‘rock ’n’ roll’ style.");
  ck_assert_uint_eq (q.quotes->len, 2);
  assert_quote (&q, 0, "the Koreas’ talks", PX_QUOTE_TERM, "Kim");
  assert_quote (&q, 1, "rock ’n’ roll", PX_QUOTE_TERM, "Kim");
}
END_TEST

START_TEST (test_inch_marks_and_lone_marks)
{
  g_auto (Quoted) q = quote ("A 12\" screen \" and a lone ' mark, then “” nothing.");
  ck_assert_uint_eq (q.quotes->len, 0);
}
END_TEST

START_TEST (test_kinds)
{
  g_auto (Quoted) q = quote ("Kim spoke of “Asian NATO”, of “the diktat of the older brother” "
                             "and said “it is over” before “Japan set up its independent "
                             "mission in NATO at a bad time.”");
  ck_assert_uint_eq (q.quotes->len, 4);
  ck_assert_int_eq (get (&q, 0)->kind, PX_QUOTE_TERM);
  ck_assert_int_eq (get (&q, 1)->kind, PX_QUOTE_TERM);
  ck_assert_int_eq (get (&q, 2)->kind, PX_QUOTE_STATEMENT);
  ck_assert_int_eq (get (&q, 3)->kind, PX_QUOTE_STATEMENT);
  /* A title in title case is a term, whatever its length or its comma. */
  g_auto (Quoted) t = quote ("She won for “Anatomy of a Fall,” and he said “We Are Back.”");
  ck_assert_int_eq (get (&t, 0)->kind, PX_QUOTE_TERM);
  ck_assert_int_eq (get (&t, 1)->kind, PX_QUOTE_STATEMENT);
  /* So is one with a verb that does not end as a sentence does. */
  g_auto (Quoted) v = quote ("She won for “It Was Just an Accident,” and he said “We Are Back!”");
  ck_assert_int_eq (get (&v, 0)->kind, PX_QUOTE_TERM);
  ck_assert_int_eq (get (&v, 1)->kind, PX_QUOTE_STATEMENT);
  ck_assert_str_eq (px_quote_kind_name (PX_QUOTE_TERM), "term");
  ck_assert_str_eq (px_quote_kind_name (PX_QUOTE_STATEMENT), "statement");
}
END_TEST

/* ### Speakers */

typedef struct {
  const char *text;
  const char *speaker;   /* of the first quote; "" for none */
} Case;

static const Case speakers[] = {
  { "“It is over,” Kim said.", "Kim" },
  /* A title after a work's noun is no one's words. */
  { "Quinto Varga, the director of the 1997 film “Zorbic”, told Zorb News he knew.", "" },
  { "Jane Roe released her album, “Quintessa,” in May, Zorb News said.", "" },
  { "Quinto Varga cast him alongside Jon Roe in the 1983 drama “Merry Quintessa, Mr. Zorb”, "
    "for which he also wrote the score.", "" },
  /* "saying" after a comma: the clause's subject, not "the offer". */
  { "Quinto Varga rejected the offer, saying it was “a disgrace to the nation.”",
    "Quinto Varga" },
  /* The -ing form of a verb of saying is a clause cue. */
  { "Quinto Varga deployed the army, declaring an “armed conflict” there.", "Quinto Varga" },
  /* After "with" and a name, the name is its subject. */
  { "Zorbia and Quintia fought on, with President Jane Roe saying they were “winning”.",
    "Jane Roe" },
  /* A body's noun and "of" before the subject: the body it belongs to. */
  { "The board of Zorbex fired him on Friday, saying he was not “candid”.", "Zorbex" },
  /* The place of a dateline is no subject. */
  { "ZORBTON CITY, France (AP) — Quinto Varga used his address to call for calm, urging "
    "“restraint”.", "Quinto Varga" },
  { "“It is over,” said Mr. Iwaya on Sunday.", "Mr. Iwaya" },
  { "“It is over,” reported North Korea’s official KCNA news agency, in Seoul.", "KCNA" },
  { "The office would “conduct periodic consultations,” according to Nikkei.", "Nikkei" },
  { "According to the Foreign Ministry, Japan is “a war criminal state”.", "Foreign Ministry" },
  { "President Vladimir Putin called NATO a “blatant anachronism”.", "Vladimir Putin" },
  { "Putin called NATO old and accused it of “the diktat of the older brother”.", "Putin" },
  /* "welcomed ... as" characterises, as "called" does. */
  { "Quinto Varga welcomed the deal as “socially responsible”.", "Quinto Varga" },
  { "Quinto Varga thanked Jane Roe for her “proactive role”.", "Quinto Varga" },
  { "Quinto Varga congratulated Zorbex on the “huge step” it took.", "Quinto Varga" },
  { "Quinto Varga blamed a “rare atmospheric phenomenon”.", "Quinto Varga" },
  { "Quinto Varga said he would rename the Gulf of Zorbia the “Gulf of Varga”.",
    "Quinto Varga" },
  /* So do a plea's verbs. */
  { "The bishop, Quinto Varga, appealed to Jane Roe to “have mercy”.", "Quinto Varga" },
  /* A relative clause after an age in apposition. */
  { "Jane Roe, 72, who waived her right to anonymity, said she thought of “the victims”.",
    "Jane Roe" },
  { "The KCNA’s statement also called Japan “a war criminal state”.", "KCNA" },
  /* A statement a common noun possesses is theirs, no one named, not the
   * last speaker's. */
  { "Kim said NATO grew. The allies’ final statement said the pledge was “ironclad.”", "" },
  { "In a statement, the North labeled Japan’s actions as “a dangerous act”.", "the North" },
  { "KCNA warned that it was “provocative military hegemony.”", "KCNA" },
  /* A cue after "but" whose earlier verb is no cue: the sentence's subject. */
  { "Quinto Varga welcomed the plan but warned that “fares cannot rise”.", "Quinto Varga" },
  { "Prime Minister Shigeru Ishiba, a defense specialist, has floated the idea of an "
    "“Asian NATO,” but nothing came of it.", "Shigeru Ishiba" },
  { "Kim Ryo Won, an analyst of the DPRK, issued the article “Japan is dangerous”:",
    "Kim Ryo Won" },
  { "Adrian Hill, director of the Jenner Institute, said the results were “promising”.",
    "Adrian Hill" },
  { "Jane Roe, 45, said the vote was “unfair”.", "Jane Roe" },
  /* An age and then a description: two appositives. */
  { "Jane Roe, 45, a former minister, said the vote was “unfair”.", "Jane Roe" },
  { "Kim said it. Wang Yi, China’s top diplomat, called the deal “a victory”.", "Wang Yi" },
  { "Kim said it. Jim Zorbo, Zorbipedia’s co-founder, told the BBC it would “break the "
    "Internet”.", "Jim Zorbo" },
  { "Kim said it. Jane Roe, Zorbex’s head of privacy in Europe, said it had “never received "
    "a request”.", "Jane Roe" },
  /* A quote whose cue has a common noun for subject is no one's we can
   * tell, not the last speaker's going on. */
  { "Kim said NATO grew. “It is over,” the Detroit-based company said.", "" },
  { "Kim said NATO grew.\n\n“Can you see us?” one boy asked.", "" },
  /* "family" is no adverb to skip; a possessive makes it someone
   * unnamed too. */
  { "Kim said NATO grew. “She was kind,” her family said.", "" },
  { "Kim said NATO grew. “She was kind,” the family said.", "" },
  { "Kim said NATO grew. “She was kind,” Lee quickly said.", "Lee" },
  /* An aside a preposition opens says nothing of who speaks. */
  { "Kim said NATO grew. The ministry, in a post on Zorbgram, called it “a farce”.", "" },
  { "Jane Roe, in a statement on Monday, said it was “over”.", "Jane Roe" },
  /* A source in the passive is no speaker; the role's noun after a body
   * leads to the person who speaks. */
  { "Zorbex spokesman Jane Roe was quoted by Tass as saying it was “useful”.", "Jane Roe" },
  /* Not after a noun that is no name. */
  { "The union, which speaks for miners, said the vote was “unfair”.", "" },
  { "Shortly ago, Japan opened a mission under the pretext of “strengthening security.”",
    "Japan" },
  { "North Korea’s Foreign Ministry has claimed NATO is growing, citing its "
    "“military collusion” with Japan.", "Foreign Ministry" },
  { "Kim went on to cite reports that NATO will open a “liaison office” in Japan.", "Kim" },
  { "Quinto Varga had earlier called Jane Roe “daddy”.", "Quinto Varga" },
  { "Quinto Varga nonetheless called it “a historic night”.", "Quinto Varga" },
  /* With no name after "and", the sentence's. */
  { "Quinto Varga rejected the plan, and left, calling it “a farce”.", "Quinto Varga" },
  { "Quinto Varga already said the talks were “useful”.", "Quinto Varga" },
  { "In comments carried by the Korean Central News Agency (KCNA) on Monday, an official, "
    "Kim Seol-hwa, said Washington is pushing NATO into Asia.\n\n“It is an open secret,” he "
    "said.", "Kim Seol-hwa" },
  { "Kim Seol-hwa said NATO is coming, according to Nikkei.\n\n“All facts clearly show it,” "
    "the Foreign Ministry official continued.", "Kim Seol-hwa" },
  { "The Quad grew. The three countries are members of the China-facing “Quad” now.", "" },
  { "Kim pointed to “confrontational alliances” such as the ‘Quad’ bloc.", "Kim" },
  { "Japan hosted a delegation, which met leaders to “discuss the cooperation,” too.", "" },
  { "“It is a so-called “peace” plan,” Lee said.", "Lee" },
  /* A title after its work's noun and a comma is no one's words; right
   * after the verb and its comma it is the speaker's. */
  { "Jane Roe later wrote two memoirs, “Reading the Zorb” and “After It”.", "" },
  { "Jane Roe said, “Fake Zorbs”.", "Jane Roe" },
  /* A verb of speech after "but" credits the sentence's subject. */
  { "Quinto Varga welcomed it but cautioned that “many zorbs fail in the jump”.",
    "Quinto Varga" },
};

START_TEST (test_speaker)
{
  const Case *c = &speakers[_i];
  g_auto (Quoted) q = quote (c->text);
  ck_assert_msg (q.quotes->len > 0, "no quote in: %s", c->text);
  g_autofree char *s = original (&q, get (&q, 0)->speaker);
  ck_assert_msg (g_str_equal (s, c->speaker), "'%s' credited to '%s', not '%s'", c->text, s,
                 c->speaker);
}
END_TEST

START_TEST (test_continuing_quote)
{
  g_auto (Quoted) q = quote ("“Japan set up its mission at a bad time,” reported KCNA, "
                             "monitored in Seoul. “This is a dangerous act.”\n\n"
                             "“A new paragraph, a new quote,” Kim said. "
                             "Lee answered. “It goes on from Lee.”");
  ck_assert_uint_eq (q.quotes->len, 4);
  assert_quote (&q, 0, "Japan set up its mission at a bad time,", PX_QUOTE_STATEMENT, "KCNA");
  assert_quote (&q, 1, "This is a dangerous act.", PX_QUOTE_STATEMENT, "KCNA");
  ck_assert_str_eq (get (&q, 1)->rule, "continuation");
  assert_quote (&q, 2, "A new paragraph, a new quote,", PX_QUOTE_STATEMENT, "Kim");
  ck_assert_str_eq (get (&q, 2)->rule, "said");
  /* "Lee answered" has no cue ("answered" is not in the rules): Kim goes on. */
  assert_quote (&q, 3, "It goes on from Lee.", PX_QUOTE_STATEMENT, "Kim");
  /* A title in title case goes on from no one. */
  g_auto (Quoted) t = quote ("“It rained all day,” Kim said. “No Other Land,” made by a "
                             "collective, won the prize.");
  assert_quote (&t, 1, "No Other Land,", PX_QUOTE_TERM, "");
  /* A role and an apposed name may stand between the quote and its verb. */
  g_auto (Quoted) r = quote ("“It rained all day,” Kim said. “Every day costs lives,” its "
                             "chairman, Dr. Quinto Varga, said.");
  assert_quote (&r, 1, "Every day costs lives,", PX_QUOTE_STATEMENT, "Dr. Quinto Varga");
  /* Someone new and unnamed after the verb or before it is no one the
   * rules can tell, not the last speaker going on. */
  g_auto (Quoted) u = quote ("“We will rebuild,” Kim said.\n\n“It was terrifying,” said one "
                             "resident, who asked not to be named. “Nobody expected it,” an "
                             "official said.");
  assert_quote (&u, 1, "It was terrifying,", PX_QUOTE_STATEMENT, "");
  assert_quote (&u, 2, "Nobody expected it,", PX_QUOTE_STATEMENT, "");
  /* So are people a role's noun in the plural names with no determiner
   * before it; "the officials" are those named before.  "The official"
   * after "a senior official" is that one, still unnamed, in the next
   * paragraph too. */
  g_auto (Quoted) bare = quote ("“We will rebuild,” Kim said. The problem was “not a lack of "
                                "water,” according to city officials. “It is over,” two sources "
                                "said. “It is late,” officials said. “It is done,” the officials "
                                "said.\n\nA senior official, who asked not to be named, said the "
                                "team would work. “We need time,” the official said.\n\n“It is "
                                "later,” the official said.");
  assert_quote (&bare, 1, "not a lack of water,", PX_QUOTE_TERM, "");
  assert_quote (&bare, 2, "It is over,", PX_QUOTE_STATEMENT, "");
  assert_quote (&bare, 3, "It is late,", PX_QUOTE_STATEMENT, "");
  assert_quote (&bare, 4, "It is done,", PX_QUOTE_STATEMENT, "Kim");
  assert_quote (&bare, 5, "We need time,", PX_QUOTE_STATEMENT, "");
  assert_quote (&bare, 6, "It is later,", PX_QUOTE_STATEMENT, "");
}
END_TEST

START_TEST (test_pronoun_window)
{
  /* Two paragraphs away is too far for "he". */
  g_auto (Quoted) q = quote ("Kim said NATO is coming.\n\nNothing else.\n\nStill nothing.\n\n"
                             "“It is over,” he said.");
  ck_assert_uint_eq (q.quotes->len, 1);
  assert_quote (&q, 0, "It is over,", PX_QUOTE_STATEMENT, "");
}
END_TEST

START_TEST (test_body_nouns)
{
  static const char *const bodies[] = { "Zorbex Securities", "Quintovan Ministry of Health",
                                        "Varga Bank", "Zorbian Academy", NULL };
  /* A company: the last organisation named. */
  g_auto (Quoted) a = quote_among ("Zorbex Securities posted a loss. “We expect a recovery "
                                   "next year,” the company said.", bodies);
  assert_quote (&a, 0, "We expect a recovery next year,", PX_QUOTE_STATEMENT,
                "Zorbex Securities");
  /* ... but the subject of the sentence before rather than a body it
   * lists. */
  g_auto (Quoted) subject = quote_among ("Zorbex Securities said its outage hit Varga Bank. The "
                                         "company blamed “a configuration change.”", bodies);
  assert_quote (&subject, 0, "a configuration change.", PX_QUOTE_TERM, "Zorbex Securities");
  /* An outlet's noun: the last body named, whatever its name. */
  g_auto (Quoted) network = quote_among ("Zorbex Securities said it would end the show. The "
                                         "network called it “purely a financial decision”.",
                                         bodies);
  assert_quote (&network, 0, "purely a financial decision", PX_QUOTE_TERM, "Zorbex Securities");
  /* A body's name is whole, though a title opens it. */
  static const char *const office[] = { "Prime Minister's Office", NULL };
  g_auto (Quoted) o = quote_among ("“We will act,” the Prime Minister's Office said.", office);
  assert_quote (&o, 0, "We will act,", PX_QUOTE_STATEMENT, "Prime Minister's Office");
  /* A ministry: the last one whose name says so, not the last body. */
  g_auto (Quoted) b = quote_among ("The Quintovan Ministry of Health wrote to Varga Bank. “Cases "
                                   "fell sharply this week,” the ministry said.", bodies);
  assert_quote (&b, 0, "Cases fell sharply this week,", PX_QUOTE_STATEMENT,
                "Quintovan Ministry of Health");
  /* No agency named: no one, not the last person credited. */
  g_auto (Quoted) c = quote_among ("“It rained,” Jane Roe said. “Cases fell sharply this week,” "
                                   "the agency said.", bodies);
  assert_quote (&c, 1, "Cases fell sharply this week,", PX_QUOTE_STATEMENT, "");
  /* Two paragraphs back is too far. */
  g_auto (Quoted) d = quote_among ("Zorbex Securities posted a loss.\n\nNothing else.\n\n"
                                   "“We expect a recovery next year,” the company said.", bodies);
  assert_quote (&d, 0, "We expect a recovery next year,", PX_QUOTE_STATEMENT, "");
  /* An academy. */
  g_auto (Quoted) e = quote_among ("The Zorbian Academy met. The academy praised his “compelling "
                                   "and visionary oeuvre that reaffirms the power of art.”",
                                   bodies);
  assert_quote (&e, 0, "compelling and visionary oeuvre that reaffirms the power of art.",
                PX_QUOTE_STATEMENT, "Zorbian Academy");
}
END_TEST

START_TEST (test_person_pronouns)
{
  static const char *const none[] = { NULL };
  static const char *const persons[] = { "Quinto Varga", "Jane Roe", "Zorb", NULL };
  /* No one credited yet: "he" is the last person named. */
  g_auto (Quoted) a = quote_named ("Quinto Varga defended the cuts. “We have no choice,” he "
                                   "said.", none, persons);
  assert_quote (&a, 0, "We have no choice,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* Not one named inside a quote, nor for "it". */
  g_auto (Quoted) b = quote_named ("Rain fell. “I met Zorb,” he said. “It rained all day and "
                                   "all night,” it said.", none, persons);
  assert_quote (&b, 0, "I met Zorb,", PX_QUOTE_STATEMENT, "");
  assert_quote (&b, 1, "It rained all day and all night,", PX_QUOTE_STATEMENT, "");
  /* "It" is the body or place named last before it in its sentence. */
  static const char *const lands[] = { "Quintia", "Zorbia", NULL };
  g_auto (Quoted) it = quote_placed ("Quinto Varga spoke for Zorbia. The fighting began when "
                                     "Quintia struck what it called “terrorist camps”.", none,
                                     persons, lands);
  assert_quote (&it, 0, "terrorist camps", PX_QUOTE_TERM, "Quintia");
  /* ... not one that only qualifies the noun the phrase is about. */
  g_auto (Quoted) it2 = quote_placed ("Quinto Varga spoke. A Quintia biotech company said it "
                                      "had bred pups, in what it called the first "
                                      "“de-extinction.”", none, persons, lands);
  assert_quote (&it2, 0, "de-extinction.", PX_QUOTE_TERM, "");
  /* "the" opens a subject's name as often: it stays the thing named. */
  static const char *const bloc[] = { "Zorbian Union", NULL };
  g_auto (Quoted) it3 = quote_placed ("Quinto Varga spoke. The Zorbian Union ordered troops to "
                                      "what it called “terrorist camps”.", bloc, persons, lands);
  assert_quote (&it3, 0, "terrorist camps", PX_QUOTE_TERM, "Zorbian Union");
  /* A transcript's speaker: a person's name, a colon, the quote; not
   * a word that names no one. */
  g_auto (Quoted) colon = quote_named ("Rain fell.\n\nZorb: “We had no choice at all.”\n\n"
                                       "Agenda: “We had no choice at all.”", none, persons);
  assert_quote (&colon, 0, "We had no choice at all.", PX_QUOTE_STATEMENT, "Zorb");
  assert_quote (&colon, 1, "We had no choice at all.", PX_QUOTE_STATEMENT, "");
  /* A date between a name and its verb leaves the name the subject, so
   * "he" stands for that person later. */
  static const char *const days[] = { "Sunday", NULL };
  g_auto (Quoted) dated = quote_dated ("Quinto Varga on Sunday called for cuts. “We have no "
                                       "choice,” he said.", persons, days);
  assert_quote (&dated, 0, "We have no choice,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A date's capitalised word names no one. */
  static const char *const march[] = { "on 15 March", NULL };
  g_auto (Quoted) month = quote_dated ("The blow came on 15 March, when Quinto Varga, chair of "
                                       "the Zorbian Bank, its largest shareholder, was asked "
                                       "about it. “Absolutely not,” he told a reporter.", persons,
                                       march);
  assert_quote (&month, 0, "Absolutely not,", PX_QUOTE_TERM, "Quinto Varga");
  /* ... or the one who opens that person's sentence, its subject. */
  g_auto (Quoted) subject = quote_named ("Quinto Varga took the prize from Zorb and thanked his "
                                         "crew. “Let us go,” he said.", none, persons);
  assert_quote (&subject, 0, "Let us go,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A description of a person that opens the sentence before stands for
   * a person named before it, not for one that sentence names later. */
  g_auto (Quoted) described = quote_named ("Quinto Varga landed. The first Zorbian pope met "
                                           "Jane Roe at the tomb of Zorb. In a speech, he "
                                           "called for “peace”.", none, persons);
  assert_quote (&described, 0, "peace", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) appositive = quote_named ("Quinto Varga landed. The pope, Zorb, met Jane Roe. "
                                            "In a speech, he called for “peace”.", none,
                                            persons);
  assert_quote (&appositive, 0, "peace", PX_QUOTE_TERM, "Zorb");
  /* A quote that ends in "!" is the cue's before it, not one in the
   * next sentence's. */
  g_auto (Quoted) exclaimed = quote_named ("Quinto Varga backed him, writing that “the winds "
                                           "are here!” Jane Roe also welcomed it.", none,
                                           persons);
  assert_quote (&exclaimed, 0, "the winds are here!", PX_QUOTE_STATEMENT, "Quinto Varga");
  g_auto (Quoted) shouted = quote_named ("“Stop it now!” Jane Roe shouted.", none, persons);
  assert_quote (&shouted, 0, "Stop it now!", PX_QUOTE_STATEMENT, "Jane Roe");
  /* A pronoun heads no phrase an article opens. */
  g_auto (Quoted) review = quote_named ("Quinto Varga opened a review of what he called “a "
                                        "serious error”.", none, persons);
  assert_quote (&review, 0, "a serious error", PX_QUOTE_TERM, "Quinto Varga");
  /* A person a source cue opening it credits speaks in it. */
  g_auto (Quoted) according = quote_named ("According to Zorb, Quinto Varga will meet Jane Roe "
                                           "soon. “We are ready,” he said.", none, persons);
  assert_quote (&according, 0, "We are ready,", PX_QUOTE_STATEMENT, "Zorb");
  /* A possessor opening it is no subject. */
  g_auto (Quoted) owner_first = quote_named ("Zorb's horse beat Quinto Varga. “It was close,” "
                                             "he said.", none, persons);
  assert_quote (&owner_first, 0, "It was close,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A clause cue's subject: the person a body's role names, past the
   * body's possessive and a comma. */
  static const char *const agency[] = { "ZSA", NULL };
  static const char *const quintia[] = { "Quintia", NULL };
  g_auto (Quoted) role = quote_placed ("ZSA's administrator, Quinto Varga, congratulated "
                                       "Quintia, saying it had joined “an exclusive club”.",
                                       agency, persons, quintia);
  assert_quote (&role, 0, "an exclusive club", PX_QUOTE_TERM, "Quinto Varga");
  /* So does a kin's noun after a possessive; without a name after it,
   * no one, not the possessor. */
  static const char *const family[] = { "Quinto Varga", "Sara Varga", NULL };
  g_auto (Quoted) kin = quote_named ("Quinto Varga was arrested. Varga's daughter, Vice "
                                     "President Sara Varga, flew in and called the arrest "
                                     "“political persecution.”", none, family);
  assert_quote (&kin, 0, "political persecution.", PX_QUOTE_TERM, "Sara Varga");
  g_auto (Quoted) kin2 = quote_named ("Quinto Varga was arrested. Varga's daughter flew in and "
                                      "called the arrest “political persecution.”", none, family);
  assert_quote (&kin2, 0, "political persecution.", PX_QUOTE_TERM, "");
  /* The last person credited comes first, unless someone whom the
   * pronoun may stand for opens the sentence just before: a story names
   * its next speaker so. */
  static const char *const talkers[] = { "Jane Roe", "John Varga", "Zorba Roe", "Quinto Varga",
                                          NULL };
  g_auto (Quoted) c = quote_named ("“It rained,” Jane Roe said. John Varga left. “It is wet,” "
                                   "she said.", none, talkers);
  assert_quote (&c, 1, "It is wet,", PX_QUOTE_STATEMENT, "Jane Roe");
  g_auto (Quoted) next = quote_named ("Zorba Roe said the rain would stop. Quinto Varga, a "
                                      "farmer, stood in the mud. “It is wet,” he said.", none,
                                      talkers);
  assert_quote (&next, 0, "It is wet,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* So does one whose title or role opens that sentence. */
  g_auto (Quoted) titled = quote_named ("Zorba Roe said the rain would stop. President Quinto "
                                        "Varga stood in the mud. “It is wet,” he said.", none,
                                        talkers);
  assert_quote (&titled, 0, "It is wet,", PX_QUOTE_STATEMENT, "Quinto Varga");
  g_auto (Quoted) role_opens = quote_named ("Zorba Roe said the rain would stop. Opposition "
                                            "politician Quinto Varga, who farms, stood in the "
                                            "mud. “It is wet,” he said.", none, talkers);
  assert_quote (&role_opens, 0, "It is wet,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* Not the possessor opening it. */
  g_auto (Quoted) owner = quote_named ("Zorba Roe said the rain would stop. Quinto Varga's "
                                       "farm flooded. “It is wet,” he said.", none, talkers);
  assert_quote (&owner, 0, "It is wet,", PX_QUOTE_STATEMENT, "Zorba Roe");
  /* A body credited is no "he": the last person named is. */
  static const char *const bodies[] = { "Zorbex Motors", NULL };
  g_auto (Quoted) d = quote_named ("Zorbex Motors said it had cheated. Quinto Varga apologised. "
                                   "“I am sorry,” he said.", bodies, persons);
  assert_quote (&d, 0, "I am sorry,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* Nor is a body whose name holds a possessive (the words before it are
   * credited, inside the body's name). */
  static const char *const club[] = { "Zorbian Ornithologists' Club", NULL };
  g_auto (Quoted) owned = quote_named ("A bird was seen, the Zorbian Ornithologists' Club said. "
                                       "Quinto Varga saw it. “It was a moth,” he said.", club,
                                       persons);
  assert_quote (&owned, 0, "It was a moth,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* Nor is a place ("Beijing said"). */
  static const char *const capital[] = { "Zorbing", NULL };
  g_auto (Quoted) placed = quote_placed ("Zorbing said it had cheated. Quinto Varga "
                                         "apologised. “I am sorry,” he said.", none, persons,
                                         capital);
  assert_quote (&placed, 0, "I am sorry,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A body named before its noun is the body: "the IG Metall union". */
  static const char *const union_[] = { "Zorbex Metall", NULL };
  g_auto (Quoted) noun = quote_named ("The Zorbex Metall union called the plans “a declaration "
                                      "of war.”", union_, persons);
  assert_quote (&noun, 0, "a declaration of war.", PX_QUOTE_TERM, "Zorbex Metall");
  /* A person before a member's joiner and that noun speaks for it. */
  g_auto (Quoted) member = quote_named ("Quinto Varga of the Zorbex Metall union called the plans "
                                        "“a declaration of war.”", union_, persons);
  assert_quote (&member, 0, "a declaration of war.", PX_QUOTE_TERM, "Quinto Varga");
  /* So after a possessive pronoun: "her Awami League party". */
  static const char *const party[] = { "Zorbami League", NULL };
  g_auto (Quoted) her = quote_named ("Her Zorbami League party called the court “a kangaroo "
                                     "court.”", party, persons);
  assert_quote (&her, 0, "a kangaroo court.", PX_QUOTE_TERM, "Zorbami League");
  /* A state after its town and a comma ends the appositive before. */
  static const char *const states[] = { "Zorbville", "Quintessee", NULL };
  g_auto (Quoted) town = quote_placed ("Quinto Varga, the first patient treated in Zorbville, "
                                       "Quintessee, said she was “grateful.”", none, persons,
                                       states);
  assert_quote (&town, 0, "grateful.", PX_QUOTE_TERM, "Quinto Varga");
  /* ... and so does a place after an unlisted town a word in lower case
   * opens. */
  static const char *const country[] = { "Quintessee", NULL };
  g_auto (Quoted) from = quote_placed ("Quinto Varga, a scoutmaster from Zorbville, Quintessee, "
                                       "said it was “like an oven.”", none, persons, country);
  assert_quote (&from, 0, "like an oven.", PX_QUOTE_TERM, "Quinto Varga");
  /* A member of Congress' party tag, in brackets or between commas. */
  g_auto (Quoted) tagged = quote_named ("Senator Quinto Varga (D-N.Y.) said it had “a real "
                                        "chance.” Jane Roe, R-Ohio, called it “a scam.”", none,
                                        persons);
  assert_quote (&tagged, 0, "a real chance.", PX_QUOTE_TERM, "Quinto Varga");
  assert_quote (&tagged, 1, "a scam.", PX_QUOTE_TERM, "Jane Roe");
  /* A body's noun after a name's possessive credits the possessor. */
  g_auto (Quoted) office = quote_named ("Quinto Varga's office called the decision “unlawful.”",
                                        none, persons);
  assert_quote (&office, 0, "unlawful.", PX_QUOTE_TERM, "Quinto Varga");
  /* ... before a place too; "rejected ... as" credits its subject. */
  static const char *const capitals[] = { "Zorbington", NULL };
  g_auto (Quoted) embassy = quote_placed ("Quintia's embassy in Zorbington rejected the claims as "
                                          "“groundless.”", none, persons, capitals);
  assert_quote (&embassy, 0, "groundless.", PX_QUOTE_TERM, "Quintia");
  g_auto (Quoted) mission = quote_placed ("Quintia's observer mission said the vote “did not "
                                          "comply”.", none, persons, capitals);
  assert_quote (&mission, 0, "did not comply", PX_QUOTE_STATEMENT, "Quintia");
  /* So does a people's name before the noun, a word between perhaps,
   * and a body named whole, its noun last. */
  static const char *const zorbian[] = { "Zorbian", NULL };
  g_auto (Quoted) peoples = quote_spanned ("“It is over,” the Zorbian foreign ministry said.",
                                           none, persons, NULL, zorbian, NULL);
  assert_quote (&peoples, 0, "It is over,", PX_QUOTE_STATEMENT, "Zorbian");
  static const char *const ministry[] = { "Zorbian foreign ministry", NULL };
  g_auto (Quoted) named_ministry = quote_among ("“It is over,” the Zorbian foreign ministry "
                                                "said.", ministry);
  assert_quote (&named_ministry, 0, "It is over,", PX_QUOTE_STATEMENT,
                "Zorbian foreign ministry");
  /* A clause cue's subject may be a pronoun opening the sentence. */
  g_auto (Quoted) clause = quote_named ("Quinto Varga spoke. He rejected the offer, saying it "
                                        "was “a disgrace to the nation.”", bodies, persons);
  assert_quote (&clause, 0, "a disgrace to the nation.", PX_QUOTE_TERM, "Quinto Varga");
  /* ... after an opening phrase a preposition opens, with no comma;
   * not after a subordinate clause's. */
  g_auto (Quoted) opened = quote_named ("Quinto Varga spoke. On Wednesday he withdrew the bill, "
                                        "saying he had “listened keenly”.", bodies, persons);
  assert_quote (&opened, 0, "listened keenly", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) subordinate = quote_named ("Quinto Varga spoke. When he left, the mayor rose, "
                                             "saying it was “a disgrace”.", bodies, persons);
  assert_quote (&subordinate, 0, "a disgrace", PX_QUOTE_TERM, "");
  /* After the verb, a name in apposition to a role. */
  g_auto (Quoted) e = quote_named ("“We will not give up,” said the mayor, Quinto Varga.", bodies,
                                   persons);
  assert_quote (&e, 0, "We will not give up,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* ... and to a role a name owns, the name's possessive no speaker. */
  static const char *const towns[] = { "Zorbton", NULL };
  g_auto (Quoted) e2 = quote_placed ("“We will not give up,” said Zorbton's mayor, Quinto Varga, "
                                     "who left.", none, persons, towns);
  assert_quote (&e2, 0, "We will not give up,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* ... and to a role of a place the phrase ends in. */
  g_auto (Quoted) e3 = quote_placed ("“We will not give up,” said the mayor of Zorbton, Quinto "
                                     "Varga.", none, persons, towns);
  assert_quote (&e3, 0, "We will not give up,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A nationality's noun after "the" stands for the person named
   * before, as "he" does. */
  g_auto (Quoted) f = quote_named ("Quinto Varga won. “It was great,” said the Dutchman. The "
                                   "Spaniard said it was “hard”.", bodies, persons);
  assert_quote (&f, 0, "It was great,", PX_QUOTE_STATEMENT, "Quinto Varga");
  assert_quote (&f, 1, "hard", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) aged = quote_named ("Quinto Varga lost. “It is tough,” the 27-year-old Russian "
                                      "joked.", bodies, persons);
  assert_quote (&aged, 0, "It is tough,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* So do a player's position and an age's noun. */
  g_auto (Quoted) f3 = quote_named ("Quinto Varga scored. “It was great,” the midfielder told "
                                    "reporters. “It is over,” said the 34-year-old.", bodies,
                                    persons);
  assert_quote (&f3, 0, "It was great,", PX_QUOTE_STATEMENT, "Quinto Varga");
  assert_quote (&f3, 1, "It is over,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* So does a title only one person in the story holds; "referred to"
   * credits its subject. */
  g_auto (Quoted) f2 = quote_named ("Quinto Varga spoke. Later the 88-year-old pontiff said: "
                                    "“May the guns fall silent.” Varga also referred to the "
                                    "“grave” situation.", bodies, persons);
  assert_quote (&f2, 0, "May the guns fall silent.", PX_QUOTE_STATEMENT, "Quinto Varga");
  assert_quote (&f2, 1, "grave", PX_QUOTE_TERM, "Varga");
  /* Verbs of social media and of memory. */
  g_auto (Quoted) g = quote_named ("Quinto Varga posted: “Thank you all.” “It was chaos,” he "
                                   "recalled.", bodies, persons);
  assert_quote (&g, 0, "Thank you all.", PX_QUOTE_STATEMENT, "Quinto Varga");
  assert_quote (&g, 1, "It was chaos,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* The subject of the pronoun's own sentence, named after the last
   * credit, over the subject of the sentence before. */
  static const char *const chair[] = { "Quinto Varga", "Zorb Quintara", NULL };
  g_auto (Quoted) o = quote_named ("Quinto Varga resigned. Board chairman Zorb Quintara "
                                   "apologised for what he called “an error”.", bodies, chair);
  assert_quote (&o, 0, "an error", PX_QUOTE_TERM, "Zorb Quintara");
  /* Else the last person that sentence names before the pronoun; one
   * named after it is none ("he broke with Trump, calling him ..."). */
  g_auto (Quoted) p = quote_named ("Quinto Varga resigned. The film cut Zorb Quintara's speech, "
                                   "making it appear he had urged them to “fight”.", bodies,
                                   chair);
  assert_quote (&p, 0, "fight", PX_QUOTE_TERM, "Zorb Quintara");
  g_auto (Quoted) p2 = quote_named ("Quinto Varga spoke. Later he broke with Zorb Quintara, "
                                    "calling him a “coward”.", bodies, chair);
  assert_quote (&p2, 0, "coward", PX_QUOTE_TERM, "Quinto Varga");
  /* ... nor one a participle opening the sentence names. */
  g_auto (Quoted) p3 = quote_named ("Quinto Varga drew boos. Pointing at Zorb Quintara, he "
                                    "shouted: “You are an agent!”", bodies, chair);
  assert_quote (&p3, 0, "You are an agent!", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* An honorific of the other pronoun rules a person out. */
  static const char *const honoured[] = { "Jane Roe", "Mr Quinto Varga", NULL };
  g_auto (Quoted) i = quote_named ("Jane Roe spoke. Mr Quinto Varga said the plan was lawful. "
                                   "“It is lawful,” she said. “We will appeal the ruling,” he said.", none,
                                   honoured);
  assert_quote (&i, 0, "It is lawful,", PX_QUOTE_STATEMENT, "Jane Roe");
  assert_quote (&i, 1, "We will appeal the ruling,", PX_QUOTE_STATEMENT, "Mr Quinto Varga");
  /* The honorifics' lists are the entity rules' too, read whole: a
   * baroness's, in lower or title case. */
  static const char *const peers[] = { "Mr Quinto Varga", "Baroness Quella Roe", NULL };
  g_auto (Quoted) l = quote_named ("Mr Quinto Varga spoke. Baroness Quella Roe said the plan "
                                   "was lawful. “It is not,” he said.", none, peers);
  assert_quote (&l, 0, "It is not,", PX_QUOTE_STATEMENT, "Mr Quinto Varga");
  /* So does a given name of the other pronoun's list; a first word
   * before a hyphened one may be a family name ("Moon Jae-in"), and gives
   * none. */
  static const char *const given[] = { "Moon Jae-in", "Thomas Qwerty", "Mary Zorbek", NULL };
  g_auto (Quoted) j = quote_named ("Thomas Qwerty opened. Mary Zorbek said it was rare. “It is "
                                   "a very special rock,” he said.", none, given);
  assert_quote (&j, 0, "It is a very special rock,", PX_QUOTE_STATEMENT, "Thomas Qwerty");
  g_auto (Quoted) k = quote_named ("Moon Jae-in spoke. Mary Zorbek said it was rare. “We will "
                                   "talk to the North,” he said.", none, given);
  assert_quote (&k, 0, "We will talk to the North,", PX_QUOTE_STATEMENT, "Moon Jae-in");
  /* A nickname's marks inside a person's name quote no one. */
  static const char *const nicknamed[] = { "Margaret \"Maggie\" Qwerty", NULL };
  g_auto (Quoted) h = quote_named ("The board named Margaret “Maggie” Qwerty. “It is an "
                                   "honour,” she said.", none, nicknamed);
  ck_assert_uint_eq (h.quotes->len, 1);
  assert_quote (&h, 0, "It is an honour,", PX_QUOTE_STATEMENT, "Margaret “Maggie” Qwerty");
}
END_TEST

/* A quote of a story, the persons the entity extractor found in it (and
 * places, or NULL), and the speaker of its @index-th quote. */
typedef struct {
  const char *text;
  const char *const *places;
  guint index;
  const char *quote;
  PxQuoteKind kind;
  const char *speaker;   /* "" for none */
} SpeakerCase;

static const char *const zorbia_place[] = { "Zorbia", NULL };

static const SpeakerCase speaker_cases[] = {
  /* A quote that is its whole sentence is the speaker's whom the next
   * sentence opens with, before a speech verb. */
  { "Zorba Roe said the rain would stop.\n\nIn the village, rice farmer Quinto Varga, 58, sat "
    "on a mat. “We heard it all night.” He said he had left his buffalo.",
    NULL, 0, "We heard it all night.", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "Zorba Roe said the rain would stop.\n\nThe river rose. “We heard it all night.” Quinto "
    "Varga said he had left.",
    NULL, 0, "We heard it all night.", PX_QUOTE_STATEMENT, "Quinto Varga" },
  /* A "he" after it stands for the subject of the sentence before the
   * quote, not the last one credited. */
  { "Zorba Roe said the rain would stop.\n\nQuinto Varga, a farmer, stood in the mud. “It is "
    "wet.” He said he would leave.",
    NULL, 0, "It is wet.", PX_QUOTE_STATEMENT, "Quinto Varga" },
  /* Two persons named there: no one of them for certain. */
  { "Zorba Roe said the rain would stop.\n\nIn the village, Jane Roe met rice farmer Quinto "
    "Varga. “We heard it all night.” He said he had left.",
    NULL, 0, "We heard it all night.", PX_QUOTE_STATEMENT, "Zorba Roe" },
  /* Not a speech verb right after the pronoun, nor one past the
   * paragraph's end, nor a quote with words of the sentence after it. */
  { "Zorba Roe said the rain would stop.\n\nThe river rose. “We heard it all night.” Later "
    "Quinto Varga said he had left.",
    NULL, 0, "We heard it all night.", PX_QUOTE_STATEMENT, "Zorba Roe" },
  { "Zorba Roe said the rain would stop. “We heard it all night.”\n\nQuinto Varga said he had "
    "left.",
    NULL, 0, "We heard it all night.", PX_QUOTE_STATEMENT, "Zorba Roe" },
  { "Zorba Roe said the rain would stop. “We heard the river rise all night long” was on a "
    "sign. Quinto Varga said he had left.",
    NULL, 0, "We heard the river rise all night long", PX_QUOTE_STATEMENT, "Zorba Roe" },
  /* The halves of a quote its attribution splits are one speaker's,
   * whoever the attribution leaves the first to. */
  { "Quinto Varga said the rain would stop. “It is over,” the Zorbian-born mayor-elect said, "
    "“and we are sorry for it.”",
    NULL, 0, "It is over,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "Quinto Varga said the rain would stop. “It is over,” the Zorbian-born mayor-elect said, "
    "“and we are sorry for it.”",
    NULL, 1, "and we are sorry for it.", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "Quinto Varga said the rain would stop. “It is over,” the company said, “and we are sorry "
    "for it.”",
    NULL, 1, "and we are sorry for it.", PX_QUOTE_STATEMENT, "" },
  { "Quinto Varga said the rain would stop. “It is over,” the Zorbian-born mayor-elect said. "
    "Then a man shouted, “and we are sorry for it.”",
    NULL, 1, "and we are sorry for it.", PX_QUOTE_STATEMENT, "" },
  /* A relative clause on the speaker after the attribution that ends
   * the sentence says more, and leaves the speaker the quote's. */
  { "The crew was “fairly experienced” and flew at night, according to Defense Secretary "
    "Quinto Varga, who said the army had opened an inquiry.",
    NULL, 0, "fairly experienced", PX_QUOTE_TERM, "Quinto Varga" },
  /* A quote that goes on after one no one the rules can tell said is
   * theirs too, not the speaker's before, though another cue follows in
   * that sentence. */
  { "Quinto Varga said the rain would stop.\n\n“It is over,” the camp said in a statement. "
    "“We are praying for the families.”",
    NULL, 1, "We are praying for the families.", PX_QUOTE_STATEMENT, "" },
  { "Quinto Varga said the rain would stop. “Zorbia is the wild card,” one analyst said, noting "
    "that Zorbia has urged firms to wait. “Nobody can model it.”",
    zorbia_place, 1, "Nobody can model it.", PX_QUOTE_STATEMENT, "" },
  /* A description an indefinite article opens, up to a comma, stands
   * before its sentence's subject, whom a pronoun after stands for; not
   * one with a speech verb. */
  { "A protégé of the late Zorba Roe and an admirer of Jane Roe, Quinto Varga won the vote, "
    "beating Zorba Roe. “I will work,” he told lawmakers.",
    NULL, 0, "I will work,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "A man who said he knew Zorba Roe, Quinto Varga won the vote, beating Zorba Roe. “I will "
    "work,” he told lawmakers.",
    NULL, 0, "I will work,", PX_QUOTE_STATEMENT, "Zorba Roe" },
  /* "Andrea" is a man's name in Italian: no list says it is a woman's,
   * and "he" may stand for Andrea Sottil. */
  { "Quinto Varga parried a shot.\n\nZorbex coach Andrea Sottil praised the champions. “They "
    "played well,” he said.",
    NULL, 0, "They played well,", PX_QUOTE_STATEMENT, "Andrea Sottil" },
  /* A quote that ends in one inside it ends as that one does: here in a
   * comma, before its attribution. */
  { "Quinto Varga saw it first. “My first reaction was, ‘This is too beautiful,’” Quinto Varga "
    "said.",
    NULL, 0, "My first reaction was, ‘This is too beautiful,’", PX_QUOTE_STATEMENT,
    "Quinto Varga" },
  /* A participle opening the sentence is no name, and its phrase no
   * subject. */
  { "Quinto Varga spoke on television. Dismissing calls from foreign governments for dialogue, "
    "he added: “What talks can there be?”",
    NULL, 0, "What talks can there be?", PX_QUOTE_STATEMENT, "Quinto Varga" },
  /* A title "the" opens is the person it named before, not a name. */
  { "A bench headed by Chief Justice of Zorbia Quinto Varga ruled. “It is over,” the Chief "
    "Justice said.",
    NULL, 0, "It is over,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "Governor Jane Roe met Mayor Zorba Roe. “We are ready,” the Governor told reporters.",
    NULL, 0, "We are ready,", PX_QUOTE_STATEMENT, "Jane Roe" },
  /* A role's noun "the" opens, its qualifiers with it, is the person
   * whose title held those words, before the last one credited. */
  { "Zorbian President Quinto Varga met Jane Roe on Sunday. Jane Roe said it went well. “We "
    "need guarantees,” the Zorbian president told reporters.",
    NULL, 0, "We need guarantees,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  { "Zorbex spokesman Quinto Varga spoke later. “There is no deal,” the Zorbex spokesman said.",
    NULL, 0, "There is no deal,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  /* A judge's form of address after a possessive is that judge. */
  { "Justice Quinto Varga sentenced him. “He was no courier,” his Honour said.",
    NULL, 0, "He was no courier,", PX_QUOTE_STATEMENT, "Quinto Varga" },
  /* A straight mark after another and before a space closes. */
  { "Jane Roe was evacuated. \"The police came and said, 'You need to go now,'\" she told "
    "Zorb News.",
    NULL, 0, "The police came and said, 'You need to go now,'", PX_QUOTE_STATEMENT, "Jane Roe" },
};

START_TEST (test_speaker_in_context)
{
  static const char *const none[] = { NULL };
  static const char *const persons[] = { "Zorba Roe", "Quinto Varga", "Jane Roe",
                                          "Andrea Sottil", NULL };
  const SpeakerCase *c = &speaker_cases[_i];
  g_auto (Quoted) q = quote_placed (c->text, none, persons, c->places);
  assert_quote (&q, c->index, c->quote, c->kind, c->speaker);
}
END_TEST

START_TEST (test_relatives)
{
  static const char *const bodies[] = { "Zorbian Institute", NULL };
  static const char *const persons[] = { "Jane Roe", NULL };
  /* "X, which called": the name before the comma; and a term right after
   * its verb is that verb's subject's, whatever cue follows. */
  g_auto (Quoted) a = quote_named ("Asked about the Zorbian Institute, which called the book "
                                   "“alarmist”, Jane Roe said she had relied on data.",
                                   bodies, persons);
  assert_quote (&a, 0, "alarmist", PX_QUOTE_TERM, "Zorbian Institute");
  g_auto (Quoted) b = quote_named ("Jane Roe, who called the plan “reckless”, left.", bodies,
                                   persons);
  assert_quote (&b, 0, "reckless", PX_QUOTE_TERM, "Jane Roe");
  /* A relative clause after appositives with no name before them: no
   * one the rules can tell (this once read past the sentence's start). */
  g_auto (Quoted) nameless = quote ("It rose, an analyst, a director, who called it “bad”, "
                                    "suggested.");
  assert_quote (&nameless, 0, "bad", PX_QUOTE_TERM, "");
  /* A person's relative past an appositive: the name it follows. */
  g_auto (Quoted) wr = quote_named ("Shares fell, said Jane Roe, an analyst at the Zorbian "
                                    "Institute, who called it “a big surprise.”", bodies, persons);
  assert_quote (&wr, 0, "a big surprise.", PX_QUOTE_TERM, "Jane Roe");
  /* A relative clause after the speaker's name, quotes and all, is passed
   * over on the way to its verb. */
  g_auto (Quoted) c = quote_named ("Jane Roe, who last week cut her deadline for a deal to “10 "
                                   "or 12 days”, called the attack “disgusting”.", bodies,
                                   persons);
  assert_quote (&c, 1, "disgusting", PX_QUOTE_TERM, "Jane Roe");
  /* ... a date's comma too, after a name of one word. */
  static const char *const one[] = { "Zorb", NULL };
  g_auto (Quoted) dated = quote_named ("Zorb, who fled on Aug. 5, 2024, called the verdict "
                                       "“biased”.", bodies, one);
  assert_quote (&dated, 0, "biased", PX_QUOTE_TERM, "Zorb");
  /* ... and a comma inside a title's marks before a nested clause. */
  g_auto (Quoted) nested = quote_named ("Zorb, who made his debut with “Hunt,” which premiered "
                                        "in May, told reporters he had “no idea” of it.", bodies,
                                        one);
  assert_quote (&nested, 1, "no idea", PX_QUOTE_TERM, "Zorb");
  /* A name apposed to a noun inside the clause is part of it. */
  static const char *const pair[] = { "Jane Roe", "Quinto Varga", NULL };
  g_auto (Quoted) c2 = quote_named ("Jane Roe, who fell out with its chief executive, Quinto "
                                    "Varga, threatened to leave, calling it “a violation”.",
                                    bodies, pair);
  assert_quote (&c2, 0, "a violation", PX_QUOTE_TERM, "Jane Roe");
  /* A person's relative right after a person is that person's, whatever
   * stands before. */
  g_auto (Quoted) did = quote_named ("Zorba Lee thanked Jane Roe, as did Quinto Varga, who wrote "
                                     "that she had “chosen well”.", bodies, pair);
  assert_quote (&did, 0, "chosen well", PX_QUOTE_TERM, "Quinto Varga");
  /* A body's short form in brackets before the relative clause. */
  static const char *const association[] = { "Zorbian Association", NULL };
  g_auto (Quoted) h = quote_named ("The Zorbian Association (ZA), which backs the bill, called "
                                   "the protest “a stunt”.", association, persons);
  assert_quote (&h, 0, "a stunt", PX_QUOTE_TERM, "Zorbian Association");
  /* An appositive may hold a relative clause of its own. */
  g_auto (Quoted) i = quote_named ("Jane Roe, a palaeontologist at the Zorbian Institute of "
                                   "Natural History in Quintobo who was not involved in the study, "
                                   "called the find “remarkable”.", bodies, persons);
  assert_quote (&i, 0, "remarkable", PX_QUOTE_TERM, "Jane Roe");
  /* A relative clause after an appositive: the appositive's name said
   * nothing. */
  g_auto (Quoted) j = quote_named ("Jane Roe, the director of the Zorbian Institute, which is "
                                   "lending 17 pieces, told the BBC that “nothing is closed "
                                   "off” for now.", bodies, persons);
  assert_quote (&j, 0, "nothing is closed off", PX_QUOTE_STATEMENT, "Jane Roe");
  /* So is an appositive that opens with a participle, after any noun. */
  static const char *const city[] = { "Port Zorbia", NULL };
  g_auto (Quoted) d = quote_named ("The government, based in Port Zorbia, called it a “massacre”.",
                                   city, persons);
  assert_quote (&d, 0, "massacre", PX_QUOTE_TERM, "");
  /* "whose" opens a relative clause too. */
  g_auto (Quoted) e = quote_named ("“Zorbex is a criminal,” Jane Roe, whose husband died in the "
                                   "crash, told the court.", bodies, persons);
  assert_quote (&e, 0, "Zorbex is a criminal,", PX_QUOTE_STATEMENT, "Jane Roe");
  /* A relative clause between a quote and its verb does not count in
   * after_quote_window. */
  g_auto (Quoted) g = quote_named ("“Zorbex is a criminal,” Jane Roe, whose husband Quinto died "
                                   "in the Zorbian crash in the north, told the court.", bodies,
                                   persons);
  assert_quote (&g, 0, "Zorbex is a criminal,", PX_QUOTE_STATEMENT, "Jane Roe");
  /* Nor do appositives. */
  static const char *const roe[] = { "Roe", NULL };
  g_auto (Quoted) r = quote_named ("“Zorbia is returning to the world,” Roe, the daughter of "
                                   "the former president of the Zorbian republic, told "
                                   "supporters.", bodies, roe);
  assert_quote (&r, 0, "Zorbia is returning to the world,", PX_QUOTE_STATEMENT, "Roe");
  /* A quote's comma and a word of clause_openers: another clause, whose
   * verb credits someone else. */
  static const char *const two[] = { "Jane Roe", "Quinto Varga", NULL };
  g_auto (Quoted) f = quote_named ("Jane Roe honoured her for her “long service”, while Quinto "
                                   "Varga said she had been “formidable”.", bodies, two);
  assert_quote (&f, 0, "long service", PX_QUOTE_TERM, "");
  assert_quote (&f, 1, "formidable", PX_QUOTE_TERM, "Quinto Varga");
  /* "and" opens one too: the cue before the quote credits it. */
  g_auto (Quoted) w = quote_named ("Jane Roe wrote on her blog that the Zorbian state had "
                                   "“racist laws,” and Quinto Varga threatened to cut funding.",
                                   bodies, two);
  assert_quote (&w, 0, "racist laws,", PX_QUOTE_TERM, "Jane Roe");
  /* Nor is a cue of the next sentence: the window ends with the quote's. */
  g_auto (Quoted) n = quote_named ("Her novels, including “The Shieling”, were translated. "
                                   "Jane Roe called her “a voice of the islands”.", bodies,
                                   persons);
  assert_quote (&n, 0, "The Shieling", PX_QUOTE_TERM, "");
  assert_quote (&n, 1, "a voice of the islands", PX_QUOTE_TERM, "Jane Roe");
  /* Words all in capitals are shouted, no name: a cue further back
   * credits them. */
  g_auto (Quoted) u = quote_named ("Jane Roe complained that Zorbia's leaders had shown “ZERO "
                                   "GRATITUDE.”", bodies, persons);
  assert_quote (&u, 0, "ZERO GRATITUDE.", PX_QUOTE_TERM, "Jane Roe");
  /* A relative pronoun after the quote's comma opens a clause on it. */
  g_auto (Quoted) t = quote_named ("Zorbia agreed to a “truce”, which Jane Roe said was fragile.",
                                   bodies, persons);
  assert_quote (&t, 0, "truce", PX_QUOTE_TERM, "");
  /* A clause cue in a clause a word of clause_openers opens after a
   * comma: that clause's subject, not the verb's before it. */
  g_auto (Quoted) l = quote_named ("Jane Roe said it would “roar,” while Zorbian leader Quinto "
                                   "Varga spoke for hours, calling it “an attack”.", bodies, two);
  assert_quote (&l, 1, "an attack", PX_QUOTE_TERM, "Quinto Varga");
  /* A pronoun right after a relative pronoun is someone else than the
   * relative's antecedent. */
  static const char *const rivals[] = { "Quinto Varga", "Marco Zorbi", NULL };
  g_auto (Quoted) o = quote_named ("Quinto Varga spoke. Later he broke with the party over Marco "
                                   "Zorbi, whom he called a “coward”.", bodies, rivals);
  assert_quote (&o, 0, "coward", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) z = quote_named ("Quinto Varga spoke. Marco Zorbi, whom he called a “coward”, "
                                   "left.", bodies, rivals);
  assert_quote (&z, 0, "coward", PX_QUOTE_TERM, "Quinto Varga");
  /* A given name that is a person's whole name tells the pronoun. */
  static const char *const kin[] = { "Quinto Varga", "Veronica", NULL };
  g_auto (Quoted) v = quote_named ("Quinto Varga was held. In a video posted by his daughter "
                                   "Veronica, he asked: “What is the law?”", bodies, kin);
  assert_quote (&v, 0, "What is the law?", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* A paragraph's end ends a quote's attribution after it. */
  g_auto (Quoted) p = quote_named ("Quinto Varga was held. “What is the law?”\n\nJane Roe, his "
                                   "daughter, called it “an affront”.", bodies, two);
  assert_quote (&p, 0, "What is the law?", PX_QUOTE_STATEMENT, "");
  /* A quote over paragraphs takes the attribution after its last mark. */
  g_auto (Quoted) m = quote_named ("Quinto Varga answered.\n\n“The first part is long and goes "
                                   "on.\n\n“The second part ends here,” said Jane Roe.", bodies,
                                   two);
  assert_quote (&m, 0, "The first part is long and goes on.\n\n“The second part ends here,",
                PX_QUOTE_STATEMENT, "Jane Roe");
}
END_TEST

START_TEST (test_report_at_sentence_end)
{
  static const char *const bodies[] = { NULL };
  static const char *const persons[] = { "Jane Roe", NULL };
  /* An attribution that ends the sentence after a comma: the sentence is
   * its speaker's report, quotes and all, where or to whom after it. */
  g_auto (Quoted) a = quote_named ("Zorbia agreed on Monday to an “immediate” truce from "
                                   "midnight, Prime Minister Jane Roe said, after five days of "
                                   "fighting.", bodies, persons);
  assert_quote (&a, 0, "immediate", PX_QUOTE_TERM, "Jane Roe");
  g_auto (Quoted) t = quote_named ("Zorbia agreed to a “truce” on Monday, Jane Roe told "
                                   "reporters.", bodies, persons);
  assert_quote (&t, 0, "truce", PX_QUOTE_TERM, "Jane Roe");
  /* Not a clause of what was said, nor a cue inside another clause. */
  g_auto (Quoted) c = quote_named ("Zorbia agreed to a “truce” on Monday, Jane Roe said Quintara "
                                   "was ready.", bodies, persons);
  assert_quote (&c, 0, "truce", PX_QUOTE_TERM, "");
  g_auto (Quoted) d = quote_named ("Zorbia agreed to a “truce” on Monday, a day after Jane Roe "
                                   "said the deal was dead.", bodies, persons);
  assert_quote (&d, 0, "truce", PX_QUOTE_TERM, "");
}
END_TEST

START_TEST (test_members)
{
  static const char *const bodies[] = { "Zorbia College London", NULL };
  static const char *const persons[] = { "Quinto Varga", NULL };
  /* A person of a body speaks for it: the person is credited. */
  g_auto (Quoted) a = quote_named ("Later Quinto Varga of Zorbia College London said the "
                                   "study was “large and robust”.", bodies, persons);
  assert_quote (&a, 0, "large and robust", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) c = quote_named ("Later Quinto Varga of the Zorbia College London said the "
                                   "study was “large and robust”.", bodies, persons);
  assert_quote (&c, 0, "large and robust", PX_QUOTE_TERM, "Quinto Varga");
  g_auto (Quoted) d = quote_named ("“It is a trend,” said Quinto Varga of the Zorbia College "
                                   "London.", bodies, persons);
  assert_quote (&d, 0, "It is a trend,", PX_QUOTE_STATEMENT, "Quinto Varga");
  /* And past words that describe the body after its article. */
  static const char *const members[] = { "Quinto Varga", "Zora Vell", NULL };
  g_auto (Quoted) w = quote_named ("Quinto Varga of the far-right Zorbia College London accused "
                                   "them of “fraud”. Zora Vell of the Zorbia-based think tank "
                                   "Zorbia College London said it was “a gift”.", bodies,
                                   members);
  assert_quote (&w, 0, "fraud", PX_QUOTE_TERM, "Quinto Varga");
  assert_quote (&w, 1, "a gift", PX_QUOTE_TERM, "Zora Vell");
  /* A country's or a body's name before a title and a person, the
   * subject of a clause cue: the person. */
  static const char *const countries[] = { "U.S.", NULL };
  g_auto (Quoted) t = quote_named ("U.S. Secretary of State Quinto Varga congratulated him, "
                                   "saying he looked forward to “a partnership”.", countries,
                                   persons);
  assert_quote (&t, 0, "a partnership", PX_QUOTE_TERM, "Quinto Varga");
  /* The speaker is the person the entity extractor found, particles and
   * all. */
  static const char *const particles[] = { "Zora von der Vell", NULL };
  g_auto (Quoted) v = quote_named ("Zora von der Vell, the head of the college, said it stood "
                                   "“in full solidarity”.", bodies, particles);
  assert_quote (&v, 0, "in full solidarity", PX_QUOTE_TERM, "Zora von der Vell");
  /* So as the subject of a clause cue, after a body and a title. */
  static const char *const commission[] = { "European Commission", NULL };
  g_auto (Quoted) v2 = quote_named ("European Commission President Zora von der Vell "
                                    "congratulated him, saying it had chosen “a strong Zorbia”.",
                                    commission, particles);
  assert_quote (&v2, 0, "a strong Zorbia", PX_QUOTE_TERM, "Zora von der Vell");
  /* The speaker is the person, not what is left of an unlisted title. */
  g_auto (Quoted) u = quote_named ("Secretary of State Quinto Varga said it was “not involved”.",
                                   countries, persons);
  assert_quote (&u, 0, "not involved", PX_QUOTE_TERM, "Quinto Varga");
  /* A body's name with "of" in it is read whole, past a clause after it. */
  static const char *const university[] = { "Queen Zora University of Zorbia", NULL };
  g_auto (Quoted) e = quote_named ("Then Quinto Varga of Queen Zora University of Zorbia, who was "
                                   "not involved, said the results were “intriguing”.",
                                   university, persons);
  assert_quote (&e, 0, "intriguing", PX_QUOTE_TERM, "Quinto Varga");
  /* And past the body's owner and its possessive. */
  static const char *const centre[] = { "Zorbia", "Sleep Research Centre", NULL };
  g_auto (Quoted) h = quote_placed ("Professor Quinto Varga of Zorbia's Sleep Research Centre, "
                                    "who was not involved, said the work was “solid”.", centre,
                                    persons, NULL);
  assert_quote (&h, 0, "solid", PX_QUOTE_TERM, "Quinto Varga");
  /* So does the body's place. */
  static const char *const firm[] = { "Zorbian Derivatives Company", "Lagos", NULL };
  g_auto (Quoted) g = quote_named ("Quinto Varga of Zorbian Derivatives Company in Lagos said it "
                                   "was “wiped out”.", firm, persons);
  assert_quote (&g, 0, "wiped out", PX_QUOTE_TERM, "Quinto Varga");
  /* A court and the place it is for, the place's own "of" in its name. */
  static const char *const court[] = { "Zorbian District Court", NULL };
  static const char *const district[] = { "District of Quintova", NULL };
  g_auto (Quoted) j = quote_placed ("Judge Quinto Varga of the Zorbian District Court for the "
                                    "District of Quintova wrote that it was “a monopoly”.", court,
                                    persons, district);
  assert_quote (&j, 0, "a monopoly", PX_QUOTE_TERM, "Quinto Varga");
  /* After the verb, a spokesperson for a body: the body speaks; one
   * resident of a place: someone unnamed. */
  static const char *const quintex[] = { "Quintex Group", NULL };
  static const char *const zorbton[] = { "Zorbton", NULL };
  g_auto (Quoted) k = quote_placed ("“It is a tragedy,” said a spokesperson for Quintex Group. "
                                    "“It is over,” said one resident of Zorbton.", quintex,
                                    persons, zorbton);
  assert_quote (&k, 0, "It is a tragedy,", PX_QUOTE_STATEMENT, "Quintex Group");
  assert_quote (&k, 1, "It is over,", PX_QUOTE_STATEMENT, "");
  /* A capitalised word that describes someone new after the verb names
   * no speaker, unless it names a body. */
  g_auto (Quoted) described = quote_placed ("“It is a tragedy,” said a Western diplomat in "
                                            "Zorbton. “It is over,” said a Quintex Group "
                                            "spokesperson.", quintex, persons, zorbton);
  assert_quote (&described, 0, "It is a tragedy,", PX_QUOTE_STATEMENT, "");
  assert_quote (&described, 1, "It is over,", PX_QUOTE_STATEMENT, "Quintex Group");
  /* So does one whose name the entity extractor found in lower case. */
  static const char *const zorbjet[] = { "zorbJet", NULL };
  g_auto (Quoted) lower = quote_among ("A spokesperson for zorbJet said it was “doing everything "
                                       "possible” to help.", zorbjet);
  assert_quote (&lower, 0, "doing everything possible", PX_QUOTE_TERM, "zorbJet");
  /* Before the verb, a new spokesperson of a body the body's name opens:
   * the body speaks; a person's: no one the rules can tell. */
  static const char *const varga[] = { "Quinto Varga", "Varga", NULL };
  g_auto (Quoted) r = quote_named ("Quinto Varga spoke. “It is safe,” a Quintex Group spokesperson "
                                   "said. “It is late,” a Varga spokesperson said.", quintex, varga);
  assert_quote (&r, 0, "It is safe,", PX_QUOTE_STATEMENT, "Quintex Group");
  assert_quote (&r, 1, "It is late,", PX_QUOTE_STATEMENT, "");
  /* A body before its place speaks, not the place. */
  static const char *const embassy[] = { "Zorbian Embassy", NULL };
  static const char *const berlin[] = { "Berlin", NULL };
  g_auto (Quoted) i = quote_placed ("The Zorbian Embassy in Berlin called it “a symbol of "
                                    "friendship”.", embassy, persons, berlin);
  assert_quote (&i, 0, "a symbol of friendship", PX_QUOTE_TERM, "Zorbian Embassy");
  /* A place after a noun in lower case says where the speaker is, not
   * who; a place that holds a comma, or a place and the place it is in,
   * stand together before the verb. */
  static const char *const places[] = { "Zorbton, Q.R.", "Quintville", "Zorbia", NULL };
  static const char *const council[] = { "Zorbic Council", NULL };
  static const char *const roe[] = { "Jane Roe", NULL };
  g_auto (Quoted) p = quote_placed ("A museum director in Quintville said it was “gone”. The "
                                    "Zorbic Council, a trade group in Zorbton, Q.R., said it was "
                                    "“sad”. Jane Roe of Quintville, Zorbia, said it was “lost”.",
                                    council, roe, places);
  assert_quote (&p, 0, "gone", PX_QUOTE_TERM, "");
  assert_quote (&p, 1, "sad", PX_QUOTE_TERM, "Zorbic Council");
  assert_quote (&p, 2, "lost", PX_QUOTE_TERM, "Jane Roe");
  /* So is a noun that opens the sentence, capitalised only for that,
   * "the" before the place or not; not a name the entity extractor
   * found there. */
  g_auto (Quoted) opener = quote_placed ("Firefighters in the Quintville reported it was “dry”. "
                                         "Officials in Quintville called it “sad”. Jane Roe in "
                                         "Quintville said it was “lost”.", council, roe, places);
  assert_quote (&opener, 0, "dry", PX_QUOTE_TERM, "");
  assert_quote (&opener, 1, "sad", PX_QUOTE_TERM, "");
  assert_quote (&opener, 2, "lost", PX_QUOTE_TERM, "Jane Roe");
  /* Unless the noun ends a body's name: the body in the place speaks. */
  static const char *const office[] = { "Zorbic rights office", NULL };
  g_auto (Quoted) o = quote_placed ("The Zorbic rights office in Quintville said it was “shocked”.",
                                    office, roe, places);
  assert_quote (&o, 0, "shocked", PX_QUOTE_TERM, "Zorbic rights office");
  /* Someone unnamed, over the words that describe them, is no one the
   * rules can tell, and no earlier verb's subject speaks for them. */
  g_auto (Quoted) y = quote_placed ("Jane Roe called for an inquiry, and a museum director said it "
                                    "was “shocked”. A senior Zorbian official said it was “grim”.",
                                    council, roe, places);
  assert_quote (&y, 0, "shocked", PX_QUOTE_TERM, "");
  assert_quote (&y, 1, "grim", PX_QUOTE_TERM, "");
  /* A body's short form in brackets stands between its name and the
   * verb. */
  static const char *const msf[] = { "Zorbian Relief Corps", NULL };
  g_auto (Quoted) f = quote_named ("The Zorbian Relief Corps (ZRC) said it was “dire”.", msf,
                                   persons);
  assert_quote (&f, 0, "dire", PX_QUOTE_TERM, "Zorbian Relief Corps");
  /* Without a person before it, the body is. */
  g_auto (Quoted) b = quote_named ("Staff of Zorbia College London said the study was “large "
                                   "and robust”.", bodies, persons);
  assert_quote (&b, 0, "large and robust", PX_QUOTE_TERM, "Zorbia College London");
  /* A body's name is read whole, over its connectors and commas. */
  static const char *const bureau[] = { "Bureau of Zorbing, Quints and Explosives",
                                        "National Zorbic and Quintic Administration", NULL };
  g_auto (Quoted) n = quote_named ("The Bureau of Zorbing, Quints and Explosives said it was "
                                   "“dire”. “It is over,” said the National Zorbic and Quintic "
                                   "Administration.", bureau, persons);
  assert_quote (&n, 0, "dire", PX_QUOTE_TERM, "Bureau of Zorbing, Quints and Explosives");
  assert_quote (&n, 1, "It is over,", PX_QUOTE_STATEMENT,
                "National Zorbic and Quintic Administration");
}
END_TEST

/* ### The seed corpus against its gold (seeds/gold.yaml, checked by hand) */

typedef struct {
  const char *text;      /* as printed, without the marks */
  const char *speaker;   /* the name credited, as printed; NULL for none */
} Gold;

typedef struct {
  const char *file;
  const Gold *quotes;
  guint n;
} GoldDoc;

/* Speaker ids of the gold mapped to their surfaces: kim_ryo_won -> "Kim Ryo
 * Won", dprk -> "the North", kcna -> "KCNA", dprk_foreign_ministry ->
 * "Foreign Ministry", kim_seol_hwa -> "Kim Seol-hwa" or "Kim", nikkei,
 * beijing, vladimir_putin -> "Vladimir Putin", shigeru_ishiba, takeshi_iwaya
 * -> "Mr. Iwaya", japan. */
static const Gold kcna_gold[] = {
  { "Japan’s move to establish an independent mission in NATO is a dangerous act of adding "
    "new instability to the regional situation", "Kim Ryo Won" },
  { "strengthening security cooperation with NATO and promoting strategic solidarity between "
    "the Indo-Pacific region and the European and Atlantic regions.", "Japan" },
};

static const Gold firstpost_gold[] = {
  { "a dangerous act", "the North" },
  { "provocative military hegemony.", "KCNA" },
  { "a war criminal state", "KCNA" },
  { "anti-peace force,", "KCNA" },
};

static const Gold rt_gold[] = {
  { "military collusion", "Foreign Ministry" },
  { "It is an open secret that the United States… has been trying to create a military "
    "alliance like this in the Asia-Pacific region,", "Kim Seol-hwa|Kim" },
  { "recent unprecedented military collusion between Japan and NATO is arousing great "
    "concern and alertness in the international community.", "Kim Seol-hwa|Kim" },
  { "liaison office", "Kim Seol-hwa|Kim" },
  { "conduct periodic consultations with Japan and key partners in the region such as South "
    "Korea, Australia and New Zealand,", "Nikkei" },
  { "All facts clearly show that NATO’s attempt to advance into the Asia-Pacific region "
    "through military collusion with Japan has entered a dangerous implementation phase,",
    "Kim Seol-hwa|Kim" },
  { "confrontational alliances", "Kim Seol-hwa|Kim" },
  { "Quad", NULL },
  { "Asian NATO", "Beijing" },
  { "discuss the current military cooperation and opportunities to foster a stronger "
    "partnership,", NULL },
  { "build a huge anti-China and anti-Russia encirclement", "Kim Seol-hwa|Kim" },
  { "keep neighboring countries in check", "Kim Seol-hwa|Kim" },
};

static const Gold wt_gold[] = {
  { "Japan set up its independent mission in NATO at a time when the security environment "
    "in the Asia-Pacific region is more seriously threatened due to the U.S. provocative "
    "military hegemony,", "KCNA" },
  { "This is a dangerous act of adding new instability to the regional situation.", "KCNA" },
  /* Putin's words, not KCNA's. */
  { "blatant anachronism", "Vladimir Putin" },
  { "the diktat of the older brother", "Vladimir Putin" },
  { "escalating the military tension in the region … pursuant to the U.S. strategy for "
    "world domination to expand NATO’s sphere of influence into the Asia-Pacific region.",
    "KCNA" },
  { "Asian NATO,", "Shigeru Ishiba" },
  { "Quad", NULL },
  { "more than ever", "Mr. Iwaya" },
};

static const GoldDoc gold[] = {
  { "kcna-2025-01-20.txt", kcna_gold, G_N_ELEMENTS (kcna_gold) },
  { "firstpost-2025-01-20.txt", firstpost_gold, G_N_ELEMENTS (firstpost_gold) },
  { "hotaaj-2025-01.txt", firstpost_gold, G_N_ELEMENTS (firstpost_gold) },
  { "rt-2023-05-16.txt", rt_gold, G_N_ELEMENTS (rt_gold) },
  { "washingtontimes-2025-01-20.txt", wt_gold, G_N_ELEMENTS (wt_gold) },
};

static gboolean
speaker_matches (const char *found, const char *expected)
{
  if (expected == NULL)
    return *found == '\0';
  g_auto(GStrv) names = g_strsplit (expected, "|", -1);
  return g_strv_contains ((const char *const *) names, found);
}

/* Every gold quote is found, with its speaker, and nothing else is. */
START_TEST (test_corpus_gold)
{
  const GoldDoc *doc = &gold[_i];
  g_auto (Quoted) q = quote_corpus (doc->file);
  guint matched = 0;
  for (guint g = 0; g < doc->n; g++)
    {
      const Gold *want = &doc->quotes[g];
      gboolean found = FALSE;
      for (guint k = 0; k < q.quotes->len && !found; k++)
        {
          g_autofree char *text = original (&q, get (&q, k)->span);
          if (!g_str_equal (text, want->text))
            continue;
          found = TRUE;
          g_autofree char *speaker = original (&q, get (&q, k)->speaker);
          ck_assert_msg (speaker_matches (speaker, want->speaker),
                         "%s: “%s” credited to '%s', not '%s'", doc->file, want->text, speaker,
                         want->speaker != NULL ? want->speaker : "");
        }
      ck_assert_msg (found, "%s: “%s” not found", doc->file, want->text);
      matched++;
    }
  /* Precision: no quote beyond the gold. */
  ck_assert_msg (q.quotes->len == matched, "%s: %u quotes for %u in the gold", doc->file,
                 q.quotes->len, matched);
}
END_TEST

/* ### Rules files */

typedef struct {
  const char *from, *to;   /* a change to the real file */
  const char *message;
} BadRules;

static const BadRules bad_rules[] = {
  { "version: 1", "version: 2", "version 2 is not supported" },
  { "version: 1", "version: 1\nspeakers: []", "unknown key 'speakers'" },
  { "pronouns: [he, she, they, it]", "pronouns: [he, she, he]", "'he' is listed twice" },
  { "pronouns: [he, she, they, it]", "pronouns: [he, \"she he\"]", "is not a single word" },
  { "pronouns: [he, she, they, it]", "pronouns: he", "expected a list, found a scalar" },
  { "pronouns: [he, she, they, it]", "", "missing key 'pronouns'" },
  { "determiners: [the, a, an, his, her, their, its, our, my, your, this, that]", "",
    "missing key 'determiners'" },
  { "source_cues: [\"according to\",", "source_cues: [\"according  to\",",
    "separate words with single spaces" },
  { "after_quote_window: 10", "after_quote_window: -1",
    ":21: expected a whole number from 0 to 1000, found '-1'" },
  { "statement_min_words: 8", "statement_min_words: many",
    ":24: expected a whole number from 0 to 1000, found 'many'" },
  { "  he: data/lexicon/honorifics-male.txt", "  it: data/lexicon/honorifics-male.txt",
    "pronoun_honorifics: 'it' is none of person_pronouns" },
  { "  she: data/lexicon/honorifics-female.txt", "  she: [Mrs, Ms]",
    "expected a scalar, found a list" },
  { "  she: data/lexicon/honorifics-female.txt", "  she: data/lexicon/no-such-list.txt",
    "pronoun_honorifics:" },
  { "  he: data/lexicon/given-names-male.txt", "  it: data/lexicon/given-names-male.txt",
    "pronoun_given_names: 'it' is none of person_pronouns" },
  { "  he: data/lexicon/given-names-male.txt", "  he: data/lexicon/no-such-list.txt",
    "pronoun_given_names:" },
  { "work_nouns: data/lexicon/work-nouns.txt", "", "missing key 'work_nouns'" },
  { "work_nouns: data/lexicon/work-nouns.txt", "work_nouns: data/lexicon/no-such-list.txt",
    "work_nouns: " },
};

START_TEST (test_bad_rules)
{
  g_autofree char *real = px_test_src_path ("rules/attribution.yaml");
  g_autofree char *data = NULL;
  ck_assert (g_file_get_contents (real, &data, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (data, bad_rules[_i].from));
  g_auto(GStrv) parts = g_strsplit (data, bad_rules[_i].from, 2);
  g_autofree char *changed = g_strjoin (bad_rules[_i].to, parts[0], parts[1], NULL);
  g_autofree char *path = px_test_write ("attribution.yaml", changed, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxQuoteRules) loaded = px_quote_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, path, bad_rules[_i].message, NULL);
}
END_TEST

/* A rules file written before person_nouns, pronoun_honorifics and
 * pronoun_given_names still loads. */
START_TEST (test_older_rules)
{
  g_autofree char *real = px_test_src_path ("rules/attribution.yaml");
  g_autofree char *data = NULL;
  ck_assert (g_file_get_contents (real, &data, NULL, NULL));
  g_autoptr(GRegex) newer = g_regex_new ("^(person_nouns|pronoun_honorifics|pronoun_given_names):"
                                         ".*\n((  |#).*\n)*",
                                         G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *older = g_regex_replace (newer, data, -1, 0, "", 0, NULL);
  ck_assert_ptr_null (strstr (older, "person_nouns:"));
  ck_assert_ptr_null (strstr (older, "pronoun_honorifics:"));
  ck_assert_ptr_null (strstr (older, "pronoun_given_names:"));
  g_autofree char *path = px_test_write ("attribution.yaml", older, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxQuoteRules) loaded = px_quote_rules_load (path, &error);
  ck_assert_msg (loaded != NULL, "%s", error != NULL ? error->message : "");
}
END_TEST

START_TEST (test_missing_rules)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxQuoteRules) loaded = px_quote_rules_load ("/nonexistent/attribution.yaml",
                                                        &error);
  ck_assert_ptr_null (loaded);
  ck_assert_ptr_nonnull (error);
}
END_TEST

START_TEST (test_rules_change_behaviour)
{
  /* Take "answered" as a verb: the continuing quote is Lee's now. */
  g_autofree char *real = px_test_src_path ("rules/attribution.yaml");
  g_autofree char *data = NULL;
  ck_assert (g_file_get_contents (real, &data, NULL, NULL));
  g_auto(GStrv) parts = g_strsplit (data, "verbs: [said,", 2);
  g_autofree char *changed = g_strjoin ("verbs: [answered, said,", parts[0], parts[1], NULL);
  g_autofree char *path = px_test_write ("attribution.yaml", changed, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxQuoteRules) custom = px_quote_rules_load (path, &error);
  ck_assert_msg (custom != NULL, "%s", error != NULL ? error->message : "");
  g_clear_pointer (&rules, px_quote_rules_free);
  rules = g_steal_pointer (&custom);
  g_auto (Quoted) q = quote ("Kim said so. Lee answered. “It goes on from Lee.”");
  assert_quote (&q, 0, "It goes on from Lee.", PX_QUOTE_STATEMENT, "Lee");
}
END_TEST

Suite *
px_test_quotes_suite (void)
{
  Suite *s = suite_create ("quotes");

  TCase *marks = tcase_create ("marks");
  tcase_add_unchecked_fixture (marks, load_rules, free_rules);
  tcase_add_test (marks, test_curly_double);
  tcase_add_test (marks, test_straight_double);
  tcase_add_test (marks, test_single_quotes);
  tcase_add_test (marks, test_nested);
  tcase_add_test (marks, test_over_paragraphs);
  tcase_add_test (marks, test_unbalanced_capped);
  tcase_add_test (marks, test_ellipsis_inside);
  tcase_add_test (marks, test_punctuation_inside_or_outside);
  tcase_add_test (marks, test_apostrophes);
  tcase_add_test (marks, test_apostrophes_inside_quotes);
  tcase_add_test (marks, test_inch_marks_and_lone_marks);
  tcase_add_test (marks, test_kinds);
  suite_add_tcase (s, marks);

  TCase *credit = tcase_create ("speakers");
  tcase_add_unchecked_fixture (credit, load_rules, free_rules);
  tcase_add_loop_test (credit, test_speaker, 0, G_N_ELEMENTS (speakers));
  tcase_add_test (credit, test_continuing_quote);
  tcase_add_test (credit, test_pronoun_window);
  tcase_add_test (credit, test_body_nouns);
  tcase_add_test (credit, test_person_pronouns);
  tcase_add_loop_test (credit, test_speaker_in_context, 0, G_N_ELEMENTS (speaker_cases));
  tcase_add_test (credit, test_relatives);
  tcase_add_test (credit, test_report_at_sentence_end);
  tcase_add_test (credit, test_members);
  suite_add_tcase (s, credit);

  TCase *corpus = tcase_create ("corpus");
  tcase_add_unchecked_fixture (corpus, load_rules, free_rules);
  tcase_add_loop_test (corpus, test_corpus_gold, 0, G_N_ELEMENTS (gold));
  suite_add_tcase (s, corpus);

  TCase *files = tcase_create ("rules");
  tcase_add_checked_fixture (files, load_rules, free_rules);
  tcase_add_loop_test (files, test_bad_rules, 0, G_N_ELEMENTS (bad_rules));
  tcase_add_test (files, test_missing_rules);
  tcase_add_test (files, test_older_rules);
  tcase_add_test (files, test_rules_change_behaviour);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_quotes_suite ());
}
