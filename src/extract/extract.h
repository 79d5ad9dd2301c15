/* extract.h: what one article names, dates, quotes and counts.
 *
 * Every extractor reads a PxText's normalised text inside the sentences of
 * its PxSegmentation and reports spans of the normalised text; callers map
 * them to the original bytes with px_text_original_span().  Behaviour comes
 * from rules/ (dates.yaml, attribution.yaml, numbers.yaml, names.yaml), so
 * an analyst can change it without recompiling.
 *
 * Results are plain values in GPtrArrays that own them (free functions set),
 * in text order.
 */
#pragma once

#include <glib.h>

#include "ingest/ingest.h"
#include "segment/segment.h"
#include "util/util.h"

G_BEGIN_DECLS

/* ==== Dates (dates.c, rules/dates.yaml) ================================= */

typedef struct _PxDateRules PxDateRules;

PxDateRules *px_date_rules_load         (const char *path, GError **error);
/* rules/dates.yaml from px_data_dir().  (transfer full) */
PxDateRules *px_date_rules_load_default (GError **error);
void         px_date_rules_free         (PxDateRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxDateRules, px_date_rules_free)

typedef enum {
  PX_DATE_ORDER_DEFAULT,   /* the rules' documented default */
  PX_DATE_ORDER_DMY,       /* 21/01/2025 */
  PX_DATE_ORDER_MDY,       /* 01/21/2025 */
} PxDateOrder;

typedef enum {
  PX_GRANULARITY_DAY,
  PX_GRANULARITY_WEEK,
  PX_GRANULARITY_MONTH,
  PX_GRANULARITY_YEAR,
  PX_GRANULARITY_SPAN,
  PX_GRANULARITY_VAGUE,
} PxGranularity;

const char *px_granularity_name (PxGranularity granularity);

/* What relative dates resolve against, a plain value.  Nothing ever
 * depends on today's date. */
typedef struct {
  GDate published;         /* g_date_clear()ed when unknown */
  PxDateOrder order;
} PxDateContext;

/* A date expression, a plain value owned by its array. */
typedef struct {
  PxSpan span;             /* normalised text */
  PxGranularity granularity;
  GDate start, end;        /* the resolved interval; invalid when unresolved */
  char *value;             /* ISO 8601 ("2025-01-16", "2025-01", "2025",
                              "2025-01-13/2025-01-19"); NULL when vague or
                              unresolved */
  const char *rule;        /* the pattern that matched (owned by the rules) */
  gboolean ambiguous;      /* a numeric date read in the rules' default
                              order when the other order is a valid date
                              too ("03/04/2025") */
} PxDate;

/* The dates in @seg's sentences, in text order, not overlapping.  A date
 * the text does not fix by itself (no year, or relative to the writing)
 * is resolved against @context->published; when that is unknown it is
 * reported with an invalid start/end and a NULL value, never guessed.
 * (transfer full) (element-type PxDate) */
GPtrArray *px_extract_dates (const PxDateRules *rules, const PxText *text,
                             const PxSegmentation *seg, const PxDateContext *context);

/* ==== Quotes (quotes.c, rules/attribution.yaml) ========================= */

typedef struct _PxQuoteRules PxQuoteRules;

PxQuoteRules *px_quote_rules_load         (const char *path, GError **error);
/* rules/attribution.yaml from px_data_dir().  (transfer full) */
PxQuoteRules *px_quote_rules_load_default (GError **error);
void          px_quote_rules_free         (PxQuoteRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQuoteRules, px_quote_rules_free)

typedef enum {
  PX_QUOTE_STATEMENT,      /* a clause or a sentence */
  PX_QUOTE_TERM,           /* a scare-quoted phrase: "Asian NATO" */
} PxQuoteKind;

const char *px_quote_kind_name (PxQuoteKind kind);

/* A quotation, a plain value owned by its array. */
typedef struct {
  PxSpan span;             /* the quoted text without its marks */
  PxQuoteKind kind;
  PxSpan speaker;          /* the words naming the speaker; empty when none */
  const char *rule;        /* the attribution rule that found the speaker */
} PxQuote;

/* (transfer full) (element-type PxQuote) */
GPtrArray *px_extract_quotes (const PxQuoteRules *rules, const PxText *text,
                              const PxSegmentation *seg);

/* ==== Numbers (numbers.c, rules/numbers.yaml) =========================== */

typedef struct _PxNumberRules PxNumberRules;

PxNumberRules *px_number_rules_load         (const char *path, GError **error);
/* rules/numbers.yaml from px_data_dir().  (transfer full) */
PxNumberRules *px_number_rules_load_default (GError **error);
void           px_number_rules_free         (PxNumberRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNumberRules, px_number_rules_free)

/* A quantity, a plain value owned by its array. */
typedef struct {
  PxSpan span;             /* "11,000 to 13,000 troops" */
  double low, high;        /* equal unless a range */
  PxSpan unit;             /* the counted noun ("troops"); empty when none */
  gboolean percent;
  char *currency;          /* ISO 4217 code for money, else NULL */
} PxNumber;

/* (transfer full) (element-type PxNumber) */
GPtrArray *px_extract_numbers (const PxNumberRules *rules, const PxText *text,
                               const PxSegmentation *seg);

G_END_DECLS
