/* check-segment.c: paragraphs, sentence boundaries, abbreviations and tokens. */
#include "config.h"

#include <string.h>

#include "px-test.h"

/* rules/abbreviations.yaml, loaded once in the parent process. */
static const PxSegmentRules *rules;

static void
load_rules (void)
{
  rules = px_test_segment_rules ();
}

typedef struct {
  PxText *text;
  PxSegmentation *seg;
} Segmented;

/* Segments all of @data. */
static Segmented
segment (const char *data)
{
  g_autoptr(GError) error = NULL;
  Segmented s = { px_text_new ("s.txt", data, strlen (data), NULL, &error), NULL };
  ck_assert_msg (s.text != NULL, "%s", error != NULL ? error->message : "");
  gsize len = 0;
  px_text_get_normalized (s.text, &len);
  PxSpan all = { 0, len };
  s.seg = px_segment (rules, s.text, &all, 1);
  return s;
}

static void
segmented_clear (Segmented *s)
{
  g_clear_pointer (&s->seg, px_segmentation_free);
  g_clear_pointer (&s->text, px_text_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Segmented, segmented_clear)

static char *
sentence (const Segmented *s, guint i)
{
  ck_assert_uint_lt (i, px_segmentation_n_sentences (s->seg));
  return px_test_slice (s->text, px_segmentation_get_sentence (s->seg, i)->span);
}

static char *
paragraph (const Segmented *s, guint i)
{
  ck_assert_uint_lt (i, px_segmentation_n_paragraphs (s->seg));
  return px_test_slice (s->text, px_segmentation_get_paragraph (s->seg, i));
}

/* The tokens as "text:K", K being W(ord), N(umber), S (possessive) or
 * P(unct), with "+" when joined to the previous token, separated by
 * spaces: "Seoul:W -:P+ Tokyo:W+". */
static char *
describe_tokens (const Segmented *s)
{
  static const char kinds[] = { [PX_TOKEN_WORD] = 'W', [PX_TOKEN_NUMBER] = 'N',
                                [PX_TOKEN_POSSESSIVE] = 'S', [PX_TOKEN_PUNCT] = 'P' };
  g_autoptr(GString) out = g_string_new (NULL);
  for (guint i = 0; i < px_segmentation_n_tokens (s->seg); i++)
    {
      const PxToken *token = px_segmentation_get_token (s->seg, i);
      g_autofree char *t = px_test_slice (s->text, px_token_span (token));
      g_string_append_printf (out, "%s%s:%c%s", i > 0 ? " " : "", t, kinds[token->kind],
                              token->joined ? "+" : "");
    }
  return g_strdup (out->str);
}

static void
assert_tokens (const char *data, const char *expected)
{
  g_auto (Segmented) s = segment (data);
  g_autofree char *tokens = describe_tokens (&s);
  ck_assert_str_eq (tokens, expected);
}

/* ### Sentences */

typedef struct {
  const char *text;
  guint sentences;
} Count;

static const Count counts[] = {
  /* From the brief and the corpus. */
  { "On Jan. 16, Tokyo opened a mission.", 1 },
  { "It is more seriously threatened due to the U.S. provocative military hegemony.", 1 },
  { "Mr. Ishiba said. He left.", 2 },
  { "It rose 17.5 percent. Then fell.", 2 },
  { "John F. Kennedy spoke.", 1 },
  { "They met in the U.S. The next day they left.", 2 },
  { "\"It is an open secret that the United States... has been trying,\" he said.", 1 },
  /* The table in docs/segment.md. */
  { "The meeting was held on Jan. 16 in Tokyo with Mr. Ishiba and Gen. Kim present.", 1 },
  { "It happened in Jan. The next month was quiet.", 2 },
  { "He works for Acme Inc. The company said nothing.", 2 },
  { "She works at Acme Inc. in Tokyo.", 1 },
  { "The company said nothing about the U.S. provocative military hegemony.", 1 },
  { "They met in the U.S. The next day they flew to Seoul.", 2 },
  { "He left the U.S. \"We are done,\" he said.", 1 },
  { "It was about 5 p.m. Officials then left.", 2 },
  { "It ended in World War I. Then peace came.", 2 },
  { "It ended in World War I. The next war began in 1939.", 2 },
  { "John F. Kennedy spoke. Lyndon B. Johnson listened.", 2 },
  { "Pope Pius X. He reigned until 1914.", 2 },
  { "Malcolm X. Jones was there.", 1 },
  { "The law of Henry V. Officials cite it still.", 2 },
  { "Altman wrote on X. By Monday, he was back.", 2 },
  /* The platform X after a word in lower case ends a sentence before
   * any capitalised word. */
  { "He wrote on X. Activision's chief said so.", 2 },
  { "Malcolm X. Jones and Malcolm X. Activision were there.", 1 },
  /* More shapes. */
  { "It is made by Acme Inc. and sold widely.", 1 },
  /* "Sen." is a title and a name's word. */
  { "They met the former leader Hun Sen. Later it rained.", 2 },
  { "They met Sen. Elizabeth Warren.", 1 },
  { "\"Stop.\" The talks ended.", 2 },
  { "Is it? Yes! It is.", 3 },
  { "Really?! No.", 2 },
  { "Wait... What happened?", 2 },
  { "See No. 5 for details.", 1 },
  { "See No. Five.", 2 },
  { "It hangs in the Museum of Modern Art. Then it moves.", 2 },
  { "The D.P.R.K. said no.", 1 },
  { "The U.N. Security Council met.", 1 },
  { "Talks resumed on Sept. 12 in Geneva.", 1 },
  { "Dr. Kim arrived. Gen. Park left.", 2 },
  { "The Rt. Rev. Steven Croft spoke. Det. Sgt. Jane Roe left.", 2 },
  { "Ask them, e.g. Kim or Park.", 1 },
  { "The vote was 5 vs. 3 on Monday.", 1 },
  { "Prices rose in 2024. 2025 was worse.", 2 },
  { "He spoke (briefly.) Then he left.", 2 },
  { "Kim Jong Un spoke. Choe Son Hui listened.", 2 },
  { "the ministry said.he left", 1 },
  { "Он сказал. Они ушли.", 2 },
  { "No final mark here", 1 },
};

START_TEST (test_sentence_count)
{
  g_auto (Segmented) s = segment (counts[_i].text);
  ck_assert_msg (px_segmentation_n_sentences (s.seg) == counts[_i].sentences,
                 "'%s': %u sentences, expected %u", counts[_i].text,
                 px_segmentation_n_sentences (s.seg), counts[_i].sentences);
}
END_TEST

START_TEST (test_sentence_spans_exclude_spaces)
{
  g_auto (Segmented) s = segment ("  Mr. Ishiba said so.  He left.  \n");
  g_autofree char *first = sentence (&s, 0);
  g_autofree char *second = sentence (&s, 1);
  ck_assert_str_eq (first, "Mr. Ishiba said so.");
  ck_assert_str_eq (second, "He left.");
}
END_TEST

START_TEST (test_closing_marks_stay_in_the_sentence)
{
  g_auto (Segmented) s = segment ("\"Stop.\" Talks ended (in failure.) Then what?!' Yes.");
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 4);
  g_autofree char *first = sentence (&s, 0);
  g_autofree char *second = sentence (&s, 1);
  g_autofree char *third = sentence (&s, 2);
  ck_assert_str_eq (first, "\"Stop.\"");
  ck_assert_str_eq (second, "Talks ended (in failure.)");
  ck_assert_str_eq (third, "Then what?!'");
}
END_TEST

