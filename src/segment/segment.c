/* segment.c: paragraphs, sentences and tokens (see segment.h).
 *
 * Everything here reads the normalised text, where quotes are ASCII and
 * spaces are " ", so the scanning can look at bytes for punctuation and
 * decode UTF-8 only to ask whether a character is a letter.
 */
#include "config.h"

#include <string.h>

#include "segment/abbrev.h"

struct _PxSegmentation {
  GArray *paragraphs;    /* PxSpan */
  GArray *sentences;     /* PxSentence */
  GArray *tokens;        /* PxToken */
};

typedef struct {
  const PxSegmentRules *rules;
  const char *text;
  gsize len;             /* of text */
  PxSegmentation *out;
} Segmenter;

/* ### Characters */

/* Nearly every character of news in English is ASCII, read without a
 * call: decoding and the Unicode tables were a third of segmenting. */
static inline gunichar
char_at (const char *text, gsize i)
{
  guint8 b = (guint8) text[i];
  return b < 0x80 ? b : g_utf8_get_char (text + i);
}

static inline gsize
next_char (const char *text, gsize i)
{
  return (guint8) text[i] < 0x80 ? i + 1 : (gsize) (g_utf8_next_char (text + i) - text);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);   /* no ASCII character is a mark */
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_closer (char c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

static gboolean
is_opener (char c)
{
  return c == '"' || c == '\'' || c == '(' || c == '[';
}

static gboolean
is_terminal (char c)
{
  return c == '.' || c == '!' || c == '?';
}

/* ### Paragraphs */

typedef struct {
  PxSpan span;           /* without surrounding spaces */
} Line;

static void
collect_lines (const char *text, const PxSpan *ranges, guint n_ranges, GArray *lines,
               GArray *breaks)
{
  for (guint r = 0; r < n_ranges; r++)
    {
      gsize pos = ranges[r].start;
      while (pos < ranges[r].end)
        {
          const char *nl = memchr (text + pos, '\n', ranges[r].end - pos);
          gsize end = nl ? (gsize) (nl - text) : ranges[r].end;
          Line line = { { pos, end } };
          while (line.span.start < line.span.end && text[line.span.start] == ' ')
            line.span.start++;
          while (line.span.end > line.span.start && text[line.span.end - 1] == ' ')
            line.span.end--;
          gboolean blank = line.span.start == line.span.end;
          /* A blank line or the gap between two kept ranges separates paragraphs. */
          if ((blank || pos == ranges[r].start) && lines->len > 0)
            {
              g_array_set_size (breaks, lines->len);
              g_array_index (breaks, gboolean, lines->len - 1) = TRUE;
            }
          if (!blank)
            g_array_append_val (lines, line);
          pos = nl ? end + 1 : end;
        }
    }
  g_array_set_size (breaks, lines->len);
}

static gboolean
line_ends_sentence (const char *text, const Line *line)
{
  gsize end = line->span.end;
  while (end > line->span.start && is_closer (text[end - 1]))
    end--;
  return end > line->span.start && (is_terminal (text[end - 1]) || text[end - 1] == ':');
}

/* Hard-wrapped text breaks lines mid-sentence; a capture with a paragraph
 * per line ends nearly every line with a full stop. */
static gboolean
looks_hard_wrapped (const char *text, const GArray *lines, const GArray *breaks)
{
  guint open = 0, followed = 0;
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      if (g_array_index (breaks, gboolean, i))
        continue;
      followed++;
      if (!line_ends_sentence (text, &g_array_index (lines, Line, i)))
        open++;
    }
  return followed >= 4 && open * 2 > followed;
}

static void
add_paragraphs (Segmenter *s, const PxSpan *ranges, guint n_ranges)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_autoptr(GArray) breaks = g_array_new (FALSE, TRUE, sizeof (gboolean));
  collect_lines (s->text, ranges, n_ranges, lines, breaks);
  gboolean wrapped = looks_hard_wrapped (s->text, lines, breaks);
  for (guint i = 0; i < lines->len; i++)
    {
      PxSpan para = g_array_index (lines, Line, i).span;
      while (wrapped && !g_array_index (breaks, gboolean, i) && i + 1 < lines->len)
        para.end = g_array_index (lines, Line, ++i).span.end;
      g_array_append_val (s->out->paragraphs, para);
    }
}

/* ### Sentences */

/* The start of the word that ends just before @period. */
static gsize
word_start (const char *text, gsize from, gsize period)
{
  gsize w = period;
  while (w > from && text[w - 1] != ' ' && text[w - 1] != '\n' && !is_opener (text[w - 1]))
    w--;
  return w;
}

