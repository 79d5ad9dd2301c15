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

G_BEGIN_DECLS

typedef struct {
  guint64 bits[128];
} PxWordFilter;

/* g_ascii_tolower (), inline: tokens are folded byte by byte as they are
 * hashed and compared, never copied. */
static inline char
px_word_fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* FNV-1a, one byte at a time, so that a token can be hashed as it is
 * lowered: h = PX_WORD_HASH_SEED, then px_word_hash_step () per byte. */
#define PX_WORD_HASH_SEED 2166136261u

static inline guint32
px_word_hash_step (guint32 h, char c)
{
  return (h ^ (guint8) c) * 16777619u;
}

static inline guint
px_word_filter_fold (char c)
{
  return (guint) px_word_fold (c) & 31;
}

static inline guint
px_word_filter_key (const char *s, gsize len)
{
  if (len == 0)
    return 0;
  return px_word_filter_fold (s[0]) << 8 | px_word_filter_fold (s[len - 1]) << 3 | MIN (len, 7);
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

/* PxWordTable: the exact lookup behind the filter.  Open addressing over
 * a power of two, at most half full, keyed by lowercase words; a token
 * is folded (as g_ascii_tolower () does) while it is hashed and compared,
 * so it is never copied, and the rules' many word sets are one table
 * whose values say which sets a word is in: one lookup per token.
 * Built once with the rules; read-only afterwards. */
typedef struct {
  const char *key;       /* borrowed: lowercase */
  gsize len;
  guint32 hash;
  gpointer value;        /* the table owner's */
} PxWordSlot;

typedef struct {
  PxWordSlot *slots;     /* owned */
  guint mask;
  PxWordFilter filter;   /* of the keys */
} PxWordTable;

/* FNV-1a over folded bytes. */
static inline guint32
px_word_hash (const char *s, gsize len)
{
  guint32 h = PX_WORD_HASH_SEED;
  for (gsize i = 0; i < len; i++)
    h = px_word_hash_step (h, px_word_fold (s[i]));
  return h;
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
  t->slots[i] = (PxWordSlot) { key, len, hash, NULL };
  return &t->slots[i];
}

/* The value of the @len bytes at @s in any ASCII case, or NULL. */
static inline gpointer
px_word_table_lookup (const PxWordTable *t, const char *s, gsize len)
{
  if (!px_word_filter_may_hold (&t->filter, s, len))
    return NULL;
  guint32 hash = px_word_hash (s, len);
  for (guint i = hash & t->mask;; i = (i + 1) & t->mask)
    {
      const PxWordSlot *w = &t->slots[i];
      if (w->key == NULL)
        return NULL;
      if (w->hash != hash || w->len != len)
        continue;
      gsize k = 0;
      while (k < len && w->key[k] == px_word_fold (s[k]))
        k++;
      if (k == len)
        return w->value;
    }
}

G_END_DECLS