START_TEST (test_ellipsis_inside_a_quote)
{
  g_auto (Segmented) s = segment ("Kim said \"the United States\u2026 has been trying\" for years. "
                                  "Then he left.");
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 2);
  g_autofree char *first = sentence (&s, 0);
  ck_assert_str_eq (first, "Kim said \"the United States... has been trying\" for years.");
}
END_TEST

/* ### Tokens */

START_TEST (test_possessive)
{
  assert_tokens ("Japan's move", "Japan:W 's:S+ move:W");
  assert_tokens ("JAPAN'S MOVE", "JAPAN:W 'S:S+ MOVE:W");
  assert_tokens ("Japan\u2019s move", "Japan:W 's:S+ move:W");
  assert_tokens ("the allies' plan", "the:W allies:W ':S+ plan:W");
  assert_tokens ("the U.S.'s role", "the:W U.S.:W 's:S+ role:W");
}
END_TEST

START_TEST (test_inner_apostrophes)
{
  assert_tokens ("O'Brien didn't", "O'Brien:W didn't:W");
  /* After the words of contracted_s, 's is "is" or "has": one word. */
  assert_tokens ("it's", "it's:W");
  assert_tokens ("It's what's there", "It's:W what's:W there:W");
  assert_tokens ("THAT'S it, let's go", "THAT'S:W it:W ,:P+ let's:W go:W");
  assert_tokens ("Kim's plan", "Kim:W 's:S+ plan:W");
  assert_tokens ("its plan", "its:W plan:W");
  assert_tokens ("'quoted'", "':P quoted:W+ ':P+");
}
END_TEST