static gsize
word_end (const char *text, gsize from, gsize limit)
{
  gsize e = from;
  while (e < limit && g_ascii_isalpha (text[e]))
    e++;
  return e;
}

/* "R." (an initial), "U.S.", "D.P.R.K.": letters each followed by a period. */
static gboolean
is_letter_period_run (const char *text, gsize start, gsize end)
{
  if (end - start < 2 || (end - start) % 2 != 0)
    return FALSE;
  for (gsize i = start; i < end; i += 2)
    if (!g_ascii_isalpha (text[i]) || text[i + 1] != '.')
      return FALSE;
  return end - start > 2 || g_ascii_isupper (text[start]);
}

/* Whether a word in lower case ends right before the space before @w,
 * within the text from @from: "on X", not "Malcolm X". */
static gboolean
after_lower_word (const char *text, gsize from, gsize w)
{
  if (w < from + 2 || text[w - 1] != ' ')
    return FALSE;
  gsize start = w - 1;
  while (start > from && g_ascii_isalpha (text[start - 1]))
    start--;
  return start < w - 1 && g_ascii_islower (text[start]);
}

/* Whether the single period at @period, followed (after spaces) by the
 * character at @next, ends a sentence, given the word it closes. */
static gboolean
period_ends_sentence (const Segmenter *s, gsize from, gsize period, gsize next, gsize limit)
{
  gsize w = word_start (s->text, from, period);
  gsize len = period + 1 - w;
  const char *word = s->text + w;
  gboolean starter = FALSE;
  if (g_ascii_isalpha (s->text[next]))
    starter = px_segment_rules_is_starter (s->rules, s->text + next,
                                           word_end (s->text, next, limit) - next);
  switch (px_segment_rules_classify (s->rules, word, len))
    {
    case PX_ABBREV_TITLE:
      return FALSE;
    case PX_ABBREV_BEFORE_NUMBER:
    case PX_ABBREV_NUMBER_LABEL:
      return !g_ascii_isdigit (s->text[next]);
    case PX_ABBREV_MAY_END:
      return starter;
    case PX_ABBREV_NONE:
    default:
      break;
    }
  /* An initial never ends a sentence, but a numeral letter after a name
   * ("World War I.", "Henry V.") often does: like "U.S.", it ends one
   * before a word that usually opens a sentence; and a letter that is a
   * name of its own does after a word in lower case, which no initial
   * follows in a name ("wrote on X. Activision's chief"). */
  if (is_letter_period_run (s->text, w, period + 1))
    return ((len > 2 || px_segment_rules_is_numeral (s->rules, word[0])) && starter)
           || (len == 2 && px_segment_rules_is_name_letter (s->rules, word[0])
               && after_lower_word (s->text, from, w));
  return TRUE;
}

/* If a sentence ends at the terminal mark @i, returns where it ends (after
 * any closing marks); else 0. */
static gsize
sentence_end_at (const Segmenter *s, gsize from, gsize i, gsize limit)
{
  gsize j = i + 1;
  while (j < limit && is_terminal (s->text[j]))
    j++;
  while (j < limit && is_closer (s->text[j]))
    j++;
  if (j >= limit)
    return limit;
  if (s->text[j] != ' ' && s->text[j] != '\n')
    return 0;
  gsize k = j;
  while (k < limit && (s->text[k] == ' ' || s->text[k] == '\n'))
    k++;
  if (k >= limit)
    return j;
  gunichar n = char_at (s->text, k);
  if (!(g_unichar_isupper (n) || g_unichar_istitle (n) || g_unichar_isdigit (n)
        || is_opener (s->text[k])))
    return 0;
  gboolean single_period = s->text[i] == '.' && j - i == 1;
  if (single_period && !period_ends_sentence (s, from, i, k, limit))
    return 0;
  return j;
}

static void add_tokens (Segmenter *s, PxSentence *sentence);

static void
add_sentence (Segmenter *s, guint paragraph, gsize start, gsize end)
{
  while (start < end && (s->text[start] == ' ' || s->text[start] == '\n'))
    start++;
  while (end > start && (s->text[end - 1] == ' ' || s->text[end - 1] == '\n'))
    end--;
  if (start == end)
    return;
  PxSentence sentence = { { start, end }, paragraph, 0, 0 };
  add_tokens (s, &sentence);
  g_array_append_val (s->out->sentences, sentence);
}

static void
add_sentences (Segmenter *s, guint paragraph)
{
  PxSpan para = g_array_index (s->out->paragraphs, PxSpan, paragraph);
  gsize start = para.start;
  for (gsize i = para.start; i < para.end; i++)
    {
      if (!is_terminal (s->text[i]))
        continue;
      gsize end = sentence_end_at (s, start, i, para.end);
      if (end == 0)
        continue;
      add_sentence (s, paragraph, start, end);
      start = i = end;
    }
  add_sentence (s, paragraph, start, para.end);
}

