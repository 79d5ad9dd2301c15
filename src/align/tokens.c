/* tokens.c: words as quote alignment and text reuse compare them.
 *
 * Two outlets printing the same words differ in case, quote marks,
 * apostrophes, dashes, "U.S." against "US", and sometimes "United States"
 * against "US".  A token's key folds all of that away, so alignment
 * compares integers.  The key is a 64-bit FNV-1a hash of the folded word;
 * a collision would take two different words for one, which at 2^-64 per
 * pair is far below any other error here.
 */
#include "config.h"

#include <string.h>

#include "align/align-private.h"

typedef struct {
  guint n;
  guint64 canonical;
  guint64 keys[];
} Phrase;

struct _PxAlignEquivalents {
  /* first word's key -> (element-type Phrase) longest first */
  GHashTable *by_first;
};

static guint64
fnv1a (guint64 hash, const char *bytes, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      hash ^= (guchar) bytes[i];
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return hash;
}

#define FNV_OFFSET G_GUINT64_CONSTANT (0xcbf29ce484222325)

/* A character that continues a word when it sits between two word
 * characters: the apostrophe of "Japan's", the periods of "U.S", the comma
 * of "11,000". */
static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == '.' || c == ',';
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* fold_key() of an ASCII word: case folding is then lower-casing, and
 * the word has no marks to drop, so the key is hashed in place. */
static gboolean
fold_ascii_key (const char *word, gsize len, guint64 *key)
{
  guint64 hash = FNV_OFFSET;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];
      if (c >= 0x80)
        return FALSE;
      if (is_joiner (c))
        continue;
      char b = g_ascii_tolower ((char) c);
      hash = fnv1a (hash, &b, 1);
    }
  *key = hash;
  return TRUE;
}

/* The key of @word: case-folded, marks and joiners dropped. */
static guint64
fold_key (const char *word, gsize len)
{
  guint64 key;
  if (fold_ascii_key (word, len, &key))
    return key;
  g_autofree char *folded = g_utf8_casefold (word, (gssize) len);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  guint64 hash = FNV_OFFSET;
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_ismark (c) || is_joiner (c))
        continue;
      if (c < 0x80)
        {
          char b = (char) c;
          hash = fnv1a (hash, &b, 1);
        }
      else
        hash = fnv1a (hash, p, (gsize) (g_utf8_next_char (p) - p));
    }
  return hash;
}

/* The character at @p, ASCII without a call. */
static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

/* Where the word starting at @p (a word character) ends, before @end. */
static const char *
word_end (const char *p, const char *end)
{
  const char *q = p;
  while (q < end)
    {
      gunichar c = char_at (q);
      const char *next = g_utf8_next_char (q);
      if (is_word_char (c))
        q = next;
      else if (is_joiner (c) && next < end && is_word_char (char_at (next)))
        q = next;
      else
        break;
    }
  /* "U.S." keeps its last period: an abbreviation's, not the sentence's
   * (a sentence ending in "U.S." loses nothing by it).  A letter must come
   * before it: "17.5." is a number and then a full stop. */
  if (q < end && *q == '.' && q - p >= 3 && q[-2] == '.' && g_ascii_isalpha (q[-1]))
    q++;
  return q;
}

/* Tokens gathered on the stack and appended to @out a batch at a time:
 * one call per token showed in profiles. */
#define WRITER_BATCH 128

typedef struct {
  GArray *out;
  guint n;
  PxAlignToken batch[WRITER_BATCH];
} Writer;

static void
writer_flush (Writer *w)
{
  g_array_append_vals (w->out, w->batch, w->n);
  w->n = 0;
}

static void
push (Writer *w, guint64 key, gsize start, gsize end, guint *flags)
{
  if (w->n == WRITER_BATCH)
    writer_flush (w);
  w->batch[w->n++] = (PxAlignToken) { key, { start, end }, *flags };
  *flags = 0;
}