START_TEST (test_decades_with_apostrophe)
{
  assert_tokens ("in the 1990's.", "in:W the:W 1990's:N .:P+");
  assert_tokens ("the 90's and '80s", "the:W 90's:N and:W '80s:N");
  assert_tokens ("1990's music", "1990's:N music:W");
}
END_TEST

START_TEST (test_slash_and_hyphen_split_names)
{
  assert_tokens ("Senkaku/Diaoyu Islands", "Senkaku:W /:P+ Diaoyu:W+ Islands:W");
  assert_tokens ("Seoul-Tokyo ties", "Seoul:W -:P+ Tokyo:W+ ties:W");
  assert_tokens ("Seoul - Tokyo", "Seoul:W -:P Tokyo:W");
  assert_tokens ("Seoul\u2013Tokyo", "Seoul:W -:P+ Tokyo:W+");
  assert_tokens ("2025-01-20", "2025:N -:P+ 01:N+ -:P+ 20:N+");
}
END_TEST

START_TEST (test_abbreviations_keep_their_periods)
{
  assert_tokens ("the U.S. and D.P.R.K. met", "the:W U.S.:W and:W D.P.R.K.:W met:W");
  assert_tokens ("on Jan. 16 with Mr. Kim", "on:W Jan.:W 16:N with:W Mr.:W Kim:W");
  assert_tokens ("John F. Kennedy", "John:W F.:W Kennedy:W");
  assert_tokens ("Acme Inc. said", "Acme:W Inc.:W said:W");
  /* Not an abbreviation: the period is its own token. */
  assert_tokens ("It ended. Then", "It:W ended:W .:P+ Then:W");
  /* A number's label is an abbreviation before a number only. */
  assert_tokens ("under Art. 9 and No. 5", "under:W Art.:W 9:N and:W No.:W 5:N");
  assert_tokens ("the Museum of Modern Art. Then",
                 "the:W Museum:W of:W Modern:W Art:W .:P+ Then:W");
  assert_tokens ("It ended in Jan. Then", "It:W ended:W in:W Jan.:W Then:W");
}
END_TEST

START_TEST (test_numbers)
{
  assert_tokens ("11,000 troops", "11,000:N troops:W");
  assert_tokens ("17.5 percent", "17.5:N percent:W");
  assert_tokens ("the '90s and 1990s", "the:W '90s:N and:W 1990s:N");
  assert_tokens ("the 17th 5G", "the:W 17th:N 5G:N");
  assert_tokens ("in 2024, 3.", "in:W 2024:N ,:P+ 3:N .:P+");
}
END_TEST

START_TEST (test_punctuation)
{
  assert_tokens ("Wait... what?!", "Wait:W ...:P+ what:W ?:P+ !:P+");
  assert_tokens ("(KCNA) \"No\"", "(:P KCNA:W+ ):P+ \":P No:W+ \":P+");
}
END_TEST

START_TEST (test_non_ascii_words)
{
  assert_tokens ("Caf\u00e9 in P\u2019yongyang", "Caf\u00e9:W in:W P'yongyang:W");
  assert_tokens ("e\u0301lan \u0425\u0430\u0441\u0430\u043d",
                 "\u00e9lan:W \u0425\u0430\u0441\u0430\u043d:W");
  assert_tokens ("\ud3c9\uc591", "\ud3c9\uc591:W");
}
END_TEST

/* Each token's hash and shape are those of its bytes, whatever their
 * ASCII case and wherever the token lies (the last token of the text is
 * hashed without reading past it); a word of the rules, lowercase, has
 * the same hash and filter key as any casing of it in the text. */
