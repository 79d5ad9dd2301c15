/* ingest.h: from a file's bytes to text every later stage can trust.
 *
 * A PxText holds two strings:
 *
 * - the original bytes, exactly as the user's file has them (a UTF-8 BOM
 *   included), which is what every span reported to a user points into;
 * - the normalised text that the pipeline reads: UTF-8 in NFC, line ends as
 *   "\n", every space-like character as " ", typographic quotes folded to
 *   ASCII ' and ", every dash to "-", "…" to "...", and invisible format
 *   characters (soft hyphens, zero-width spaces, bidi controls) removed.
 *
 * Between the two sits an offset map: a sorted list of segments, each either
 * copied byte for byte or rewritten (one original character or combining
 * sequence becoming its normal form).  Copied runs cost nothing, so a text
 * that needed no change has a single segment, and mapping an offset is a
 * binary search.  Invariant: both strings are covered by the segments, in
 * the same order, with no gaps.
 *
 * Input is refused, with the file name and the byte offset of the problem,
 * when it is not text: invalid UTF-8, NUL or other control bytes, UTF-16 or
 * UTF-32 (recognised by their byte-order marks), empty or blank, or larger
 * than the configured limit.  Latin-1 input is accepted on request.
 */
#pragma once

#include <glib.h>

#include "util/util.h"

G_BEGIN_DECLS

typedef enum {
  PX_ENCODING_UTF8,
  PX_ENCODING_LATIN1,
} PxEncoding;

/* The default input size limit: far above any article, far below what would
 * strain a laptop.  Raise it with PxIngestOptions.max_bytes. */
#define PX_INGEST_DEFAULT_MAX_BYTES (G_GUINT64_CONSTANT (64) * 1024 * 1024)

/* The most any one text may hold once normalised, whatever the limit: the
 * stages after ingest keep offsets into it in 32 bits. */
#define PX_INGEST_HARD_MAX_BYTES G_GUINT64_CONSTANT (0xFFFFFFFF)

/* Options, a plain value; zero-initialised means UTF-8 and the default limit. */
typedef struct {
  PxEncoding encoding;
  guint64 max_bytes;     /* 0: PX_INGEST_DEFAULT_MAX_BYTES */
  /* How the user asks for Latin-1 where this text comes from, ending the
   * invalid-UTF-8 message; NULL: "use --encoding=latin-1". */
  const char *latin1_hint;
} PxIngestOptions;

/* Parses "utf-8"/"utf8" or "latin-1"/"latin1"/"iso-8859-1". */
gboolean px_encoding_from_string (const char *name, PxEncoding *out, GError **error);

/* Parses a positive byte count: decimal digits, then optionally "B", or K, M
 * or G (powers of 1024) alone or followed by "B" or "iB", in any case.
 * Nothing else (no sign, space or fraction); 0 is refused. */
gboolean px_parse_size (const char *text, guint64 *out, GError **error);

typedef struct _PxText PxText;

/* Reads and normalises @path.  @options may be NULL.  (transfer full) */
PxText     *px_text_load (const char *path, const PxIngestOptions *options, GError **error);

/* The same for bytes already in memory; @name is used in messages and
 * reported as the text's file.  @data is copied.  (transfer full) */
PxText     *px_text_new  (const char *name, const char *data, gsize len,
                          const PxIngestOptions *options, GError **error);

PxText     *px_text_ref   (PxText *self);
void        px_text_unref (PxText *self);

/* (transfer none) */
const char *px_text_get_name       (const PxText *self);
const char *px_text_get_original   (const PxText *self, gsize *len);
/* NUL-terminated. */
const char *px_text_get_normalized (const PxText *self, gsize *len);

/* Where a normalised offset lies in the original bytes.  An offset inside a
 * rewritten character maps to that character's first byte. */
gsize       px_text_original_offset (const PxText *self, gsize normalized_offset);

/* A normalised span as a span of the original bytes: the start rounds down
 * and the end rounds up to whole original characters. */
PxSpan      px_text_original_span   (const PxText *self, PxSpan normalized);

/* The number of map segments: 1 when the normalised text is the original. */
guint       px_text_n_segments (const PxText *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxText, px_text_unref)

G_END_DECLS
