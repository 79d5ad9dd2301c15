/* claims.c: one claim per asserting sentence of a document's body
 * (docs/claims.md).
 *
 * One pass over the sentences, in text order.  The extraction's mentions,
 * dates and numbers are in text order too, so each is reached through a
 * cursor that only moves forward: the pass is linear in the tokens, plus
 * the quotes (few) for each claim.  A sentence is a claim when it is not a
 * question (unless the rules keep those) and has at least min_terms
 * content terms; the rest of the record (speaker, predicate, entities,
 * dates, numbers) is read only for those.
 */
#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "claims/claims-private.h"

/* What one px_claims_extract() call reads from, and its cursors. */
typedef struct {
  const PxClaimRules *rules;
  const char *t;                  /* the normalised text */
  const PxSegmentation *seg;
  const PxExtraction *extraction;
  const PxEntities *entities;
  struct sb_stemmer *stemmer;     /* owned by this call: stemmers keep state */
  GHashTable *stems;              /* owned: word -> its stem, as words recur */
  guint next_mention, next_date, next_number;
} Reader;

/* The extraction's items inside one sentence: [first, end). */
typedef struct {
  guint first, end;
} Range;

static void
claim_clear (PxClaim *claim)
{
  g_clear_pointer (&claim->entities, g_ptr_array_unref);
  g_clear_pointer (&claim->dates, g_array_unref);
  g_clear_pointer (&claim->numbers, g_array_unref);
  g_clear_pointer (&claim->terms, g_ptr_array_unref);
  g_clear_pointer (&claim->words, g_ptr_array_unref);
  g_clear_pointer (&claim->date_keys, g_ptr_array_unref);
  g_clear_pointer (&claim->number_keys, g_ptr_array_unref);
  g_clear_pointer (&claim->keys, g_free);
}

void
px_claims_free (PxClaims *claims)
{
  if (claims == NULL)
    return;
  g_array_unref (claims->claims);
  g_free (claims->keys);
  g_free (claims);
}

guint
px_claims_n (const PxClaims *claims)
{
  g_return_val_if_fail (claims != NULL, 0);
  return claims->claims->len;
}

const PxClaim *
px_claims_get (const PxClaims *claims, guint i)
{
  g_return_val_if_fail (claims != NULL && i < claims->claims->len, NULL);
  return &g_array_index (claims->claims, PxClaim, i);
}

const PxDocument *
px_claims_get_document (const PxClaims *claims)
{
  g_return_val_if_fail (claims != NULL, NULL);
  return claims->doc;
}

/* ### Small helpers */

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Sorts @array of strings and drops repeats (freeing them if it owns
 * them), so that two arrays can be compared by merging. */
static void
sort_unique (GPtrArray *array)
{
  g_ptr_array_sort (array, compare_strings);
  for (guint i = 1; i < array->len;)
    if (strcmp (array->pdata[i - 1], array->pdata[i]) == 0)
      g_ptr_array_remove_index (array, i);
    else
      i++;
}

static gboolean
inside (PxSpan inner, PxSpan outer)
{
  return inner.start >= outer.start && inner.end <= outer.end;
}

static char *
lower_slice (const Reader *r, PxSpan span)
{
  return g_utf8_strdown (r->t + span.start, (gssize) (span.end - span.start));
}

/* A word's lower case, in @buf when it fits; most words are short and
 * ASCII, where Unicode lower case is ASCII's, and are looked up in a set
 * and dropped, so they are not worth an allocation. */
#define WORD_BUF 64

static char *
lower_word (const Reader *r, PxSpan span, char *buf)
{
  const char *s = r->t + span.start;
  gsize len = span.end - span.start;
  if (len >= WORD_BUF)
    return lower_slice (r, span);
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) s[i] >= 0x80)
        return lower_slice (r, span);
      buf[i] = g_ascii_tolower (s[i]);
    }
  buf[len] = '\0';
  return buf;
}

static void
word_free (char *word, char *buf)
{
  if (word != buf)
    g_free (word);
}

static const PxToken *
token (const Reader *r, guint i)
{
  return px_segmentation_get_token (r->seg, i);
}

static gboolean
token_is (const Reader *r, guint i, const char *text)
{
  const PxToken *tok = token (r, i);
  gsize len = tok->span.end - tok->span.start;
  return len == strlen (text) && memcmp (r->t + tok->span.start, text, len) == 0;
}

