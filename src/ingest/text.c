/* text.c: reading, validating and holding a text (see ingest.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ingest/normalize.h"

struct _PxText {
  gint ref_count;
  char *name;            /* owned */
  char *original;        /* owned; NUL-terminated for convenience */
  gsize original_len;
  char *normalized;      /* owned; NUL-terminated */
  gsize normalized_len;
  GArray *segments;      /* owned PxTextSegment, ending with a sentinel */
};

gboolean
px_encoding_from_string (const char *name, PxEncoding *out, GError **error)
{
  if (g_ascii_strcasecmp (name, "utf-8") == 0 || g_ascii_strcasecmp (name, "utf8") == 0)
    *out = PX_ENCODING_UTF8;
  else if (g_ascii_strcasecmp (name, "latin-1") == 0 || g_ascii_strcasecmp (name, "latin1") == 0
           || g_ascii_strcasecmp (name, "iso-8859-1") == 0
           || g_ascii_strcasecmp (name, "windows-1252") == 0)
    *out = PX_ENCODING_LATIN1;
  else
    return px_throw (error, PX_ERROR_USAGE,
                     "unknown encoding '%s' (expected utf-8 or latin-1)", name);
  return TRUE;
}

/* The multiplier a size's suffix stands for, or 0 if @suffix is not one.
 * "B" alone is bytes; K, M and G are powers of 1024 whether written bare or
 * followed by "B" or "iB", since nobody means 1000 when capping a file. */
static guint64
size_unit (const char *suffix)
{
  static const struct { char letter; guint64 unit; } units[] = {
    { 'K', G_GUINT64_CONSTANT (1) << 10 },
    { 'M', G_GUINT64_CONSTANT (1) << 20 },
    { 'G', G_GUINT64_CONSTANT (1) << 30 },
  };
  if (*suffix == '\0' || g_ascii_strcasecmp (suffix, "B") == 0)
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_toupper (*suffix) == units[i].letter
        && (suffix[1] == '\0' || g_ascii_strcasecmp (suffix + 1, "B") == 0
            || g_ascii_strcasecmp (suffix + 1, "iB") == 0))
      return units[i].unit;
  return 0;
}

gboolean
px_parse_size (const char *text, guint64 *out, GError **error)
{
  /* Digits first, checked by hand: g_ascii_strtoull would also take leading
   * spaces and a sign, and negate "-5" into 2^64 - 5. */
  const char *end = text;
  while (g_ascii_isdigit (*end))
    end++;
  guint64 value = 0, unit = size_unit (end);
  errno = 0;
  if (end != text)
    value = g_ascii_strtoull (text, NULL, 10);
  if (end == text || unit == 0 || errno != 0 || value > G_MAXUINT64 / unit)
    return px_throw (error, PX_ERROR_USAGE,
                     "'%s' is not a size (a whole number of bytes with an optional "
                     "K, M or G suffix, e.g. 500K, 200MB, 2GiB)", text);
  if (value == 0)
    return px_throw (error, PX_ERROR_USAGE,
                     "'%s' is not a size: a limit of 0 bytes would refuse every input", text);
  *out = value * unit;
  return TRUE;
}

static guint64
effective_limit (const PxIngestOptions *options)
{
  return options != NULL && options->max_bytes > 0 ? options->max_bytes
                                                   : PX_INGEST_DEFAULT_MAX_BYTES;
}

static gsize
line_of (const char *data, gsize offset)
{
  gsize line = 1;
  for (const char *p = data; (p = memchr (p, '\n', data + offset - p)) != NULL; p++)
    line++;
  return line;
}

