/* align-private.h: private to src/align; the pieces px_compare() is made of.
 *
 * - tokens.c: the word tokens alignment works on, with equivalences;
 * - quotes.c: a quote searched in a source, with a verdict and a diff;
 * - reuse.c: passages two documents share, over many documents at once;
 * - rules.c: rules/compare.yaml;
 * - compare.c: px_compare() itself, over these and src/claims.
 */
#pragma once

#include "align/align.h"

/* ### Tokens (tokens.c) */

/* Token equivalences ("U.S." = "US" = "United States"), built from the
 * rules' groups of phrases. */
typedef struct _PxAlignEquivalents PxAlignEquivalents;

/* @groups: (element-type GStrv) each a group of phrases that are the same
 * words.  Fails on a blank phrase or a phrase in two groups, naming it.
 * (transfer full) */
G_GNUC_INTERNAL
PxAlignEquivalents *px_align_equivalents_new (GPtrArray *groups, GError **error);
G_GNUC_INTERNAL
void px_align_equivalents_free (PxAlignEquivalents *equivalents);

enum {
  PX_ALIGN_ELISION = 1 << 0,        /* "..." or "…": words left out */
  PX_ALIGN_SENTENCE_START = 1 << 1, /* the first word of a sentence */
  PX_ALIGN_BREAK = 1 << 2,          /* the first word of another range (title, body) */
  PX_ALIGN_CAPITALISED = 1 << 3,    /* written with a capital first letter */
  PX_ALIGN_HYPHENATED = 1 << 4,     /* joined to the word before by a hyphen:
                                       "seeking" in "hegemony-seeking" */
  PX_ALIGN_PHRASE_END = 1 << 5,     /* followed by a comma, colon, semicolon,
                                       bracket, spaced dash or a stop */
  PX_ALIGN_SENTENCE_END = 1 << 6,   /* followed by ".", "!" or "?" (closing
                                       marks between are skipped) */
};

/* A word as alignment sees it, a plain value. */
typedef struct {
  guint64 key;              /* the folded word (case, marks, apostrophes, periods
                               of abbreviations); equal for equivalent phrases */
  PxSpan span;              /* normalised text; a phrase's whole span */
  guint flags;              /* PX_ALIGN_* */
} PxAlignToken;

/* Appends the tokens of @range of @text (normalised text) to @out
 * (element-type PxAlignToken).  Punctuation is dropped, hyphenated
 * compounds are split into their words, "..." becomes an elision token,
 * equivalent phrases become one token.  The first token gets @first_flags. */
G_GNUC_INTERNAL
void px_align_tokenize (const PxCompareRules *rules, const char *text, PxSpan range,
                        guint first_flags, GArray *out);

/* ### Quotes (quotes.c) */

/* A quote searched in a source, a plain value (clear with
 * px_quote_match_clear()). */
typedef struct {
  PxVerdict verdict;        /* verbatim, verbatim_with_elision, altered or
                               absent: who is credited is the caller's business */
  PxSpan source;            /* the source's words the quote stands for; empty when absent */
  double score;             /* share of the quote's words found, in order, in @source */
  GArray *diff;             /* (element-type PxEdit) the whole alignment, in order;
                               NULL when absent */
  gboolean echo;            /* absent, but a run of its words resembles the source
                               (a stock phrase), at @echo_source */
  PxSpan echo_source;
} PxQuoteMatch;

G_GNUC_INTERNAL
void px_quote_match_clear (PxQuoteMatch *match);

/* Searches @quote (its tokens) in @source (the tokens of a whole source
 * document, title and body).  @term: the quote is a scare-quoted phrase,
 * which is verbatim or absent, never altered.  @out is overwritten, so
 * clear it first if it holds a diff (docs/quote-fidelity.md). */
G_GNUC_INTERNAL
void px_align_quote (const PxCompareRules *rules, const PxAlignToken *quote, guint n_quote,
                     gboolean term, const PxAlignToken *source, guint n_source,
                     PxQuoteMatch *out);

/* ### Text reuse (reuse.c) */

/* A passage two documents share: the public PxSharedPassage, which the
 * comparison hands out as it is. */
typedef PxSharedPassage PxReusePassage;

/* The reuse between two documents, a plain value (clear with
 * px_reuse_pair_clear()). */
typedef struct {
  guint a, b;               /* document indices, a < b */
  double ratio;             /* share of the shorter document's words in shared passages */
  double ratio_a, ratio_b;  /* share of each document's own words */
  GArray *passages;         /* (element-type PxReusePassage) in @a's text order */
} PxReusePair;

G_GNUC_INTERNAL
void px_reuse_pair_clear (PxReusePair *pair);

/* Every pair of the @n_docs documents (@tokens[i]: document i's body
 * tokens, element-type PxAlignToken) that shares at least the rules'
 * minimum passage, found through an index of shingles and then verified
 * exactly; pairs sorted by (a, b).  Uses up to @n_threads threads.
 * (transfer full) (element-type PxReusePair) */
G_GNUC_INTERNAL
GArray *px_align_reuse (const PxCompareRules *rules, GArray *const *tokens, guint n_docs,
                        guint n_threads);

/* ### Rules (rules.c) */

struct _PxCompareRules {
  PxAlignEquivalents *equivalents;
  /* quotes: */
  guint altered_min_words;      /* shorter statements are verbatim or absent */
  double altered_min_score;     /* share of a quote's words a source must have */
  guint elision_max_gap;        /* source words an elision may stand for */
  guint echo_min_words;         /* a shared run this long is an echo */
  /* reuse: */
  guint shingle_words;
  guint reuse_min_words;        /* the shortest passage reported */
  double republication_ratio;   /* above it, one witness with the other */
  /* entities: */
  double salience_mention, salience_position, salience_quote;
  double type_weight[PX_ENTITY_N_TYPES];
  /* dates: */
  guint event_mismatch_days;    /* a document's period this far from the
                                   primary's is another event */
  /* consensus: */
  double consensus_share;       /* share of witnesses that makes consensus */
};