START_TEST (test_token_hash_and_shape)
{
  static const char *const texts[] = {
    "The U.S. Department of Agriculture said on Jan. 16 it expects 11,000 to 13,000 "
    "troops, a TWELVE-FOOT wall and Ölkerr\u00f6's internationalisation by 2025.",
    "Said JAN.",
    "x",
  };
  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_auto(Segmented) s = segment (texts[k]);
      const char *norm = px_text_get_normalized (s.text, NULL);
      guint n = px_segmentation_n_tokens (s.seg);
      ck_assert_uint_gt (n, 0);
      for (guint i = 0; i < n; i++)
        {
          const PxToken *t = px_segmentation_get_token (s.seg, i);
          gsize len = t->span.end - t->span.start;
          const char *bytes = norm + t->span.start;
          ck_assert_uint_eq (t->hash, px_segment_hash (bytes, len));
          ck_assert_uint_eq (t->shape, px_segment_shape (bytes, len));
          g_autofree char *lower = g_ascii_strdown (bytes, (gssize) len);
          ck_assert_uint_eq (t->hash, px_segment_hash (lower, len));
          ck_assert_uint_eq (t->shape & PX_TOKEN_SHAPE_KEY,
                             px_segment_shape (lower, len) & PX_TOKEN_SHAPE_KEY);
          ck_assert_int_eq ((t->shape & PX_TOKEN_SHAPE_CAPITAL) != 0, g_ascii_isupper (bytes[0]));
        }
    }
  /* Different words, different hashes (these at least). */
  ck_assert_uint_ne (px_segment_hash ("jan", 3), px_segment_hash ("jan.", 4));
  ck_assert_uint_ne (px_segment_hash ("internationalisation", 20),
                     px_segment_hash ("internationalisatioN.", 21));
  ck_assert_uint_ne (px_segment_hash ("@", 1), px_segment_hash ("`", 1));
  ck_assert_uint_ne (px_segment_hash ("[", 1), px_segment_hash ("{", 1));
}
END_TEST

START_TEST (test_tokens_belong_to_their_sentences)
{
  g_auto (Segmented) s = segment ("Japan's move. Seoul-Tokyo ties, 11,000 troops. End");
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 3);
  guint next = 0;
  for (guint i = 0; i < px_segmentation_n_sentences (s.seg); i++)
    {
      const PxSentence *sent = px_segmentation_get_sentence (s.seg, i);
      ck_assert_uint_eq (sent->first_token, next);
      ck_assert_uint_gt (sent->n_tokens, 0);
      next += sent->n_tokens;
    }
  ck_assert_uint_eq (next, px_segmentation_n_tokens (s.seg));
  ck_assert_uint_eq (px_segmentation_get_sentence (s.seg, 1)->n_tokens, 8);
  /* The first token of a sentence is never joined. */
  guint first = px_segmentation_get_sentence (s.seg, 1)->first_token;
  ck_assert (!px_segmentation_get_token (s.seg, first)->joined);
}
END_TEST

/* The first token at or after an offset, among the tokens below a bound. */
START_TEST (test_token_from_offset)
{
  g_auto (Segmented) s = segment ("Seoul met Tokyo. Ties grew.");
  guint n = px_segmentation_n_tokens (s.seg);
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 0, n), 0);
  /* "met" starts at 6; offset 5 is the space before it. */
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 5, n), 1);
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 6, n), 1);
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 7, n), 2);
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 1000, n), n);
  /* Only the tokens below the bound are looked at. */
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 1000, 2), 2);
  ck_assert_uint_eq (px_segmentation_token_from (s.seg, 0, n + 5), 0);
}
END_TEST

/* ### Paragraphs */

START_TEST (test_paragraph_per_line)
{
  g_auto (Segmented) s = segment ("First paragraph here.\nSecond one here.\n\nThird.\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 3);
  g_autofree char *second = paragraph (&s, 1);
  ck_assert_str_eq (second, "Second one here.");
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 3);
  for (guint i = 0; i < 3; i++)
    ck_assert_uint_eq (px_segmentation_get_sentence (s.seg, i)->paragraph, i);
}
END_TEST

/* A sentence never runs across a paragraph break, ended or not. */
START_TEST (test_sentence_stops_at_paragraph_end)
{
  g_auto (Segmented) s = segment ("A line without an end\nAnother line that goes on\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 2);
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 2);
}
END_TEST

