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
#include <string.h>

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

/* Eight bytes at once, their ASCII capitals lowercased: a byte below 0x80
 * that is at least 'A' and below '[' gets 0x20. */
static inline guint64
px_segment_fold8 (guint64 x)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 low7 = x & ~high;
  guint64 from_a = low7 + (0x80 - 'A') * ones;
  guint64 past_z = low7 + (0x80 - 'Z' - 1) * ones;
  return x | ((from_a & ~past_z & ~x & high) >> 2);
}

/* A hash of the @len bytes at @s with ASCII capitals lowercased (as
 * g_ascii_tolower () does), read eight bytes at a time: a token's hash,
 * and the hash its words are kept by in every table of the rules.  The
 * steps are apart so that a reader that may read past the last byte
 * can mix in whole words (segment.c). */
#define PX_SEGMENT_HASH_K G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)

static inline guint64
px_segment_hash_start (gsize len)
{
  return (len + 1) * PX_SEGMENT_HASH_K;
}

/* @w: up to eight bytes, the first in the lowest byte, zeros after the
 * last. */
static inline guint64
px_segment_hash_mix (guint64 h, guint64 w)
{
  return (h ^ px_segment_fold8 (w)) * PX_SEGMENT_HASH_K;
}

static inline guint32
px_segment_hash_end (guint64 h)
{
  return (guint32) (h ^ (h >> 32));
}

static inline guint32
px_segment_hash (const char *s, gsize len)
{
  guint64 h = px_segment_hash_start (len);
  for (; len >= 8; s += 8, len -= 8)
    {
      guint64 w;
      memcpy (&w, s, 8);
      h = px_segment_hash_mix (h, GUINT64_FROM_LE (w));
    }
  if (len > 0)
    {
      guint64 w = 0;
      for (gsize i = 0; i < len; i++)
        w |= (guint64) (guint8) s[i] << (8 * i);
      h = px_segment_hash_mix (h, w);
    }
  return px_segment_hash_end (h);
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

/* A token's byte range [start, end) in the normalised text, as 32-bit
 * offsets: a document's tokens are the largest thing its extractors
 * read (text past 4 GiB is not segmented, px_segment ()). */
typedef struct {
  guint32 start;
  guint32 end;
} PxTokenSpan;

/* A token, a plain value (16 bytes: tokens are read by every extractor,
 * and those of some forty articles stay in a core's second-level cache
 * at 16 bytes, not at 24). */
typedef struct {
  PxTokenSpan span;      /* normalised text */
  guint32 hash;          /* px_segment_hash () of its bytes */
  guint16 shape;         /* px_segment_shape () of its bytes */
  guint8 kind;           /* PxTokenKind */
  guint8 joined;         /* no space between this token and the previous one */
} PxToken;

/* Token @t's range as the span every stage passes around. */
static inline PxSpan
px_token_span (const PxToken *t)
{
  return (PxSpan) { t->span.start, t->span.end };
}

/* Whether token @t of @text (the normalised text) starts with a capital
 * or title-case letter: from its shape for ASCII, GLib's tables for the
 * rest. */
static inline gboolean
px_token_is_capitalised (const char *text, const PxToken *t)
{
  if ((guint8) text[t->span.start] < 0x80)
    return (t->shape & PX_TOKEN_SHAPE_CAPITAL) != 0;
  gunichar c = g_utf8_get_char (text + t->span.start);
  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

/* A sentence, a plain value. */
typedef struct {
  PxSpan span;           /* normalised text */
  guint paragraph;       /* index into the paragraphs */
  guint first_token;     /* index into the tokens */
  guint n_tokens;
} PxSentence;

typedef struct _PxSegmentation PxSegmentation;

/* Segments the @n_ranges spans of @text's normalised form (in order, not
 * overlapping), typically the kept ranges of px_clean(), up to its first
 * 4 GiB (a token's offsets are 32-bit; more warns).  (transfer full) */
PxSegmentation *px_segment (const PxSegmentRules *rules, const PxText *text,
                            const PxSpan *ranges, guint n_ranges);
void            px_segmentation_free (PxSegmentation *seg);

guint             px_segmentation_n_paragraphs (const PxSegmentation *seg);
PxSpan            px_segmentation_get_paragraph (const PxSegmentation *seg, guint i);
guint             px_segmentation_n_sentences (const PxSegmentation *seg);
const PxSentence *px_segmentation_get_sentence (const PxSegmentation *seg, guint i);
guint             px_segmentation_n_tokens (const PxSegmentation *seg);
const PxToken    *px_segmentation_get_token (const PxSegmentation *seg, guint i);
/* The first of tokens [0, @below) that starts at or after @offset, by
 * bisection (tokens are in text order); @below (or the number of
 * tokens, if fewer) when none does. */
guint             px_segmentation_token_from (const PxSegmentation *seg, gsize offset,
                                              guint below);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSegmentation, px_segmentation_free)

G_END_DECLS
