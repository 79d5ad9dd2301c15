/* normalize.c: the normal form and its offset map (see ingest.h).
 *
 * The fold table below is Unicode semantics, not an analyst's choice: it
 * says which characters are typographic variants of one another.  Pure
 * ASCII runs are copied without per-character work; only non-ASCII
 * characters and the few ASCII controls we rewrite cost a lookup.
 */
#include "config.h"

#include <string.h>

#include "ingest/normalize.h"

/* Windows-1252's printable characters at 0x80..0x9F, which is what "Latin-1"
 * text from the web means in practice (and what browsers decode it as);
 * 0 where the code page leaves a hole. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The replacement for @c in the normal form, "" to drop it, or NULL to
 * keep it as it is. */
static const char *
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x0085: case 0x2028: case 0x2029:
      return "\n";
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF:
    case 0x200E: case 0x200F: case 0x061C:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return "";
    default:
      if (c >= 0x2000 && c <= 0x200A)
        return " ";
      return NULL;
    }
}

typedef struct {
  GString *out;
  GArray *segments;
} Builder;

static PxTextSegment *
last_segment (Builder *b)
{
  if (b->segments->len == 0)
    return NULL;
  return &g_array_index (b->segments, PxTextSegment, b->segments->len - 1);
}

static void
emit_copy (Builder *b, const char *data, gsize orig, gsize n)
{
  const PxTextSegment *last = last_segment (b);
  gboolean contiguous = last != NULL && last->copy
                        && b->out->len - last->norm == orig - last->orig;
  if (!contiguous)
    {
      PxTextSegment seg = { b->out->len, orig, TRUE };
      g_array_append_val (b->segments, seg);
    }
  g_string_append_len (b->out, data + orig, n);
}

static void
emit_rewrite (Builder *b, gsize orig, const char *replacement, gsize n)
{
  PxTextSegment seg = { b->out->len, orig, FALSE };
  g_array_append_val (b->segments, seg);
  g_string_append_len (b->out, replacement, n);
}

/* The ASCII characters the normal form rewrites; returns bytes consumed. */
static gsize
normalize_ascii_control (Builder *b, const char *data, gsize i, gsize len)
{
  switch (data[i])
    {
    case '\r':
      if (i + 1 < len && data[i + 1] == '\n')
        {
          emit_rewrite (b, i, "\n", 1);
          return 2;
        }
      emit_rewrite (b, i, "\n", 1);
      return 1;
    case '\t':
      emit_rewrite (b, i, " ", 1);
      return 1;
    default: /* \f, \v */
      emit_rewrite (b, i, "\n", 1);
      return 1;
    }
}

static gboolean
is_rewritten_ascii (char c)
{
  return c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

/* Appends the NFC, folded form of one UTF-8 cluster to @dest. */
static void
fold_cluster (const char *cluster, gsize n, gboolean needs_nfc, GString *dest)
{
  g_autofree char *nfc = needs_nfc ? g_utf8_normalize (cluster, n, G_NORMALIZE_NFC) : NULL;
  const char *p = nfc != NULL ? nfc : cluster;
  const char *end = nfc != NULL ? nfc + strlen (nfc) : cluster + n;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *folded = fold_char (c);
      if (folded != NULL)
        g_string_append (dest, folded);
      else
        g_string_append_unichar (dest, c);
    }
}

/* A starter and what NFC may merge into it: the combining marks after it,
 * and the class-0 characters that compose with it directly (a Bengali or
 * Oriya two-part vowel sign, conjoining Hangul jamo L V T).  A class-0
 * character only composes while nothing stands between it and the starter,
 * so those are followed only up to the first mark.  Returns the cluster's end. */
static gsize
utf8_cluster_end (const char *data, gsize i, gsize len, gboolean *needs_nfc)
{
  gunichar c = g_utf8_get_char (data + i);
  gunichar a, b;
  gsize j = g_utf8_next_char (data + i) - data;
  gunichar composed = c;         /* the starter with what has merged into it */
  gboolean adjacent = TRUE;      /* nothing between it and data[j] */

  /* A lone character is already NFC unless it has a canonical decomposition. */
  *needs_nfc = g_unichar_decompose (c, &a, &b);
  while (j < len && (guchar) data[j] >= 0x80)
    {
      gunichar next = g_utf8_get_char (data + j);
      gunichar merged;
      if (g_unichar_combining_class (next) != 0)
        adjacent = FALSE;
      else if (adjacent && g_unichar_compose (composed, next, &merged))
        composed = merged;
      else
        break;
      *needs_nfc = TRUE;
      j = g_utf8_next_char (data + j) - data;
    }
  return j;
}

static gsize
normalize_utf8_cluster (Builder *b, const char *data, gsize i, gsize len, GString *scratch)
{
  gboolean needs_nfc = FALSE;
  gsize j = utf8_cluster_end (data, i, len, &needs_nfc);

  g_string_truncate (scratch, 0);
  fold_cluster (data + i, j - i, needs_nfc, scratch);
  if (scratch->len == j - i && memcmp (scratch->str, data + i, j - i) == 0)
    emit_copy (b, data, i, j - i);
  else
    emit_rewrite (b, i, scratch->str, scratch->len);
  return j - i;
}

static void
normalize_latin1_byte (Builder *b, const char *data, gsize i, GString *scratch)
{
  guchar byte = (guchar) data[i];
  gunichar c = byte >= 0x80 && byte < 0xA0 ? cp1252_high[byte - 0x80] : byte;
  char utf8[6];
  gint n = g_unichar_to_utf8 (c, utf8);

  g_string_truncate (scratch, 0);
  fold_cluster (utf8, n, FALSE, scratch);
  emit_rewrite (b, i, scratch->str, scratch->len);
}

/* An ASCII letter followed by non-ASCII may carry combining marks ("e" +
 * U+0301), which NFC merges into it: such a letter starts a cluster rather
 * than ending a copied run. */
static gboolean
starts_utf8_cluster (const char *data, gsize i, gsize len, PxEncoding encoding)
{
  return encoding == PX_ENCODING_UTF8 && i + 1 < len && (guchar) data[i + 1] >= 0x80;
}

void
px_normalize (const char *data, gsize start, gsize len, PxEncoding encoding, GString *out,
              GArray *segments)
{
  Builder b = { out, segments };
  g_autoptr(GString) scratch = g_string_new (NULL);

  if (start > 0)   /* a byte-order mark, dropped */
    emit_rewrite (&b, 0, "", 0);

  gsize i = start;
  while (i < len)
    {
      gsize run = i;
      while (run < len && (guchar) data[run] < 0x80 && !is_rewritten_ascii (data[run])
             && !starts_utf8_cluster (data, run, len, encoding))
        run++;
      if (run > i)
        {
          emit_copy (&b, data, i, run - i);
          i = run;
          continue;
        }
      if ((guchar) data[i] < 0x80 && is_rewritten_ascii (data[i]))
        i += normalize_ascii_control (&b, data, i, len);
      else if (encoding == PX_ENCODING_LATIN1)
        normalize_latin1_byte (&b, data, i++, scratch);
      else
        i += normalize_utf8_cluster (&b, data, i, len, scratch);
    }

  PxTextSegment sentinel = { out->len, len, FALSE };
  g_array_append_val (segments, sentinel);
}