START_TEST (test_paragraphs_hard_wrapped)
{
  g_auto (Segmented) s = segment ("This text is wrapped at a fixed width so that\n"
                                  "its lines end in the middle of a sentence and\n"
                                  "go on in the next line as old wire copy and\n"
                                  "mail archives do when they are printed. It\n"
                                  "ends here.\n"
                                  "\n"
                                  "A second paragraph.\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 2);
  ck_assert_uint_eq (px_segmentation_n_sentences (s.seg), 3);
  g_autofree char *second = sentence (&s, 1);
  ck_assert_str_eq (second, "It\nends here.");
  ck_assert_uint_eq (px_segmentation_get_sentence (s.seg, 1)->paragraph, 0);
  ck_assert_uint_eq (px_segmentation_get_sentence (s.seg, 2)->paragraph, 1);
}
END_TEST

/* Fewer than four wrapped lines are not evidence of hard wrapping. */
START_TEST (test_few_open_lines_stay_paragraphs)
{
  g_auto (Segmented) s = segment ("Headline without a stop\nA line.\n"
                                  "Another line without one\nLast.\n");
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 4);
}
END_TEST

START_TEST (test_ranges_bound_segmentation)
{
  const char *data = "Kept one. Dropped two. Kept three.";
  g_autoptr(PxText) text = px_text_new ("r.txt", data, strlen (data), NULL, NULL);
  PxSpan ranges[] = { { 0, 9 }, { 23, 34 } };
  g_autoptr(PxSegmentation) seg = px_segment (rules, text, ranges, 2);
  ck_assert_uint_eq (px_segmentation_n_paragraphs (seg), 2);
  ck_assert_uint_eq (px_segmentation_n_sentences (seg), 2);
  g_autofree char *first = px_test_slice (text, px_segmentation_get_sentence (seg, 0)->span);
  g_autofree char *second = px_test_slice (text, px_segmentation_get_sentence (seg, 1)->span);
  ck_assert_str_eq (first, "Kept one.");
  ck_assert_str_eq (second, "Kept three.");
  ck_assert_uint_eq (px_segmentation_get_sentence (seg, 1)->paragraph, 1);
}
END_TEST

/* A cut between two ranges breaks a paragraph even in hard-wrapped text. */
START_TEST (test_ranges_break_wrapped_paragraphs)
{
  const char *data = "one two three four\nfive six seven eight\nnine ten eleven\n"
                     "twelve thirteen\nfourteen fifteen\nsixteen seventeen\n";
  g_autoptr(PxText) text = px_text_new ("w.txt", data, strlen (data), NULL, NULL);
  const char *cut = strstr (data, "twelve");
  PxSpan ranges[] = { { 0, cut - data }, { cut - data, strlen (data) } };
  g_autoptr(PxSegmentation) seg = px_segment (rules, text, ranges, 2);
  ck_assert_uint_eq (px_segmentation_n_paragraphs (seg), 2);
  g_autofree char *second = px_test_slice (text, px_segmentation_get_paragraph (seg, 1));
  ck_assert_str_eq (second, "twelve thirteen\nfourteen fifteen\nsixteen seventeen");
}
END_TEST

START_TEST (test_no_ranges)
{
  g_autoptr(PxText) text = px_text_new ("n.txt", "Text.", 5, NULL, NULL);
  g_autoptr(PxSegmentation) seg = px_segment (rules, text, NULL, 0);
  ck_assert_uint_eq (px_segmentation_n_paragraphs (seg), 0);
  ck_assert_uint_eq (px_segmentation_n_sentences (seg), 0);
  ck_assert_uint_eq (px_segmentation_n_tokens (seg), 0);
}
END_TEST

/* ### The corpus */

typedef struct {
  const char *file;
  guint sentences;
} CorpusCount;

/* Pinned from the cleaned bodies, checked by reading them. */
static const CorpusCount corpus[] = {
  { "kcna-2025-01-20.txt", 13 },
  { "firstpost-2025-01-20.txt", 21 },
  { "hotaaj-2025-01.txt", 21 },
  { "rt-2023-05-16.txt", 10 },
  { "washingtontimes-2025-01-20.txt", 26 },
};

/* A corpus file, cleaned with the bundled rules and segmented. */
static Segmented
segment_corpus (const char *file)
{
  Segmented s = { px_test_load_corpus (file), NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), s.text, &error);
  ck_assert_msg (cleaned != NULL, "%s", error != NULL ? error->message : "");
  guint n = px_cleaned_n_kept (cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, n);
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (cleaned, i);
  s.seg = px_segment (rules, s.text, kept, n);
  return s;
}

START_TEST (test_corpus_sentence_count)
{
  g_auto (Segmented) s = segment_corpus (corpus[_i].file);
  ck_assert_msg (px_segmentation_n_sentences (s.seg) == corpus[_i].sentences,
                 "%s: %u sentences, expected %u", corpus[_i].file,
                 px_segmentation_n_sentences (s.seg), corpus[_i].sentences);
}
END_TEST