/* ### Tokens */

static gboolean is_possessive_s (const char *text, gsize i, gsize end);

static gsize
scan_number (const char *text, gsize i, gsize end)
{
  while (i < end)
    {
      if (g_ascii_isdigit (text[i]))
        i++;
      else if (g_ascii_isdigit (text[i - 1]) && is_possessive_s (text, i, end))
        i += 2;   /* "1990's", "the 90's": a plural, not a possessive */
      else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && g_ascii_isdigit (text[i + 1]))
        i++;
      else if (g_ascii_isalpha (text[i]))  /* 1990s, 17th, 5G */
        i++;
      else
        break;
    }
  return i;
}

static gboolean
is_possessive_s (const char *text, gsize i, gsize end)
{
  return text[i] == '\'' && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S')
         && (i + 2 >= end || !is_word_char (char_at (text, i + 2)));
}

/* A word from @start: letters, digits and marks, with inner apostrophes
 * that are not the possessive, hyphens excluded.  "'s" after a word of the
 * rules' contracted_s list ("it's") is "is" or "has", kept in the word
 * like "n't" in "don't". */
static gsize
scan_word (const Segmenter *s, gsize start, gsize end)
{
  const char *text = s->text;
  gsize i = start;
  while (i < end)
    {
      if (is_word_char (char_at (text, i)))
        i = next_char (text, i);
      else if (text[i] == '\'' && i + 1 < end && is_word_char (char_at (text, i + 1))
               && i > 0)
        {
          if (!is_possessive_s (text, i, end))
            i++;
          else if (px_segment_rules_contracts_s (s->rules, text + start, i - start))
            return i + 2;
          else
            break;
        }
      else
        break;
    }
  return i;
}

/* Whether a digit comes next after @i, past spaces, before @end. */
static gboolean
digit_follows (const char *text, gsize i, gsize end)
{
  while (i < end && (text[i] == ' ' || text[i] == '\n'))
    i++;
  return i < end && g_ascii_isdigit (text[i]);
}

/* Extends a word to its periods when it is an abbreviation: "U.S.", "Jan.".
 * A number's label is one only before a number: in "the Museum of Modern
 * Art." the period is a full stop, not part of the name. */
static gsize
extend_abbreviation (const Segmenter *s, gsize start, gsize i, gsize end)
{
  gsize run = start;
  while (run + 1 < end && g_ascii_isalpha (s->text[run]) && s->text[run + 1] == '.')
    run += 2;
  if (run > start + 2 || (run == start + 2 && i == start + 1))
    return run;
  if (i >= end || s->text[i] != '.')
    return i;
  switch (px_segment_rules_classify (s->rules, s->text + start, i + 1 - start))
    {
    case PX_ABBREV_NONE:
      return i;
    case PX_ABBREV_NUMBER_LABEL:
      return digit_follows (s->text, i + 1, end) ? i + 1 : i;
    default:
      return i + 1;
    }
}

/* A token per some four bytes of text: each extractor reads them all. */
G_STATIC_ASSERT (sizeof (PxToken) == 16);

/* px_segment_hash () of the token [@start, @end), whose last eight-byte
 * word is read whole and masked when the text goes on that far (nearly
 * always): the same hash, without a loop over the last bytes. */
static guint32
token_hash (const Segmenter *s, gsize start, gsize end)
{
  gsize len = end - start;
  gsize words = (len + 7) / 8;
  if (start + words * 8 > s->len)
    return px_segment_hash (s->text + start, len);
  const char *p = s->text + start;
  guint64 h = px_segment_hash_start (len);
  for (gsize k = 0; k < words; k++, p += 8)
    {
      guint64 w;
      memcpy (&w, p, 8);
      w = GUINT64_FROM_LE (w);
      gsize left = len - k * 8;
      if (left < 8)
        w &= (G_GUINT64_CONSTANT (1) << (8 * left)) - 1;
      h = px_segment_hash_mix (h, w);
    }
  return px_segment_hash_end (h);
}

static void
push_token (Segmenter *s, PxSentence *sentence, gsize start, gsize end, PxTokenKind kind,
            gboolean joined)
{
  const char *bytes = s->text + start;
  PxToken token = { { (guint32) start, (guint32) end }, token_hash (s, start, end),
                    (guint16) px_segment_shape (bytes, end - start), (guint8) kind,
                    joined != FALSE };
  if (sentence->n_tokens == 0)
    sentence->first_token = s->out->tokens->len;
  g_array_append_val (s->out->tokens, token);
  sentence->n_tokens++;
}