/* Whether the lower-case form of token @i is in @set. */
static gboolean
token_in (const Reader *r, guint i, GHashTable *set)
{
  if (token (r, i)->kind != PX_TOKEN_WORD)
    return FALSE;
  char buf[WORD_BUF];
  char *word = lower_word (r, px_token_span (token (r, i)), buf);
  gboolean in = g_hash_table_contains (set, word);
  word_free (word, buf);
  return in;
}

/* ### Which sentences assert */

/* A sentence whose closing punctuation (before any closing quotes or
 * brackets) holds a question mark. */
static gboolean
is_question (const Reader *r, const PxSentence *s)
{
  for (guint i = s->first_token + s->n_tokens; i > s->first_token; i--)
    {
      if (token (r, i - 1)->kind != PX_TOKEN_PUNCT)
        return FALSE;
      if (token_is (r, i - 1, "?"))
        return TRUE;
    }
  return FALSE;
}

/* The items of a text-ordered list inside @span, moving *@next past them
 * (and past anything before @span, which no later sentence can hold). */
static Range
items_inside (guint *next, guint n, PxSpan (*span_of) (const Reader *, guint), const Reader *r,
              PxSpan span)
{
  while (*next < n && span_of (r, *next).start < span.start)
    (*next)++;
  Range range = { *next, *next };
  while (range.end < n && span_of (r, range.end).start < span.end)
    range.end++;
  *next = range.end;
  return range;
}

static PxSpan
mention_span (const Reader *r, guint i)
{
  return px_entities_get_mention (r->entities, i)->span;
}

static PxSpan
date_span (const Reader *r, guint i)
{
  return ((const PxDate *) px_extraction_get_dates (r->extraction)->pdata[i])->span;
}

static PxSpan
number_span (const Reader *r, guint i)
{
  return ((const PxNumber *) px_extraction_get_numbers (r->extraction)->pdata[i])->span;
}

/* Whether token @i lies in one of the @mentions: those words are compared
 * as entities (so "US" and "United States" are one), not as terms. */
static gboolean
in_mention (const Reader *r, guint i, Range mentions)
{
  for (guint m = mentions.first; m < mentions.end; m++)
    if (inside (px_token_span (token (r, i)), mention_span (r, m)))
      return TRUE;
  return FALSE;
}

static gboolean
has_letter (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether token @i lies in one of the @dates: "shortly ago" and "last
 * week" are compared as dates, by their value when they have one. */
static gboolean
in_date (const Reader *r, guint i, Range dates)
{
  for (guint d = dates.first; d < dates.end; d++)
    if (inside (px_token_span (token (r, i)), date_span (r, d)))
      return TRUE;
  return FALSE;
}

/* The content word token @i stands for, lower-case, or NULL: a word
 * outside the mentions and dates, with a letter, longer than one
 * character, neither a stop word nor a reporting verb.  (transfer full) */
static char *
content_word (const Reader *r, guint i, Range mentions, Range dates)
{
  if (token (r, i)->kind != PX_TOKEN_WORD || in_mention (r, i, mentions) || in_date (r, i, dates))
    return NULL;
  char buf[WORD_BUF];
  char *word = lower_word (r, px_token_span (token (r, i)), buf);
  if (g_utf8_strlen (word, -1) < 2 || !has_letter (word)
      || g_hash_table_contains (r->rules->stop_words, word)
      || g_hash_table_contains (r->rules->reporting_verbs, word))
    {
      word_free (word, buf);
      return NULL;
    }
  return word == buf ? g_strdup (buf) : word;
}

/* The stem of @word (transfer none: the reader keeps it). */
static const char *
stem (const Reader *r, const char *word)
{
  const char *known = g_hash_table_lookup (r->stems, word);
  if (known != NULL)
    return known;
  const sb_symbol *stemmed =
    sb_stemmer_stem (r->stemmer, (const sb_symbol *) word, (int) strlen (word));
  /* NULL only when the stemmer runs out of memory. */
  if (stemmed == NULL)
    g_error ("out of memory while stemming");
  char *term = g_strndup ((const char *) stemmed, (gsize) sb_stemmer_length (r->stemmer));
  g_hash_table_insert (r->stems, g_strdup (word), term);
  return term;
}

/* A content word of a sentence and its stem, in text order. */
typedef struct {
  const char *term;         /* borrowed from the reader's stems */
  char *word;               /* owned until moved to the claim */
  guint order;
} TermWord;

/* By term; for one term, the first word first. */
static int
compare_term_words (gconstpointer a, gconstpointer b)
{
  const TermWord *x = a, *y = b;
  int order = strcmp (x->term, y->term);
  return order != 0 ? order : (x->order > y->order) - (x->order < y->order);
}

/* Fills @claim's terms and words: the stems of the sentence's content
 * words, sorted, each with the first word that gave it. */
static void
read_terms (const Reader *r, const PxSentence *s, Range mentions, Range dates, PxClaim *claim)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (TermWord));
  for (guint i = s->first_token; i < s->first_token + s->n_tokens; i++)
    {
      char *word = content_word (r, i, mentions, dates);
      if (word != NULL)
        g_array_append_val (found, ((TermWord) { stem (r, word), word, found->len }));
    }
  g_array_sort (found, compare_term_words);
  claim->terms = g_ptr_array_new_full (found->len, g_free);
  claim->words = g_ptr_array_new_full (found->len, g_free);
  for (guint k = 0; k < found->len; k++)
    {
      TermWord *tw = &g_array_index (found, TermWord, k);
      if (k > 0 && strcmp (tw->term, g_array_index (found, TermWord, k - 1).term) == 0)
        {
          g_free (tw->word);
          continue;
        }
      g_ptr_array_add (claim->terms, g_strdup (tw->term));
      g_ptr_array_add (claim->words, tw->word);
    }
}