START_TEST (test_kcna_sentences)
{
  g_auto (Segmented) s = segment_corpus ("kcna-2025-01-20.txt");
  g_autofree char *first = sentence (&s, 0);
  g_autofree char *tenth = sentence (&s, 9);
  g_autofree char *last = sentence (&s, 12);
  ck_assert (g_str_has_prefix (first, "Kim Ryo Won, an international security analyst"));
  /* The article's title is quoted and the sentence ends with a colon. */
  ck_assert (g_str_has_suffix (first, "adding new instability to the regional situation\":"));
  ck_assert_str_eq (tenth, "This is a dangerous development of the situation.");
  ck_assert (g_str_has_prefix (last, "Japan should bear in mind"));
  /* Nine lines of story, some of several sentences. */
  ck_assert_uint_eq (px_segmentation_n_paragraphs (s.seg), 9);
}
END_TEST

/* Sentences the abbreviation rules must keep whole. */
START_TEST (test_corpus_sentences_kept_whole)
{
  static const struct { const char *file; const char *start; const char *end; } whole[] = {
    { "washingtontimes-2025-01-20.txt", "\"Japan set up its independent mission",
      "monitored in Seoul on Monday." },
    { "washingtontimes-2025-01-20.txt", "On Jan. 16, Tokyo opened a mission", "Osamu Izawa." },
    { "washingtontimes-2025-01-20.txt", "Similarly, the KCNA said", "Asia-Pacific region.\"" },
    { "rt-2023-05-16.txt", "\"It is an open secret that the United States...",
      "in the international community.\"" },
    { "firstpost-2025-01-20.txt", "KCNA stated that Japan's decision",
      "\"provocative military hegemony.\"" },
  };
  for (guint w = 0; w < G_N_ELEMENTS (whole); w++)
    {
      g_auto (Segmented) s = segment_corpus (whole[w].file);
      gboolean found = FALSE;
      for (guint i = 0; i < px_segmentation_n_sentences (s.seg) && !found; i++)
        {
          g_autofree char *text = sentence (&s, i);
          if (g_str_has_prefix (text, whole[w].start))
            {
              ck_assert_msg (g_str_has_suffix (text, whole[w].end), "%s: sentence %u: %s",
                             whole[w].file, i, text);
              found = TRUE;
            }
        }
      ck_assert_msg (found, "%s: no sentence starts '%s'", whole[w].file, whole[w].start);
    }
}
END_TEST

/* Structure: paragraphs in order; sentences in order inside their
 * paragraph; tokens in order inside their sentence; and every non-space
 * byte of a paragraph in exactly one token. */
START_TEST (test_corpus_structure)
{
  g_auto (Segmented) s = segment_corpus (corpus[_i].file);
  const char *norm = px_text_get_normalized (s.text, NULL);
  guint n_paragraphs = px_segmentation_n_paragraphs (s.seg);
  guint next_token = 0;
  gsize previous_end = 0;
  for (guint i = 0; i < px_segmentation_n_sentences (s.seg); i++)
    {
      const PxSentence *sent = px_segmentation_get_sentence (s.seg, i);
      ck_assert_uint_lt (sent->paragraph, n_paragraphs);
      PxSpan para = px_segmentation_get_paragraph (s.seg, sent->paragraph);
      ck_assert_uint_ge (sent->span.start, MAX (para.start, previous_end));
      ck_assert_uint_le (sent->span.end, para.end);
      ck_assert_uint_eq (sent->first_token, next_token);
      gsize pos = sent->span.start;
      for (guint t = sent->first_token; t < sent->first_token + sent->n_tokens; t++)
        {
          PxSpan tok = px_token_span (px_segmentation_get_token (s.seg, t));
          ck_assert_uint_lt (tok.start, tok.end);
          for (; pos < tok.start; pos++)
            ck_assert_msg (norm[pos] == ' ' || norm[pos] == '\n',
                           "%s: byte %zu ('%.20s') in no token", corpus[_i].file, pos, norm + pos);
          pos = tok.end;
        }
      ck_assert_uint_eq (pos, sent->span.end);
      next_token += sent->n_tokens;
      previous_end = sent->span.end;
    }
  ck_assert_uint_eq (next_token, px_segmentation_n_tokens (s.seg));

  for (guint p = 0; p < n_paragraphs; p++)
    {
      PxSpan para = px_segmentation_get_paragraph (s.seg, p);
      ck_assert (norm[para.start] != ' ' && norm[para.start] != '\n');
      ck_assert (norm[para.end - 1] != ' ' && norm[para.end - 1] != '\n');
      if (p > 0)
        ck_assert_uint_gt (para.start, px_segmentation_get_paragraph (s.seg, p - 1).end);
    }
}
END_TEST