static gboolean
refuse_utf16_or_32 (const char *name, const guchar *d, gsize len, GError **error)
{
  const char *what = NULL;
  if (len >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
    what = "UTF-32LE";
  else if (len >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF)
    what = "UTF-32BE";
  else if (len >= 2 && d[0] == 0xFF && d[1] == 0xFE)
    what = "UTF-16LE";
  else if (len >= 2 && d[0] == 0xFE && d[1] == 0xFF)
    what = "UTF-16BE";
  if (what == NULL)
    return TRUE;
  return px_throw (error, PX_ERROR_INPUT_ENCODING,
                   "%s: %s text (byte-order mark at byte 0) is not supported; "
                   "convert it first: iconv -f %s -t UTF-8", name, what, what);
}

static gboolean
is_allowed_control (guchar c)
{
  return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

static gboolean
refuse_byte (const char *name, const char *data, gsize at, const char *what, GError **error)
{
  return px_throw (error, PX_ERROR_INPUT_ENCODING,
                   "%s: %s at byte %zu (line %zu): not a text file?", name, what, at,
                   line_of (data, at));
}

static gboolean
validate_utf8 (const char *name, const char *data, gsize start, gsize len, const char *hint,
               GError **error)
{
  const char *end = NULL;
  if (!g_utf8_validate_len (data + start, len - start, &end))
    {
      gsize at = end - data;
      if (data[at] == '\0')
        return refuse_byte (name, data, at, "NUL byte", error);
      return px_throw (error, PX_ERROR_INPUT_ENCODING,
                       "%s: invalid UTF-8 at byte %zu (line %zu); if the file is Latin-1, %s",
                       name, at, line_of (data, at),
                       hint != NULL ? hint : "use --encoding=latin-1");
    }
  return TRUE;
}

static gboolean
validate_controls (const char *name, const char *data, gsize start, gsize len,
                   PxEncoding encoding, GError **error)
{
  for (gsize i = start; i < len; i++)
    {
      guchar c = (guchar) data[i];
      if (c == 0)
        return refuse_byte (name, data, i, "NUL byte", error);
      if ((c < 0x20 && !is_allowed_control (c)) || c == 0x7F)
        {
          g_autofree char *what = g_strdup_printf ("control byte 0x%02X", c);
          return refuse_byte (name, data, i, what, error);
        }
      if (encoding == PX_ENCODING_LATIN1
          && (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D))
        {
          g_autofree char *what = g_strdup_printf ("byte 0x%02X (undefined in Windows-1252)", c);
          return refuse_byte (name, data, i, what, error);
        }
    }
  return TRUE;
}

static gboolean
is_blank (const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (s[i]))
      return FALSE;
  return TRUE;
}

PxText *
px_text_new (const char *name, const char *data, gsize len, const PxIngestOptions *options,
             GError **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  PxEncoding encoding = options != NULL ? options->encoding : PX_ENCODING_UTF8;
  guint64 limit = effective_limit (options);

  if (len > limit)
    return px_throw_null (error, PX_ERROR_INPUT_TOO_LARGE,
                          "%s: %zu bytes is over the input limit of %" G_GUINT64_FORMAT
                          " bytes (raise it with --max-input-size)", name, len, limit);
  if (len == 0)
    return px_throw_null (error, PX_ERROR_INPUT_EMPTY, "%s: empty file", name);
  /* In Latin-1 the same bytes are characters ("\xff\xfe" is "ÿþ"); a real
   * UTF-16 file is still refused there, by its NUL bytes. */
  if (encoding == PX_ENCODING_UTF8 && !refuse_utf16_or_32 (name, (const guchar *) data, len, error))
    return NULL;

  gsize start = 0;
  if (encoding == PX_ENCODING_UTF8 && len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  const char *hint = options != NULL ? options->latin1_hint : NULL;
  if (encoding == PX_ENCODING_UTF8 && !validate_utf8 (name, data, start, len, hint, error))
    return NULL;
  if (!validate_controls (name, data, start, len, encoding, error))
    return NULL;

  g_autoptr(GString) normalized = g_string_sized_new (len + 1);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (PxTextSegment));
  px_normalize (data, start, len, encoding, normalized, segments);

  if (is_blank (normalized->str, normalized->len))
    return px_throw_null (error, PX_ERROR_INPUT_EMPTY, "%s: contains only whitespace", name);
  /* Segmentation keeps offsets into the normalised text in 32 bits. */
  if (normalized->len > PX_INGEST_HARD_MAX_BYTES)
    return px_throw_null (error, PX_ERROR_INPUT_TOO_LARGE,
                          "%s: %zu bytes once normalised; parallax reads texts of up to %"
                          G_GUINT64_FORMAT " bytes (4 GiB) each", name, normalized->len,
                          (guint64) PX_INGEST_HARD_MAX_BYTES);

  PxText *self = g_new0 (PxText, 1);
  self->ref_count = 1;
  self->name = g_strdup (name);
  self->original = g_malloc (len + 1);
  memcpy (self->original, data, len);
  self->original[len] = '\0';
  self->original_len = len;
  self->normalized_len = normalized->len;
  self->normalized = g_string_free (g_steal_pointer (&normalized), FALSE);
  self->segments = g_steal_pointer (&segments);
  return self;
}

static gboolean
read_all (int fd, const char *path, char *buf, gsize len, GError **error)
{
  gsize done = 0;
  while (done < len)
    {
      gssize n = read (fd, buf + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return px_throw (error, PX_ERROR_IO, "%s: cannot read: %s", path, g_strerror (errno));
      if (n == 0)
        return px_throw (error, PX_ERROR_IO, "%s: file shrank while being read", path);
      done += n;
    }
  return TRUE;
}

PxText *
px_text_load (const char *path, const PxIngestOptions *options, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return px_throw_null (error, PX_ERROR_IO, "%s: cannot read: %s", path, g_strerror (errno));

  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      return px_throw_null (error, PX_ERROR_IO, "%s: cannot read: %s", path,
                            g_strerror (saved));
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      return px_throw_null (error, PX_ERROR_IO, "%s: is a directory, not a text file", path);
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return px_throw_null (error, PX_ERROR_IO, "%s: not a regular file", path);
    }

  guint64 limit = effective_limit (options);
  if ((guint64) st.st_size > limit)
    {
      close (fd);
      return px_throw_null (error, PX_ERROR_INPUT_TOO_LARGE,
                            "%s: %" G_GUINT64_FORMAT " bytes is over the input limit of %"
                            G_GUINT64_FORMAT " bytes (raise it with --max-input-size)",
                            path, (guint64) st.st_size, limit);
    }

  gsize len = st.st_size;
  g_autofree char *data = g_malloc (len + 1);
  gboolean ok = read_all (fd, path, data, len, error);
  close (fd);
  if (!ok)
    return NULL;
  return px_text_new (path, data, len, options, error);
}

PxText *
px_text_ref (PxText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
px_text_unref (PxText *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_free (self->name);
  g_free (self->original);
  g_free (self->normalized);
  g_array_unref (self->segments);
  g_free (self);
}

const char *
px_text_get_name (const PxText *self)
{
  return self->name;
}

const char *
px_text_get_original (const PxText *self, gsize *len)
{
  if (len != NULL)
    *len = self->original_len;
  return self->original;
}

const char *
px_text_get_normalized (const PxText *self, gsize *len)
{
  if (len != NULL)
    *len = self->normalized_len;
  return self->normalized;
}

guint
px_text_n_segments (const PxText *self)
{
  return self->segments->len - 1;
}

/* The last segment starting at or before @norm (of several starting at the
 * same offset, the last: dropped characters are skipped). */
static guint
find_segment (const PxText *self, gsize norm)
{
  const PxTextSegment *segs = (const PxTextSegment *) self->segments->data;
  guint lo = 0, hi = self->segments->len - 1;   /* never the sentinel */

  while (lo + 1 < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (segs[mid].norm <= norm)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

gsize
px_text_original_offset (const PxText *self, gsize normalized_offset)
{
  g_return_val_if_fail (normalized_offset <= self->normalized_len, self->original_len);

  if (normalized_offset == self->normalized_len)
    return self->original_len;
  const PxTextSegment *segs = (const PxTextSegment *) self->segments->data;
  const PxTextSegment *seg = &segs[find_segment (self, normalized_offset)];
  return seg->copy ? seg->orig + (normalized_offset - seg->norm) : seg->orig;
}

/* Where the byte before @end ends in the original. */
static gsize
original_end (const PxText *self, gsize end)
{
  const PxTextSegment *segs = (const PxTextSegment *) self->segments->data;
  guint i = find_segment (self, end - 1);
  const PxTextSegment *seg = &segs[i];
  return seg->copy ? seg->orig + (end - seg->norm) : segs[i + 1].orig;
}

PxSpan
px_text_original_span (const PxText *self, PxSpan normalized)
{
  g_return_val_if_fail (normalized.start <= normalized.end, normalized);
  g_return_val_if_fail (normalized.end <= self->normalized_len, normalized);

  gsize start = px_text_original_offset (self, normalized.start);
  gsize end = normalized.end > normalized.start ? original_end (self, normalized.end) : start;
  return (PxSpan) { start, end };
}