/* ### Entities, dates, numbers */

static void
read_entities (const Reader *r, Range mentions, PxClaim *claim)
{
  claim->entities = g_ptr_array_new ();
  for (guint m = mentions.first; m < mentions.end; m++)
    {
      guint entity = px_entities_get_mention (r->entities, m)->entity;
      g_ptr_array_add (claim->entities, px_entities_get_entity (r->entities, entity)->id);
    }
  sort_unique (claim->entities);
}

/* An ISO value compares across documents; a date left unresolved ("shortly
 * ago") can only be compared by its words. */
static char *
date_key (const Reader *r, const PxDate *date)
{
  return date->value != NULL ? g_strdup (date->value) : lower_slice (r, date->span);
}

static char *
format_value (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.6g", value));
}

/* A quantity's value, not its unit: "11,000 troops" and "11,000 soldiers"
 * are the same number, worded differently. */
static char *
number_key (const PxNumber *number)
{
  g_autofree char *low = format_value (number->low);
  g_autofree char *high = number->high != number->low ? format_value (number->high) : NULL;
  return g_strdup_printf ("%s%s%s%s%s%s", low, high != NULL ? "-" : "", high != NULL ? high : "",
                          number->percent ? "%" : "", number->currency != NULL ? " " : "",
                          number->currency != NULL ? number->currency : "");
}

static void
read_dates (const Reader *r, Range dates, PxClaim *claim)
{
  GPtrArray *all = px_extraction_get_dates (r->extraction);
  claim->dates = g_array_new (FALSE, FALSE, sizeof (guint));
  claim->date_keys = g_ptr_array_new_with_free_func (g_free);
  for (guint d = dates.first; d < dates.end; d++)
    {
      g_array_append_val (claim->dates, d);
      g_ptr_array_add (claim->date_keys, date_key (r, all->pdata[d]));
    }
  sort_unique (claim->date_keys);
}

static void
read_numbers (const Reader *r, Range numbers, PxClaim *claim)
{
  GPtrArray *all = px_extraction_get_numbers (r->extraction);
  claim->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  claim->number_keys = g_ptr_array_new_with_free_func (g_free);
  for (guint n = numbers.first; n < numbers.end; n++)
    {
      g_array_append_val (claim->numbers, n);
      g_ptr_array_add (claim->number_keys, number_key (all->pdata[n]));
    }
  sort_unique (claim->number_keys);
}

/* ### Speaker and predicate */

static gboolean
overlaps (PxSpan a, PxSpan b)
{
  return a.start < b.end && b.start < a.end;
}

/* The speaker of the first quote in the sentence (or whose speaker is
 * named in it) credited to an entity the document knows.  A quote running
 * over several sentences credits each of them. */