/* ### Rules files */

typedef struct {
  const char *yaml;
  const char *message;
} BadRules;

#define LISTS "before_number: []\nmay_end: []\nsentence_starters: []\nname_letters: []\n"

static const BadRules bad_rules[] = {
  { "version: 1\ntitles: [Mr]\n" LISTS,
    "abbrev.yaml:2:10: 'Mr': an abbreviation is written with its final period" },
  { "version: 1\ntitles: [Mr., Mr.]\n" LISTS, "abbrev.yaml:2:15: 'Mr.' is listed twice" },
  { "version: 1\ntitles: [Inc.]\nbefore_number: []\nmay_end: [Inc.]\nsentence_starters: []\n"
    "name_letters: []\n",
    "abbrev.yaml:4:11: 'Inc.' is listed twice" },
  { "version: 1\ntitles: [Mr.]\n", "abbrev.yaml:1:1: missing key 'before_number'" },
  { "titles: []\n" LISTS, "abbrev.yaml:1:1: missing key 'version'" },
  { "version: 3\ntitles: []\n" LISTS,
    "abbrev.yaml:1:10: version 3 is not supported (this parallax reads version 1)" },
  { "version: 1\ntitles: []\nmaybe_end: []\n" LISTS,
    "abbrev.yaml:3:1: unknown key 'maybe_end' (expected one of: version, titles, before_number, "
    "number_labels, may_end, sentence_starters, numeral_letters, name_letters, contracted_s)" },
  { "version: 1\ntitles: []\nbefore_number: []\nmay_end: []\nsentence_starters: []\n",
    "abbrev.yaml:1:1: missing key 'name_letters'" },
  { "version: 1\ntitles: []\nbefore_number: []\nmay_end: []\nsentence_starters: []\n"
    "name_letters: [XI]\n",
    "abbrev.yaml:6:16: 'XI': a name's letter is one capital letter, without its period" },
  { "version: 1\ntitles: []\n" LISTS "number_labels: [No]\n",
    "abbrev.yaml:7:17: 'No': an abbreviation is written with its final period" },
  { "version: 1\ntitles: []\n" LISTS "numeral_letters: [II]\n",
    "abbrev.yaml:7:19: 'II': a numeral letter is one capital letter, without its period" },
  { "version: 1\ntitles: []\n" LISTS "numeral_letters: [I.]\n",
    "abbrev.yaml:7:19: 'I.': a numeral letter is one capital letter" },
  { "version: 1\ntitles: []\n" LISTS "contracted_s: [It]\n",
    "abbrev.yaml:7:16: 'It': a word before 's is written in lowercase ASCII letters" },
  { "version: 1\ntitles: []\n" LISTS "contracted_s: [it, it]\n",
    "abbrev.yaml:7:20: 'it' is listed twice" },
  { "version: 1\ntitles: Mr.\n" LISTS, "abbrev.yaml:2:9: expected a list, found a scalar" },
  { "version: 1\ntitles: [[Mr.]]\n" LISTS, "abbrev.yaml:2:10: expected a scalar, found a list" },
  { "version: 1\ntitles: [Mr.\n", "abbrev.yaml:3:1: did not find expected ',' or ']'" },
};

START_TEST (test_bad_abbreviation_file)
{
  g_autofree char *path = px_test_write ("abbrev.yaml", bad_rules[_i].yaml, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSegmentRules) loaded = px_segment_rules_load (path, &error);
  ck_assert_msg (loaded == NULL, "accepted:\n%s", bad_rules[_i].yaml);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, bad_rules[_i].message, NULL);
  ck_assert (g_str_has_prefix (error->message, path));
}
END_TEST