/* Whether the word at @p is the second half of a compound: a hyphen
 * between it and a word character, at or after @start. */
static gboolean
after_hyphen (const char *start, const char *p)
{
  return p - start >= 2 && p[-1] == '-'
         && is_word_char (g_utf8_get_char (g_utf8_find_prev_char (start, p - 1)));
}

/* Whether @c closes a quotation or a bracket: "situation." and
 * "situation". both end a sentence, whichever side the mark is on. */
static gboolean
is_closing_mark (char c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* The PX_ALIGN_*_END flags the punctuation right after a word (at @q)
 * earns.  The normalised text has every dash as "-", so a dash between
 * spaces is a pause and one between letters a compound. */
static guint
punctuation_after (const char *q, const char *end)
{
  guint flags = 0;
  for (; q < end && is_closing_mark (*q); q++)
    if (*q == ')' || *q == ']')
      flags = PX_ALIGN_PHRASE_END;
  if (q >= end)
    return flags;
  switch (*q)
    {
    case '.':
      /* "..." is an elision, which ends nothing. */
      if (end - q >= 2 && q[1] == '.')
        return flags;
      return PX_ALIGN_PHRASE_END | PX_ALIGN_SENTENCE_END;
    case '!':
    case '?':
      return PX_ALIGN_PHRASE_END | PX_ALIGN_SENTENCE_END;
    case ',':
    case ';':
    case ':':
      return PX_ALIGN_PHRASE_END;
    case ' ':
      if (end - q >= 3 && q[1] == '-' && q[2] == ' ')
        return PX_ALIGN_PHRASE_END;
      return flags;
    default:
      return flags;
    }
}

/* Words and elisions of @range, no equivalences applied. */
static void
tokenize_raw (const char *text, PxSpan range, guint first_flags, GArray *out)
{
  const char *p = text + range.start, *end = text + range.end;
  guint flags = first_flags;
  Writer w;
  w.out = out;
  w.n = 0;
  while (p < end)
    {
      gunichar c = char_at (p);
      if (is_word_char (c))
        {
          const char *q = word_end (p, end);
          if (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c) || g_unichar_istitle (c))
            flags |= PX_ALIGN_CAPITALISED;
          if (after_hyphen (text + range.start, p))
            flags |= PX_ALIGN_HYPHENATED;
          flags |= punctuation_after (q, end);
          push (&w, fold_key (p, (gsize) (q - p)), (gsize) (p - text), (gsize) (q - text),
                &flags);
          p = q;
        }
      else if (c == '.' && end - p >= 3 && p[1] == '.' && p[2] == '.')
        {
          const char *q = p;
          while (q < end && *q == '.')
            q++;
          push (&w, 0, (gsize) (p - text), (gsize) (q - text), &flags);
          w.batch[w.n - 1].flags |= PX_ALIGN_ELISION;
          p = q;
        }
      else
        p = g_utf8_next_char (p);
    }
  writer_flush (&w);
}

static gint
phrase_longer_first (gconstpointer a, gconstpointer b)
{
  const Phrase *pa = *(const Phrase *const *) a, *pb = *(const Phrase *const *) b;
  return (pb->n > pa->n) - (pb->n < pa->n);
}

void
px_align_equivalents_free (PxAlignEquivalents *equivalents)
{
  if (equivalents == NULL)
    return;
  g_hash_table_unref (equivalents->by_first);
  g_free (equivalents);
}