static gboolean
speaker_from_quotes (const Reader *r, PxSpan sentence, PxClaim *claim)
{
  GPtrArray *quotes = px_extraction_get_quotes (r->extraction);
  for (guint q = 0; q < quotes->len; q++)
    {
      const PxQuote *quote = quotes->pdata[q];
      gboolean named_here = quote->speaker.end > quote->speaker.start
                            && inside (quote->speaker, sentence);
      if (!overlaps (quote->span, sentence) && !named_here)
        continue;
      guint entity = px_extraction_quote_speaker (r->extraction, q);
      if (entity == G_MAXUINT)
        continue;
      claim->speaker = px_entities_get_entity (r->entities, entity)->id;
      claim->speaker_span = quote->speaker;
      return TRUE;
    }
  return FALSE;
}

/* Whether tokens [from, to) may stand between a speaker and its verb:
 * at most speaker_gap words or possessives ("KCNA's statement also
 * called"), no punctuation, no other entity. */
static gboolean
is_speaker_gap (const Reader *r, guint from, guint to, Range mentions)
{
  if (to - from > r->rules->speaker_gap)
    return FALSE;
  for (guint i = from; i < to; i++)
    if (token (r, i)->kind == PX_TOKEN_PUNCT || token (r, i)->kind == PX_TOKEN_NUMBER
        || in_mention (r, i, mentions))
      return FALSE;
  return TRUE;
}

/* The index of the first token at or after byte @offset, within [first, end). */
static guint
token_at (const Reader *r, guint first, guint end, gsize offset)
{
  while (first < end && token (r, first)->span.start < offset)
    first++;
  return first;
}

/* The mention credited by reporting verb @verb: the nearest one before it
 * ("KCNA said", "North Korea has condemned"), else, when the verb follows
 * a comma or a quote ("...,” said Kim"), the nearest one after it. */
static gboolean
speaker_of_verb (const Reader *r, const PxSentence *s, guint verb, Range mentions, PxClaim *claim)
{
  guint end = s->first_token + s->n_tokens;
  for (guint m = mentions.end; m > mentions.first; m--)
    {
      PxSpan span = mention_span (r, m - 1);
      if (span.end > token (r, verb)->span.start)
        continue;
      if (!is_speaker_gap (r, token_at (r, s->first_token, end, span.end), verb, mentions))
        break;
      claim->speaker = px_entities_get_entity (
        r->entities, px_entities_get_mention (r->entities, m - 1)->entity)->id;
      claim->speaker_span = span;
      return TRUE;
    }
  if (verb == s->first_token || token (r, verb - 1)->kind != PX_TOKEN_PUNCT)
    return FALSE;
  for (guint m = mentions.first; m < mentions.end; m++)
    {
      PxSpan span = mention_span (r, m);
      if (span.start < token (r, verb)->span.end)
        continue;
      if (!is_speaker_gap (r, verb + 1, token_at (r, verb + 1, end, span.start), mentions))
        return FALSE;
      claim->speaker = px_entities_get_entity (
        r->entities, px_entities_get_mention (r->entities, m)->entity)->id;
      claim->speaker_span = span;
      return TRUE;
    }
  return FALSE;
}

/* After "the", "its"...: "the report", "a warning" are nouns. */
static gboolean
after_determiner (const Reader *r, const PxSentence *s, guint i)
{
  return i > s->first_token && token_in (r, i - 1, r->rules->determiners);
}

static gboolean
is_reporting_verb (const Reader *r, const PxSentence *s, guint i, Range mentions)
{
  return token_in (r, i, r->rules->reporting_verbs) && !in_mention (r, i, mentions)
         && !after_determiner (r, s, i);
}

/* The predicate is the first reporting verb; the speaker is the one the
 * first reporting verb with a speaker credits. */
static void
read_reporting (const Reader *r, const PxSentence *s, Range mentions, gboolean has_speaker,
                PxClaim *claim)
{
  for (guint i = s->first_token; i < s->first_token + s->n_tokens; i++)
    {
      if (!is_reporting_verb (r, s, i, mentions))
        continue;
      if (claim->predicate.end == claim->predicate.start)
        claim->predicate = px_token_span (token (r, i));
      if (has_speaker || speaker_of_verb (r, s, i, mentions, claim))
        return;
    }
}

static gboolean
starts_lower (const Reader *r, guint i)
{
  return g_unichar_islower (g_utf8_get_char (r->t + px_token_span (token (r, i)).start));
}

