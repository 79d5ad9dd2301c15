/* segment.h: paragraphs, sentences and tokens, with byte offsets.
 *
 * Segmentation reads the normalised text (see ingest.h) inside the story
 * ranges that cleaning kept, and produces three flat arrays: paragraphs,
 * sentences (each inside one paragraph) and tokens (each inside one
 * sentence), all as spans of the normalised text.
 *
 * - Paragraphs: each non-blank line, or, in hard-wrapped text (most lines
 *   end mid-sentence), each block between blank lines.
 * - Sentences end at ".", "!", "?" or "..." (with any closing quotes and
 *   brackets) before a capital, a digit or an opening mark, unless the word
 *   before the period is an abbreviation from rules/abbreviations.yaml
 *   ("Jan. 16", "Mr. Ishiba", "the U.S. provocative ...") or an initial.
 * - Tokens: words (letters, digits and marks, with inner apostrophes:
 *   "O'Brien"), numbers ("11,000", "17.5", "'90s"), abbreviations with
 *   their periods ("U.S.", "Jan."), the possessive "'s" as its own token
 *   ("Japan" "'s"), and punctuation.  Hyphens and slashes are tokens, so
 *   "Seoul-Tokyo" and "Senkaku/Diaoyu" give both names; `joined` tells
 *   that no space came before a token.
 *
 * Each token also carries what every extractor asks of its bytes first:
 * a hash of them with ASCII letters lowercased (px_segment_hash ()) and a
 * shape (px_segment_shape (): first and last byte, length, capital).  They
 * are worked out here, while the bytes are fresh, so that the extractors'
 * word filters and tables read the token and not its text, and no
 * extractor hashes a word another has hashed already.
 */
#pragma once

#include <glib.h>

#include "ingest/ingest.h"
#include "util/util.h"

G_BEGIN_DECLS

typedef struct _PxSegmentRules PxSegmentRules;

PxSegmentRules *px_segment_rules_load         (const char *path, GError **error);
/* rules/abbreviations.yaml from px_data_dir().  (transfer full) */
PxSegmentRules *px_segment_rules_load_default (GError **error);
void            px_segment_rules_free         (PxSegmentRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSegmentRules, px_segment_rules_free)

typedef enum {
  PX_TOKEN_WORD,
  PX_TOKEN_NUMBER,
  PX_TOKEN_POSSESSIVE,   /* "'s" or a bare "'" after a plural */
  PX_TOKEN_PUNCT,
} PxTokenKind;

/* ASCII letters lowercased, as g_ascii_tolower () does, inline: what a
 * token's hash and shape fold. */
static inline char
px_segment_fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* FNV-1a over folded bytes, one at a time: h = PX_SEGMENT_HASH_SEED, then
 * px_segment_hash_step () per byte. */
#define PX_SEGMENT_HASH_SEED 2166136261u

static inline guint32
px_segment_hash_step (guint32 h, char c)
{
  return (h ^ (guint8) px_segment_fold (c)) * 16777619u;
}

/* The hash before the last step: (h ^ c) * prime, undone by the prime's
 * inverse modulo 2^32.  "Jan." gives the hash of "jan" without reading it
 * again. */
static inline guint32
px_segment_hash_unstep (guint32 h, char c)
{
  return (h * 0x359c449bu) ^ (guint8) px_segment_fold (c);
}

static inline guint32
px_segment_hash (const char *s, gsize len)
{
  guint32 h = PX_SEGMENT_HASH_SEED;
  for (gsize i = 0; i < len; i++)
    h = px_segment_hash_step (h, s[i]);
  return h;
}

/* A token's shape: bits 0-2 its length (7 for 7 or more), 3-7 its last
 * byte folded and cut to five bits, 8-12 its first byte likewise (the
 * key, PX_TOKEN_SHAPE_KEY, that word filters are indexed by), and
 * PX_TOKEN_SHAPE_CAPITAL when its first byte is an ASCII capital. */
#define PX_TOKEN_SHAPE_KEY 0x1fffu
#define PX_TOKEN_SHAPE_CAPITAL 0x2000u

static inline guint
px_segment_shape (const char *s, gsize len)
{
  if (len == 0)
    return 0;
  guint first = (guint) px_segment_fold (s[0]) & 31;
  guint last = (guint) px_segment_fold (s[len - 1]) & 31;
  guint capital = s[0] >= 'A' && s[0] <= 'Z' ? PX_TOKEN_SHAPE_CAPITAL : 0;
  return first << 8 | last << 3 | MIN (len, 7) | capital;
}

/* A token, a plain value (24 bytes: tokens are read by every extractor). */
typedef struct {
  PxSpan span;           /* normalised text */
  guint32 hash;          /* px_segment_hash () of its bytes */
  guint16 shape;         /* px_segment_shape () of its bytes */
  guint8 kind;           /* PxTokenKind */
  guint8 joined;         /* no space between this token and the previous one */
} PxToken;

/* A sentence, a plain value. */
typedef struct {
  PxSpan span;           /* normalised text */
  guint paragraph;       /* index into the paragraphs */
  guint first_token;     /* index into the tokens */
  guint n_tokens;
} PxSentence;

typedef struct _PxSegmentation PxSegmentation;

/* Segments the @n_ranges spans of @text's normalised form (in order, not
 * overlapping), typically the kept ranges of px_clean().  (transfer full) */
PxSegmentation *px_segment (const PxSegmentRules *rules, const PxText *text,
                            const PxSpan *ranges, guint n_ranges);
void            px_segmentation_free (PxSegmentation *seg);

guint             px_segmentation_n_paragraphs (const PxSegmentation *seg);
PxSpan            px_segmentation_get_paragraph (const PxSegmentation *seg, guint i);
guint             px_segmentation_n_sentences (const PxSegmentation *seg);
const PxSentence *px_segmentation_get_sentence (const PxSegmentation *seg, guint i);
guint             px_segmentation_n_tokens (const PxSegmentation *seg);
const PxToken    *px_segmentation_get_token (const PxSegmentation *seg, guint i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSegmentation, px_segmentation_free)

G_END_DECLS
