/* words.c: the date, quote and number rules' words in one table (words.h). */
#include "config.h"

#include <string.h>

#include "extract/words.h"

typedef struct {
  PxWordIndex *index;
  guint n_keys;
  GString *stem;        /* scratch: a lexicon word and its period */
} Build;

static void
count_word (const char *key, gsize len, PxWordOf of, guint i, gpointer data)
{
  (void) key, (void) len, (void) of, (void) i;
  ((Build *) data)->n_keys++;
}

/* The record of @key (@len bytes, lowercase), a new one when missing. */
static PxTokenWord *
record_for (PxWordIndex *index, const char *key, gsize len)
{
  guint32 hash = px_word_hash (key, len);
  guint i = hash & index->mask;
  for (; index->slots[i].code != 0; i = (i + 1) & index->mask)
    {
      const PxWordIndexSlot *w = &index->slots[i];
      if (w->hash == hash && w->len == len && memcmp (w->key, key, len) == 0)
        return &g_array_index (index->records, PxTokenWord, w->code);
    }
  /* A record holds 1 + an index in 16 bits, a token the record's index:
   * the rules' tables hold a few hundred words. */
  g_assert (len < G_MAXUINT16 && index->records->len < G_MAXUINT16);
  const char *stored = g_string_chunk_insert_len (index->keys, key, (gssize) len);
  index->slots[i] = (PxWordIndexSlot) { px_word_head (key, len), hash, (guint16) len,
                             (guint16) index->records->len, stored };
  if (len == 1)
    index->single[(guint8) key[0]] = index->slots[i].code;
  px_word_filter_add (&index->filter, stored);
  g_array_set_size (index->records, index->records->len + 1);
  return &g_array_index (index->records, PxTokenWord, index->records->len - 1);
}

static void
add_word (const char *key, gsize len, PxWordOf of, guint i, gpointer data)
{
  Build *b = data;
  g_assert (i < G_MAXUINT16);
  guint16 slot = (guint16) (i + 1);
  if (of == PX_WORD_OF_DATES_STEM)
    {
      g_string_truncate (b->stem, 0);
      g_string_append_len (b->stem, key, (gssize) len);
      g_string_append_c (b->stem, '.');
      record_for (b->index, b->stem->str, b->stem->len)->date_stem = slot;
      return;
    }
  PxTokenWord *r = record_for (b->index, key, len);
  if (of == PX_WORD_OF_DATES)
    r->date = slot;
  else if (of == PX_WORD_OF_QUOTES)
    r->quote = slot;
  else
    r->number = slot;
}

PxWordIndex *
px_word_index_new (const PxDateRules *dates, const PxQuoteRules *quotes,
                   const PxNumberRules *numbers)
{
  g_return_val_if_fail (dates != NULL && quotes != NULL && numbers != NULL, NULL);
  PxWordIndex *index = g_new0 (PxWordIndex, 1);
  index->dates = dates;
  index->quotes = quotes;
  index->numbers = numbers;
  index->keys = g_string_chunk_new (4096);
  index->records = g_array_new (FALSE, TRUE, sizeof (PxTokenWord));
  g_array_set_size (index->records, 1);
  Build b = { index, 0, g_string_new (NULL) };
  px_date_rules_visit_words (dates, count_word, &b);
  px_quote_rules_visit_words (quotes, count_word, &b);
  px_number_rules_visit_words (numbers, count_word, &b);
  guint size = 16;
  while (size < 2 * b.n_keys + 2)
    size *= 2;
  index->slots = g_new0 (PxWordIndexSlot, size);
  index->mask = size - 1;
  px_date_rules_visit_words (dates, add_word, &b);
  px_quote_rules_visit_words (quotes, add_word, &b);
  px_number_rules_visit_words (numbers, add_word, &b);
  g_string_free (b.stem, TRUE);
  return index;
}

void
px_word_index_free (PxWordIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->slots);
  g_string_chunk_free (index->keys);
  g_array_unref (index->records);
  g_free (index);
}

const PxDateRules *
px_word_index_dates (const PxWordIndex *index)
{
  return index->dates;
}

const PxQuoteRules *
px_word_index_quotes (const PxWordIndex *index)
{
  return index->quotes;
}

const PxNumberRules *
px_word_index_numbers (const PxWordIndex *index)
{
  return index->numbers;
}

PxTokenWords *
px_token_words_new (guint n_tokens)
{
  PxTokenWords *words = g_malloc (sizeof *words + (gsize) MAX (n_tokens, 1) * sizeof (guint16));
  *words = (PxTokenWords) { NULL, NULL, 0, n_tokens, (guint16 *) (void *) (words + 1), FALSE };
  return words;
}

void
px_token_words_reset (PxTokenWords *words)
{
  g_return_if_fail (words != NULL);
  words->filled = FALSE;
}

void
px_token_words_free (PxTokenWords *words)
{
  g_free (words);
}

void
px_token_words_fill (PxTokenWords *words, const PxWordIndex *index, const PxText *text,
                     const PxSegmentation *seg)
{
  guint n = px_segmentation_n_tokens (seg);
  g_return_if_fail (n <= words->room);
  px_token_words_start (words, index, n);
  words->filled = TRUE;
  if (n == 0)
    return;
  gsize len = 0;
  const char *s = px_text_get_normalized (text, &len);
  const PxToken *tokens = px_segmentation_get_token (seg, 0);   /* a flat array */
  for (guint i = 0; i < n; i++)
    words->codes[i] = px_word_index_code (index, s, s + len, &tokens[i]);
}

void
px_extract_words (const PxWordIndex *index, const PxText *text, const PxSegmentation *seg,
                  PxTokenWords *words)
{
  g_return_if_fail (index != NULL && text != NULL && seg != NULL && words != NULL);
  g_return_if_fail (px_segmentation_n_tokens (seg) <= words->room);
  px_token_words_fill (words, index, text, seg);
}

gboolean
px_token_words_ready (PxTokenWords *words, const PxWordIndex *index, gconstpointer rules,
                      gconstpointer of_index, const PxText *text, const PxSegmentation *seg,
                      gboolean fill)
{
  g_return_val_if_fail (words != NULL && index != NULL && rules == of_index, FALSE);
  guint n = px_segmentation_n_tokens (seg);
  if (words->filled)
    {
      g_return_val_if_fail (words->index == index && words->n_tokens == n, FALSE);
      return TRUE;
    }
  g_return_val_if_fail (n <= words->room, FALSE);
  if (fill)
    px_token_words_fill (words, index, text, seg);
  else
    px_token_words_start (words, index, n);
  return TRUE;
}
