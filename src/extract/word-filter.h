/* word-filter.h: private to src/extract; a quick test that a token is
 * none of a set of words, before the exact lookup, and that lookup.
 *
 * Extractors look up nearly every token in a hash table of the rules'
 * words ("said", "million", "according"), and nearly every lookup fails.
 * The filter keeps one bit per word shape: the first and last bytes
 * (lowercased as g_ascii_tolower () does, then cut to five bits) and the
 * length (up to 7), 1 KiB for any set.  A word of the set always passes,
 * so a token that fails the filter is not in the set and needs no lookup;
 * one that passes may still not be.  Built once with the rules; read-only
 * afterwards.
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "segment/segment.h"

G_BEGIN_DECLS

/* Indexed by a token's shape key (segment.h): a rules' word and a token
 * with the same bytes in any ASCII case have the same key. */
typedef struct {
  guint64 bits[128];
} PxWordFilter;

G_STATIC_ASSERT (PX_TOKEN_SHAPE_KEY < 128 * 64);

/* g_ascii_tolower (), inline: tokens are folded byte by byte as they are
 * hashed and compared, never copied. */
static inline char
px_word_fold (char c)
{
  return px_segment_fold (c);
}

static inline guint
px_word_filter_key (const char *s, gsize len)
{
  return px_segment_shape (s, len) & PX_TOKEN_SHAPE_KEY;
}

static inline void
px_word_filter_add (PxWordFilter *f, const char *word)
{
  guint key = px_word_filter_key (word, strlen (word));
  f->bits[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
}

/* Adds every key of @table (char* keys). */
static inline void
px_word_filter_add_keys (PxWordFilter *f, GHashTable *table)
{
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    px_word_filter_add (f, key);
}

/* FALSE: the @len bytes at @s, in any ASCII case, are no word of the set. */
static inline gboolean
px_word_filter_may_hold (const PxWordFilter *f, const char *s, gsize len)
{
  guint key = px_word_filter_key (s, len);
  return (f->bits[key / 64] >> (key % 64)) & 1;
}

/* The same for token @t, from its shape: its text is not read. */
static inline gboolean
px_word_filter_may_hold_token (const PxWordFilter *f, const PxToken *t)
{
  guint key = t->shape & PX_TOKEN_SHAPE_KEY;
  return (f->bits[key / 64] >> (key % 64)) & 1;
}

/* PxWordTable: the exact lookup behind the filter.  Open addressing over
 * a power of two, at most half full, keyed by lowercase words; a token
 * is folded (as g_ascii_tolower () does) while it is hashed and compared,
 * so it is never copied, and the rules' many word sets are one table
 * whose values say which sets a word is in: one lookup per token.
 * Built once with the rules; read-only afterwards. */
typedef struct {
  const char *key;       /* borrowed: lowercase */
  guint64 head;          /* px_word_head () of the key: most words are
                            compared without reading the key */
  guint32 hash;
  guint32 len;
  gpointer value;        /* the table owner's */
} PxWordSlot;

typedef struct {
  PxWordSlot *slots;     /* owned */
  guint mask;
  PxWordFilter filter;   /* of the keys */
} PxWordTable;

/* The first eight bytes of the @len bytes of @key as one number, the
 * first in the lowest byte, zeros after the last: kept in a table's slot
 * beside the word's hash, so that a token of up to eight bytes is
 * compared with the word without reading the word's text, a block of its
 * own elsewhere on the heap (and cold when a batch of articles begins). */
static inline guint64
px_word_head (const char *key, gsize len)
{
  guint64 head = 0;
  for (gsize i = MIN (len, 8); i-- > 0;)
    head = head << 8 | (guint8) key[i];
  return head;
}

/* Whether the @len bytes at @s, folded, are the @len bytes of @key
 * (lowercase), whose px_word_head () is @head.  @key is read only past
 * its eighth byte. */
static inline gboolean
px_word_same (guint64 head, const char *key, const char *s, gsize len)
{
  gsize i = 0;
  for (; i < len && i < 8; i++, head >>= 8)
    if ((char) (guint8) head != px_word_fold (s[i]))
      return FALSE;
  for (; i < len; i++)
    if (key[i] != px_word_fold (s[i]))
      return FALSE;
  return TRUE;
}

/* Whether the @len bytes at @s are @word in any ASCII case, as
 * g_ascii_strncasecmp () compares them.  Inline, so that strlen () of a
 * literal @word is a constant, and the first bytes are compared before
 * the call: most tokens asked about ("-", "to", "per") are not the word. */
static inline gboolean
px_word_is (const char *s, gsize len, const char *word)
{
  if (len == 0)
    return word[0] == '\0';
  return px_word_fold (s[0]) == px_word_fold (word[0]) && strlen (word) == len
         && g_ascii_strncasecmp (s, word, len) == 0;
}

/* The words of the rules are hashed as segmentation hashes tokens
 * (segment.h), so that a token is looked up by the hash it carries. */
static inline guint32
px_word_hash (const char *s, gsize len)
{
  return px_segment_hash (s, len);
}

/* Room for @n_keys words. */
static inline void
px_word_table_init (PxWordTable *t, guint n_keys)
{
  guint size = 16;
  while (size < 2 * n_keys + 2)
    size *= 2;
  memset (t, 0, sizeof *t);
  t->slots = g_new0 (PxWordSlot, size);
  t->mask = size - 1;
}

static inline void
px_word_table_clear (PxWordTable *t)
{
  g_clear_pointer (&t->slots, g_free);
}

/* The slot of @key (lowercase, borrowed; it must outlive the table),
 * added with a NULL value when missing. */
static inline PxWordSlot *
px_word_table_add (PxWordTable *t, const char *key)
{
  gsize len = strlen (key);
  guint32 hash = px_word_hash (key, len);
  guint i = hash & t->mask;
  for (; t->slots[i].key != NULL; i = (i + 1) & t->mask)
    if (t->slots[i].hash == hash && t->slots[i].len == len
        && memcmp (t->slots[i].key, key, len) == 0)
      return &t->slots[i];
  px_word_filter_add (&t->filter, key);
  t->slots[i] = (PxWordSlot) { key, px_word_head (key, len), hash, (guint32) len, NULL };
  return &t->slots[i];
}

/* The value of the @len bytes at @s in any ASCII case, whose hash is
 * @hash, or NULL. */
static inline gpointer
px_word_table_find (const PxWordTable *t, const char *s, gsize len, guint32 hash)
{
  for (guint i = hash & t->mask;; i = (i + 1) & t->mask)
    {
      const PxWordSlot *w = &t->slots[i];
      if (w->key == NULL)
        return NULL;
      if (w->hash == hash && w->len == len && px_word_same (w->head, w->key, s, len))
        return w->value;
    }
}

/* The value of the @len bytes at @s in any ASCII case, or NULL. */
static inline gpointer
px_word_table_lookup (const PxWordTable *t, const char *s, gsize len)
{
  if (!px_word_filter_may_hold (&t->filter, s, len))
    return NULL;
  return px_word_table_find (t, s, len, px_word_hash (s, len));
}

/* The value of token @tok of @text, or NULL: its shape and hash are
 * the segmentation's, so only a token the filter lets through is read,
 * and only to compare it with a word of the same hash. */
static inline gpointer
px_word_table_lookup_token (const PxWordTable *t, const char *text, const PxToken *tok)
{
  if (!px_word_filter_may_hold_token (&t->filter, tok))
    return NULL;
  return px_word_table_find (t, text + tok->span.start, tok->span.end - tok->span.start,
                             tok->hash);
}

G_END_DECLS
