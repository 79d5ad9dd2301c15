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

/* A token, a plain value. */
typedef struct {
  PxSpan span;           /* normalised text */
  PxTokenKind kind;
  gboolean joined;       /* no space between this token and the previous one */
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