static void
add_tokens (Segmenter *s, PxSentence *sentence)
{
  const char *t = s->text;
  gsize end = sentence->span.end;
  gboolean joined = FALSE;
  gsize i = sentence->span.start;
  while (i < end)
    {
      if (t[i] == ' ' || t[i] == '\n')
        {
          joined = FALSE;
          i++;
          continue;
        }
      gsize start = i;
      PxTokenKind kind = PX_TOKEN_PUNCT;
      gboolean after_word = joined && s->out->tokens->len > 0 && sentence->n_tokens > 0
                            && g_array_index (s->out->tokens, PxToken,
                                              s->out->tokens->len - 1).kind == PX_TOKEN_WORD;
      if (g_ascii_isdigit (t[i])
          || (t[i] == '\'' && i + 2 < end && g_ascii_isdigit (t[i + 1])
              && g_ascii_isdigit (t[i + 2]) && !after_word))
        {
          i = scan_number (t, i + 1, end);
          kind = PX_TOKEN_NUMBER;
        }
      else if (is_word_char (char_at (t, i)))
        {
          i = extend_abbreviation (s, start, scan_word (s, i, end), end);
          kind = PX_TOKEN_WORD;
        }
      else if (after_word && is_possessive_s (t, i, end))
        {
          i += 2;
          kind = PX_TOKEN_POSSESSIVE;
        }
      else if (after_word && t[i] == '\'' && t[i - 1] == 's'
               && (i + 1 >= end || !is_word_char (char_at (t, i + 1))))
        {
          i++;
          kind = PX_TOKEN_POSSESSIVE;
        }
      else if (t[i] == '.' && i + 2 < end && t[i + 1] == '.' && t[i + 2] == '.')
        i += 3;
      else
        i = next_char (t, i);
      push_token (s, sentence, start, i, kind, joined);
      joined = TRUE;
    }
}

/* ### The whole */

PxSegmentation *
px_segment (const PxSegmentRules *rules, const PxText *text, const PxSpan *ranges,
            guint n_ranges)
{
  g_return_val_if_fail (rules != NULL && text != NULL, NULL);
  g_return_val_if_fail (ranges != NULL || n_ranges == 0, NULL);
  /* Tokens keep 32-bit offsets (PxTokenSpan); ingest refuses longer texts. */
  g_return_val_if_fail (n_ranges == 0 || ranges[n_ranges - 1].end <= G_MAXUINT32, NULL);

  PxSegmentation *out = g_new0 (PxSegmentation, 1);
  out->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  out->sentences = g_array_new (FALSE, FALSE, sizeof (PxSentence));
  out->tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  Segmenter s = { rules, NULL, 0, out };
  s.text = px_text_get_normalized (text, &s.len);
  add_paragraphs (&s, ranges, n_ranges);
  for (guint p = 0; p < out->paragraphs->len; p++)
    add_sentences (&s, p);
  return out;
}

void
px_segmentation_free (PxSegmentation *seg)
{
  if (seg == NULL)
    return;
  g_array_unref (seg->paragraphs);
  g_array_unref (seg->sentences);
  g_array_unref (seg->tokens);
  g_free (seg);
}

guint
px_segmentation_n_paragraphs (const PxSegmentation *seg)
{
  return seg->paragraphs->len;
}

PxSpan
px_segmentation_get_paragraph (const PxSegmentation *seg, guint i)
{
  g_return_val_if_fail (i < seg->paragraphs->len, ((PxSpan) { 0, 0 }));
  return g_array_index (seg->paragraphs, PxSpan, i);
}

guint
px_segmentation_n_sentences (const PxSegmentation *seg)
{
  return seg->sentences->len;
}

const PxSentence *
px_segmentation_get_sentence (const PxSegmentation *seg, guint i)
{
  g_return_val_if_fail (i < seg->sentences->len, NULL);
  return &g_array_index (seg->sentences, PxSentence, i);
}

guint
px_segmentation_n_tokens (const PxSegmentation *seg)
{
  return seg->tokens->len;
}

const PxToken *
px_segmentation_get_token (const PxSegmentation *seg, guint i)
{
  g_return_val_if_fail (i < seg->tokens->len, NULL);
  return &g_array_index (seg->tokens, PxToken, i);
}

guint
px_segmentation_token_from (const PxSegmentation *seg, gsize offset, guint below)
{
  guint lo = 0, hi = MIN (below, seg->tokens->len);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (seg->tokens, PxToken, mid).span.start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
