/* abbrev.h: private to src/segment; the compiled rules/abbreviations.yaml. */
#pragma once

#include "segment/segment.h"

typedef enum {
  PX_ABBREV_NONE,
  PX_ABBREV_TITLE,          /* never ends a sentence */
  PX_ABBREV_BEFORE_NUMBER,  /* does not end one when a number follows */
  PX_ABBREV_NUMBER_LABEL,   /* the same, and is a plain word when none follows */
  PX_ABBREV_MAY_END,        /* ends one only before a sentence starter */
} PxAbbrevClass;

/* The class of @word (with its final period, @len bytes, not terminated). */
G_GNUC_INTERNAL
PxAbbrevClass px_segment_rules_classify (const PxSegmentRules *rules, const char *word, gsize len);

G_GNUC_INTERNAL
gboolean px_segment_rules_is_starter (const PxSegmentRules *rules, const char *word, gsize len);

/* Whether the capital @letter with a period may be a Roman numeral
 * ("World War I.") rather than an initial. */
G_GNUC_INTERNAL
gboolean px_segment_rules_is_numeral (const PxSegmentRules *rules, char letter);

/* Whether the capital @letter is a name of its own (the platform X),
 * which a period after ends a sentence where a word in lower case comes
 * before it, rather than an initial. */
G_GNUC_INTERNAL
gboolean px_segment_rules_is_name_letter (const PxSegmentRules *rules, char letter);

/* Whether "'s" after the @len bytes at @word (any case) is a contraction
 * of "is", "has" or "us" rather than a possessive: "it's", "let's". */
G_GNUC_INTERNAL
gboolean px_segment_rules_contracts_s (const PxSegmentRules *rules, const char *word, gsize len);
