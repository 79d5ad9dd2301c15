/* word-filter.h: private to src/extract; a quick test that a token is
 * none of a set of words, before the exact lookup.
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

static inline guint
px_word_filter_fold (char c)
{
  return (guint) (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) & 31;
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

G_END_DECLS
