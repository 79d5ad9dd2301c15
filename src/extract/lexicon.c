/* lexicon.c: a sorted word list, looked up in place.
 *
 * The list is tens of thousands of words and is read at every start, so it
 * is mapped rather than copied into a hash table: one pass records where
 * each line starts (and checks the order a binary search relies on), and
 * lookups compare bytes in the mapping.
 */
#include "config.h"

#include <string.h>

#include "extract/names.h"
#include "util/util.h"

#define CODE PX_ERROR_RULE_SYNTAX

struct _PxLexicon {
  GMappedFile *file;
  const char *data;
  GArray *starts;             /* guint32: offset of each word */
  GArray *lengths;            /* guint16: its length */
};

void
px_lexicon_free (PxLexicon *lexicon)
{
  if (lexicon == NULL)
    return;
  g_clear_pointer (&lexicon->file, g_mapped_file_unref);
  g_clear_pointer (&lexicon->starts, g_array_unref);
  g_clear_pointer (&lexicon->lengths, g_array_unref);
  g_free (lexicon);
}

static int
compare_bytes (const char *a, gsize la, const char *b, gsize lb)
{
  int c = memcmp (a, b, MIN (la, lb));
  return c != 0 ? c : (la > lb) - (la < lb);
}

static gboolean
add_word (PxLexicon *lexicon, const char *path, guint line, gsize start, gsize len,
          GError **error)
{
  const char *word = lexicon->data + start;
  if (len > G_MAXUINT16 || start > G_MAXUINT32 || !g_utf8_validate (word, (gssize) len, NULL))
    return px_throw (error, CODE, "%s:%u: not a word in UTF-8", path, line);
  guint n = lexicon->starts->len;
  if (n > 0)
    {
      gsize prev = g_array_index (lexicon->starts, guint32, n - 1);
      gsize prev_len = g_array_index (lexicon->lengths, guint16, n - 1);
      if (compare_bytes (lexicon->data + prev, prev_len, word, len) >= 0)
        return px_throw (error, CODE, "%s:%u: '%.*s' is out of order (the list must be "
                         "sorted by bytes, each word once)", path, line, (int) len, word);
    }
  guint32 s = (guint32) start;
  guint16 l = (guint16) len;
  g_array_append_val (lexicon->starts, s);
  g_array_append_val (lexicon->lengths, l);
  return TRUE;
}

PxLexicon *
px_lexicon_open (const char *name, GError **error)
{
  g_autofree char *path = g_path_is_absolute (name) ? g_strdup (name) : px_data_path (name);
  g_autoptr(GError) local = NULL;
  GMappedFile *file = g_mapped_file_new (path, FALSE, &local);
  if (file == NULL)
    {
      px_throw (error, CODE, "%s: %s", path, local->message);
      return NULL;
    }
  g_autoptr(PxLexicon) lexicon = g_new0 (PxLexicon, 1);
  lexicon->file = file;
  lexicon->data = g_mapped_file_get_contents (file);
  lexicon->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  lexicon->lengths = g_array_new (FALSE, FALSE, sizeof (guint16));
  gsize size = g_mapped_file_get_length (file);
  guint line = 0;
  for (gsize at = 0; at < size;)
    {
      const char *nl = memchr (lexicon->data + at, '\n', size - at);
      gsize end = nl != NULL ? (gsize) (nl - lexicon->data) : size;
      gsize len = end - at;
      if (len > 0 && lexicon->data[end - 1] == '\r')
        len--;
      line++;
      /* '#' lines are the header; blank lines are allowed anywhere. */
      if (len > 0 && lexicon->data[at] != '#'
          && !add_word (lexicon, path, line, at, len, error))
        return NULL;
      at = end + 1;
    }
  return g_steal_pointer (&lexicon);
}

gboolean
px_lexicon_contains (const PxLexicon *lexicon, const char *word, gsize len)
{
  guint lo = 0, hi = lexicon->starts->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = compare_bytes (lexicon->data + g_array_index (lexicon->starts, guint32, mid),
                             g_array_index (lexicon->lengths, guint16, mid), word, len);
      if (c == 0)
        return TRUE;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

gboolean
px_lexicon_read (const PxYaml *doc, const PxYamlNode *node, const char *key, PxLexicon **out,
                 GError **error)
{
  const char *name = px_yaml_lookup_string (doc, node, key, TRUE, CODE, error);
  if (name == NULL)
    return FALSE;
  g_autoptr(GError) local = NULL;
  *out = px_lexicon_open (name, &local);
  if (*out == NULL)
    return px_yaml_throw (doc, px_yaml_node_lookup (node, key), error, CODE, "%s: %s", key,
                          local->message);
  return TRUE;
}