START_TEST (test_custom_abbreviations)
{
  g_autofree char *path = px_test_write ("abbrev.yaml",
                                         "version: 1\n"
                                         "titles:\n  - Amb.\n"
                                         "before_number: []\n"
                                         "may_end: [Ltd.]\n"
                                         "sentence_starters: [Then]\n"
                                         "name_letters: []\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSegmentRules) custom = px_segment_rules_load (path, &error);
  ck_assert_msg (custom != NULL, "%s", error != NULL ? error->message : "");
  const char *data = "Amb. Kim met Mr. Lee of Acme Ltd. Then Acme Ltd. The end.";
  g_autoptr(PxText) text = px_text_new ("c.txt", data, strlen (data), NULL, NULL);
  PxSpan all = { 0, strlen (data) };
  g_autoptr(PxSegmentation) seg = px_segment (custom, text, &all, 1);
  /* "Mr." is not listed here, so it ends a sentence; "Ltd." ends one only before "Then". */
  ck_assert_uint_eq (px_segmentation_n_sentences (seg), 3);
  g_autofree char *first = px_test_slice (text, px_segmentation_get_sentence (seg, 0)->span);
  ck_assert_str_eq (first, "Amb. Kim met Mr.");
}
END_TEST

START_TEST (test_missing_abbreviation_file)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "abbreviations.yaml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSegmentRules) loaded = px_segment_rules_load (path, &error);
  ck_assert_ptr_null (loaded);
  px_test_assert_error (error, PX_ERROR_IO, "abbreviations.yaml", NULL);
}
END_TEST

Suite *
px_test_segment_suite (void)
{
  Suite *s = suite_create ("segment");

  TCase *sentences = tcase_create ("sentences");
  tcase_add_unchecked_fixture (sentences, load_rules, NULL);
  tcase_add_loop_test (sentences, test_sentence_count, 0, G_N_ELEMENTS (counts));
  tcase_add_test (sentences, test_sentence_spans_exclude_spaces);
  tcase_add_test (sentences, test_closing_marks_stay_in_the_sentence);
  tcase_add_test (sentences, test_ellipsis_inside_a_quote);
  suite_add_tcase (s, sentences);

  TCase *tokens = tcase_create ("tokens");
  tcase_add_unchecked_fixture (tokens, load_rules, NULL);
  tcase_add_test (tokens, test_possessive);
  tcase_add_test (tokens, test_inner_apostrophes);
  tcase_add_test (tokens, test_decades_with_apostrophe);
  tcase_add_test (tokens, test_slash_and_hyphen_split_names);
  tcase_add_test (tokens, test_abbreviations_keep_their_periods);
  tcase_add_test (tokens, test_numbers);
  tcase_add_test (tokens, test_punctuation);
  tcase_add_test (tokens, test_non_ascii_words);
  tcase_add_test (tokens, test_tokens_belong_to_their_sentences);
  tcase_add_test (tokens, test_token_from_offset);
  tcase_add_test (tokens, test_token_hash_and_shape);
  suite_add_tcase (s, tokens);

  TCase *paragraphs = tcase_create ("paragraphs");
  tcase_add_unchecked_fixture (paragraphs, load_rules, NULL);
  tcase_add_test (paragraphs, test_paragraph_per_line);
  tcase_add_test (paragraphs, test_sentence_stops_at_paragraph_end);
  tcase_add_test (paragraphs, test_paragraphs_hard_wrapped);
  tcase_add_test (paragraphs, test_few_open_lines_stay_paragraphs);
  tcase_add_test (paragraphs, test_ranges_bound_segmentation);
  tcase_add_test (paragraphs, test_ranges_break_wrapped_paragraphs);
  tcase_add_test (paragraphs, test_no_ranges);
  suite_add_tcase (s, paragraphs);

  TCase *corpus_case = tcase_create ("corpus");
  tcase_add_unchecked_fixture (corpus_case, load_rules, NULL);
  tcase_add_loop_test (corpus_case, test_corpus_sentence_count, 0, G_N_ELEMENTS (corpus));
  tcase_add_test (corpus_case, test_kcna_sentences);
  tcase_add_test (corpus_case, test_corpus_sentences_kept_whole);
  tcase_add_loop_test (corpus_case, test_corpus_structure, 0, G_N_ELEMENTS (corpus));
  suite_add_tcase (s, corpus_case);

  TCase *files = tcase_create ("rules");
  tcase_add_loop_test (files, test_bad_abbreviation_file, 0, G_N_ELEMENTS (bad_rules));
  tcase_add_test (files, test_custom_abbreviations);
  tcase_add_test (files, test_missing_abbreviation_file);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_segment_suite ());
}