static gboolean
ends_in_ed (const Reader *r, guint i)
{
  PxSpan span = px_token_span (token (r, i));
  return span.end - span.start >= 5 && memcmp (r->t + span.end - 2, "ed", 2) == 0;
}

/* Without a part-of-speech tagger, a verb is a lower-case word the rules
 * list as one, or a past form in "-ed" that is neither after a determiner
 * ("the armed forces") nor the end of a compound ("US-led"). */
static gboolean
is_verb_like (const Reader *r, const PxSentence *s, guint i, Range mentions)
{
  if (token (r, i)->kind != PX_TOKEN_WORD || !starts_lower (r, i) || in_mention (r, i, mentions))
    return FALSE;
  if (token_in (r, i, r->rules->verbs))
    return TRUE;
  return ends_in_ed (r, i) && !token (r, i)->joined && !after_determiner (r, s, i);
}

static void
read_predicate (const Reader *r, const PxSentence *s, Range mentions, PxClaim *claim)
{
  if (claim->predicate.end > claim->predicate.start)
    return;
  for (guint i = s->first_token; i < s->first_token + s->n_tokens; i++)
    if (is_verb_like (r, s, i, mentions))
      {
        claim->predicate = px_token_span (token (r, i));
        return;
      }
}

static void
read_speaker_and_predicate (const Reader *r, const PxSentence *s, Range mentions, PxClaim *claim)
{
  gboolean has_speaker = speaker_from_quotes (r, s->span, claim);
  read_reporting (r, s, mentions, has_speaker, claim);
  read_predicate (r, s, mentions, claim);
}

/* ### The pass */

/* Reads sentence @i into @claim; FALSE (and @claim cleared) when it does
 * not assert.  Cursors move past the sentence either way. */
static gboolean
read_claim (Reader *r, guint i, PxClaim *claim)
{
  const PxSentence *s = px_segmentation_get_sentence (r->seg, i);
  Range mentions = items_inside (&r->next_mention, px_entities_n_mentions (r->entities),
                                 mention_span, r, s->span);
  Range dates = items_inside (&r->next_date, px_extraction_get_dates (r->extraction)->len,
                              date_span, r, s->span);
  Range numbers = items_inside (&r->next_number, px_extraction_get_numbers (r->extraction)->len,
                                number_span, r, s->span);
  *claim = (PxClaim) { .span = s->span, .sentence = i };
  if (!r->rules->keep_questions && is_question (r, s))
    return FALSE;
  read_terms (r, s, mentions, dates, claim);
  if (claim->terms->len < r->rules->min_terms)
    {
      claim_clear (claim);
      return FALSE;
    }
  read_entities (r, mentions, claim);
  read_dates (r, dates, claim);
  read_numbers (r, numbers, claim);
  read_speaker_and_predicate (r, s, mentions, claim);
  claim->keys = px_claim_keys_new (claim);
  return TRUE;
}

PxClaims *
px_claims_extract (const PxClaimRules *rules, const PxDocument *doc)
{
  g_return_val_if_fail (rules != NULL && doc != NULL, NULL);
  const PxExtraction *extraction = px_document_get_extraction (doc);
  g_return_val_if_fail (extraction != NULL, NULL);

  Reader r = {
    .rules = rules,
    .t = px_text_get_normalized (px_document_get_text (doc), NULL),
    .seg = px_document_get_segmentation (doc),
    .extraction = extraction,
    .entities = px_extraction_get_entities (extraction),
    .stemmer = sb_stemmer_new (rules->language, NULL),
    .stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
  };
  /* The language was checked when the rules were loaded. */
  if (r.stemmer == NULL)
    g_error ("out of memory while opening the '%s' stemmer", rules->language);

  PxClaims *claims = g_new0 (PxClaims, 1);
  claims->doc = doc;
  claims->claims = g_array_new (FALSE, FALSE, sizeof (PxClaim));
  g_array_set_clear_func (claims->claims, (GDestroyNotify) claim_clear);
  for (guint i = 0; i < px_segmentation_n_sentences (r.seg); i++)
    {
      PxClaim claim;
      if (read_claim (&r, i, &claim))
        g_array_append_val (claims->claims, claim);
    }
  sb_stemmer_delete (r.stemmer);
  g_hash_table_unref (r.stems);
  px_claims_index_keys (claims);
  return claims;
}