static gboolean
add_phrase (PxAlignEquivalents *eq, GHashTable *seen, const char *text, guint64 canonical,
            GError **error)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  tokenize_raw (text, (PxSpan) { 0, strlen (text) }, 0, words);
  for (guint i = 0; i < words->len; i++)
    if (g_array_index (words, PxAlignToken, i).flags & PX_ALIGN_ELISION)
      return px_throw (error, PX_ERROR_RULE_SYNTAX, "equivalent '%s' has an ellipsis", text);
  if (words->len == 0)
    return px_throw (error, PX_ERROR_RULE_SYNTAX, "an equivalent phrase is blank");
  g_autofree char *folded = g_utf8_casefold (text, -1);
  if (!g_hash_table_add (seen, g_steal_pointer (&folded)))
    return px_throw (error, PX_ERROR_RULE_SYNTAX, "'%s' is in two groups of equivalents", text);

  Phrase *phrase = g_malloc (sizeof (Phrase) + words->len * sizeof (guint64));
  phrase->n = words->len;
  phrase->canonical = canonical;
  for (guint i = 0; i < words->len; i++)
    phrase->keys[i] = g_array_index (words, PxAlignToken, i).key;
  GPtrArray *list = g_hash_table_lookup (eq->by_first, &phrase->keys[0]);
  if (list == NULL)
    {
      guint64 *key = g_new (guint64, 1);
      *key = phrase->keys[0];
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (eq->by_first, key, list);
    }
  g_ptr_array_add (list, phrase);
  g_ptr_array_sort (list, phrase_longer_first);
  return TRUE;
}

PxAlignEquivalents *
px_align_equivalents_new (GPtrArray *groups, GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PxAlignEquivalents *eq = g_new0 (PxAlignEquivalents, 1);
  eq->by_first = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  for (guint g = 0; g < groups->len; g++)
    {
      const char *const *phrases = g_ptr_array_index (groups, g);
      /* The group's first phrase names it; a distinct seed keeps the
       * canonical key apart from any word's own key. */
      guint64 canonical = fnv1a (FNV_OFFSET ^ 0x5eed, phrases[0], strlen (phrases[0]));
      for (guint i = 0; phrases[i] != NULL; i++)
        if (!add_phrase (eq, seen, phrases[i], canonical, error))
          {
            px_align_equivalents_free (eq);
            return NULL;
          }
    }
  return eq;
}

/* The phrase of @eq that starts at @tokens[i], the longest, or NULL. */
static const Phrase *
phrase_at (const PxAlignEquivalents *eq, const PxAlignToken *tokens, guint i, guint n)
{
  const GPtrArray *list = g_hash_table_lookup (eq->by_first, &tokens[i].key);
  if (list == NULL)
    return NULL;
  for (guint p = 0; p < list->len; p++)
    {
      const Phrase *phrase = g_ptr_array_index (list, p);
      if (phrase->n > n - i)
        continue;
      guint k = 1;
      while (k < phrase->n && tokens[i + k].key == phrase->keys[k]
             && !(tokens[i + k].flags & (PX_ALIGN_ELISION | PX_ALIGN_BREAK)))
        k++;
      if (k == phrase->n)
        return phrase;
    }
  return NULL;
}

void
px_align_tokenize (const PxCompareRules *rules, const char *text, PxSpan range,
                   guint first_flags, GArray *out)
{
  guint first = out->len;
  tokenize_raw (text, range, first_flags, out);
  if (rules == NULL || rules->equivalents == NULL)
    return;
  /* Rewrite in place: a phrase becomes one token, so the write index
   * never passes the read index. */
  PxAlignToken *tokens = (PxAlignToken *) out->data;   /* NULL when empty */
  guint w = first;
  for (guint r = first; r < out->len;)
    {
      PxAlignToken token = tokens[r];
      const Phrase *phrase = (token.flags & PX_ALIGN_ELISION)
                             ? NULL : phrase_at (rules->equivalents, tokens, r, out->len);
      if (phrase != NULL)
        {
          const PxAlignToken *last = &tokens[r + phrase->n - 1];
          token.key = phrase->canonical;
          token.span.end = last->span.end;
          /* "United States." ends where its last word does. */
          token.flags |= last->flags & (PX_ALIGN_PHRASE_END | PX_ALIGN_SENTENCE_END);
          r += phrase->n;
        }
      else
        r++;
      tokens[w++] = token;
    }
  g_array_set_size (out, w);
}
