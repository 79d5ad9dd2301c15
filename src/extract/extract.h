/* extract.h: what one article names, dates, quotes and counts.
 *
 * Every extractor reads a PxText's normalised text inside the sentences of
 * its PxSegmentation and reports spans of the normalised text; callers map
 * them to the original bytes with px_text_original_span().  Behaviour comes
 * from rules/ (dates.yaml, attribution.yaml, numbers.yaml, names.yaml,
 * metadata.yaml), so
 * an analyst can change it without recompiling.
 *
 * Results are plain values in GPtrArrays that own them (free functions set),
 * in text order.
 */
#pragma once

#include <glib.h>

#include "clean/clean.h"
#include "gazetteer/gazetteer.h"
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
  /* An offset from an event ("80 years after its defeat", the rules'
   * "event" resolver): how many units after it (negative: before), 0
   * when the date is none; the unit is a day, week, month or year.  The
   * date stays vague until px_dates_anchor () knows the event. */
  int event_offset;
  PxGranularity event_unit;
} PxDate;

/* The dates in @seg's sentences, in text order, not overlapping.  A date
 * the text does not fix by itself (no year, or relative to the writing)
 * is resolved against @context->published; when that is unknown it is
 * reported with an invalid start/end and a NULL value, never guessed.
 * (transfer full) (element-type PxDate) */
GPtrArray *px_extract_dates (const PxDateRules *rules, const PxText *text,
                             const PxSegmentation *seg, const PxDateContext *context);
/* Where a text names something by its gazetteer id: a holiday's name,
 * which dates what happened on it ("on Christmas Eve"). */
typedef struct {
  PxSpan span;             /* normalised text */
  const char *id;
} PxNamedDay;
/* px_extract_dates (), knowing where the text names @days (in text
 * order, not overlapping): the rules' holidays among them are read as
 * dates where the patterns say so ("on Christmas Eve", "Easter 2019",
 * not "Christmas shopping"). */
GPtrArray *px_extract_dates_named (const PxDateRules *rules, const PxText *text,
                                   const PxSegmentation *seg, const PxDateContext *context,
                                   const PxNamedDay *days, guint n_days);
/* Resolves date @k of @dates, an offset from an event, against the event
 * that happened from @from to @to (@to NULL or invalid: one day): "10 years
 * after the Korean War" is ten years after its end, "two days before" it
 * two days before its start.  The date then reaches to @end, the end of
 * the event's name, when that is further.  Replaces the date in @dates;
 * FALSE (and nothing changed) when it is no such offset or the result
 * would leave the calendar. */
gboolean   px_dates_anchor  (GPtrArray *dates, guint k, const GDate *from, const GDate *to,
                             gsize end);
/* Date @k of @dates, a day written in the name of an event that took
 * the one day @day ("the Sept. 11 attacks", "the Jan. 6 attack"), is
 * that day, when it has @day's month and day: the name leaves the year
 * out, which is the event's, not the latest before publication.
 * Replaces the date in @dates; FALSE (and nothing changed) otherwise. */
gboolean   px_dates_name_day (GPtrArray *dates, guint k, const GDate *day);

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

/* What the entity extractor found that an attribution may credit: spans
 * in the normalised text, by start. */
typedef struct {
  const PxSpan *bodies;    /* organisations and outlets: "the ministry said" */
  guint n_bodies;
  const PxSpan *persons;   /* persons: "he said" with no one credited before */
  guint n_persons;
  const guint *person_entities;  /* per person span, its entity; NULL if unknown */
  const PxSpan *places;    /* places: never whom "he said" stands for */
  guint n_places;
  const PxSpan *times;     /* dates: "Kim on Sunday said" is Kim's */
  guint n_times;
  const PxSpan *peoples;   /* places named by their people: "the Chinese ministry said" */
  guint n_peoples;
} PxNamedSpans;

/* (transfer full) (element-type PxQuote).  @named: NULL when nothing
 * named is known. */
GPtrArray *px_extract_quotes (const PxQuoteRules *rules, const PxText *text,
                              const PxSegmentation *seg, const PxNamedSpans *named);

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

/* ==== Entities (entities.c, rules/names.yaml) =========================== */

typedef struct _PxNameRules PxNameRules;

PxNameRules *px_name_rules_load         (const char *path, GError **error);
/* rules/names.yaml from px_data_dir().  (transfer full) */
PxNameRules *px_name_rules_load_default (GError **error);
void         px_name_rules_free         (PxNameRules *rules);
/* Fails when a rule names an entity @gazetteer does not have. */
gboolean     px_name_rules_check        (const PxNameRules *rules, const PxGazetteer *gazetteer,
                                         GError **error);
/* The gazetteer compile option the rules set. */
guint        px_name_rules_caps_only_max_letters (const PxNameRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNameRules, px_name_rules_free)

/* An entity one document mentions, a plain value: a gazetteer entity, or a
 * name a rule found, with an id derived from the name. */
typedef struct {
  char *id;
  char *name;
  PxEntityType type;
  guint gazetteer_entity;  /* or PX_NO_ENTITY */
} PxEntity;

/* A mention, a plain value. */
typedef struct {
  PxSpan span;             /* normalised text */
  guint entity;            /* index into the document's entities */
  const char *rule;        /* "gazetteer", "title", "honorific", "surname",
                              "in-context", "country-office" */
  gboolean demonym;        /* "Japanese" */
  gboolean metonymic;      /* a place standing for what it is metonym_of */
  gboolean nested;         /* inside another mention's name (px_entities_get_nested ()) */
} PxMention;

typedef struct _PxEntities PxEntities;

/* The entities of @seg's sentences, in order of first mention.
 * (transfer full) */
PxEntities *px_extract_entities (const PxNameRules *rules, const PxGazetteer *gazetteer,
                                 const PxText *text, const PxSegmentation *seg);
void        px_entities_free (PxEntities *entities);

guint            px_entities_n_entities (const PxEntities *entities);
const PxEntity  *px_entities_get_entity (const PxEntities *entities, guint i);
/* Mentions in text order; they never overlap. */
guint            px_entities_n_mentions (const PxEntities *entities);
const PxMention *px_entities_get_mention (const PxEntities *entities, guint i);
/* Names inside a mention's name, in text order: a listed place a body or
 * a region is named after ("Sheffield" in "University of Sheffield",
 * "Indiana" in "Southern Indiana"), a listed organisation that opens a
 * body's name ("Google" in "Google Science Fair").  Each lies inside one
 * mention above.  Every entity has a mention or a nested one (or both). */
guint            px_entities_n_nested (const PxEntities *entities);
const PxMention *px_entities_get_nested (const PxEntities *entities, guint i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEntities, px_entities_free)

/* ==== Metadata (metadata.c, rules/metadata.yaml) ======================= */

/* A capture's title, publication date, author and outlet, as the page
 * states them: an aggregator's "Date: 21/01/2025 | Source: Naenara" line,
 * a posting timestamp "May 16, 2023 at 10:33AM", a credit "Courtesy:
 * Firstpost", a byline, a sign-off, a dateline under the headline.  Unlike
 * the other extractors this one reads the lines cleaning trimmed as well as
 * the story: each pattern names the labels it may read (a cleaning rule's
 * name, "title" or "story"), and the rules list labels never read (a
 * weather widget).  A run file's values win over these; see
 * docs/metadata.md. */

typedef struct _PxMetadataRules PxMetadataRules;

PxMetadataRules *px_metadata_rules_load         (const char *path, GError **error);
/* rules/metadata.yaml from px_data_dir().  (transfer full) */
PxMetadataRules *px_metadata_rules_load_default (GError **error);
void             px_metadata_rules_free         (PxMetadataRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxMetadataRules, px_metadata_rules_free)

typedef enum {
  PX_META_TITLE,
  PX_META_PUBLISHED,
  PX_META_AUTHOR,
  PX_META_OUTLET,
} PxMetaField;

#define PX_META_N_FIELDS (PX_META_OUTLET + 1)

/* "title", "published", "author", "outlet". */
const char *px_meta_field_name (PxMetaField field);

/* One field as found, a plain value owned by its PxMetadata. */
typedef struct {
  char *value;             /* published: ISO 8601 day, month or year;
                              outlet: the words naming it ("Naenara");
                              title, author: the words */
  PxSpan span;             /* normalised text: the words it was read from */
  const char *rule;        /* the metadata pattern (owned by the rules) */
  guint entity;            /* outlet: its gazetteer entity, or PX_NO_ENTITY */
  GDate date;              /* published: the day; invalid for a month or year */
} PxMetaValue;

typedef struct _PxMetadata PxMetadata;

/* Reads @text's metadata, lines labelled by @cleaned; dates are read with
 * @dates (numeric ones in @order) over tokens from @segment, outlets
 * looked up in @gazetteer.  Nothing read is guessed: a field no pattern
 * finds stays missing.  (transfer full) */
PxMetadata *px_extract_metadata (const PxMetadataRules *rules, const PxDateRules *dates,
                                 const PxSegmentRules *segment, const PxGazetteer *gazetteer,
                                 const PxText *text, const PxCleaned *cleaned,
                                 PxDateOrder order);
void        px_metadata_free (PxMetadata *metadata);
/* NULL when no pattern found @field.  (transfer none) */
const PxMetaValue *px_metadata_get (const PxMetadata *metadata, PxMetaField field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxMetadata, px_metadata_free)

/* ==== Everything at once (extract.c) ==================================== */

/* Every extractor's rules and the gazetteer, shared by many documents. */
typedef struct _PxExtractRules PxExtractRules;

/* The default rules/ files, over @gazetteer (referenced).  (transfer full) */
PxExtractRules *px_extract_rules_load_default (PxGazetteer *gazetteer, GError **error);
void            px_extract_rules_free (PxExtractRules *rules);
const PxGazetteer *px_extract_rules_get_gazetteer (const PxExtractRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxExtractRules, px_extract_rules_free)

/* What one document yields. */
typedef struct _PxExtraction PxExtraction;

/* Reads the metadata of @text (lines labelled by @cleaned), then the
 * other extractors over @seg's sentences.  @context: the publication date
 * and date order relative and numeric dates are read with; when its date
 * is unknown, a publication day the metadata states is used instead.
 * (transfer full) */
PxExtraction *px_extract (const PxExtractRules *rules, const PxText *text,
                          const PxCleaned *cleaned, const PxSegmentation *seg,
                          const PxDateContext *context);
void          px_extraction_free (PxExtraction *extraction);

const PxEntities  *px_extraction_get_entities (const PxExtraction *extraction);
/* What the page states of itself (not what the run file says).  (transfer none) */
const PxMetadata  *px_extraction_get_metadata (const PxExtraction *extraction);
/* The day relative dates were resolved against: the context's, else the
 * detected publication day; invalid when neither was known. */
GDate              px_extraction_get_anchor (const PxExtraction *extraction);
/* (element-type PxDate) (transfer none) */
GPtrArray         *px_extraction_get_dates (const PxExtraction *extraction);
/* (element-type PxQuote) (transfer none) */
GPtrArray         *px_extraction_get_quotes (const PxExtraction *extraction);
/* (element-type PxNumber) (transfer none) */
GPtrArray         *px_extraction_get_numbers (const PxExtraction *extraction);
/* The entity (an index into the entities) a quote's speaker names, or
 * G_MAXUINT when it names none the document knows. */
guint              px_extraction_quote_speaker (const PxExtraction *extraction, guint quote);
/* The gazetteer the entities' indices refer to.  (transfer none) */
const PxGazetteer *px_extraction_get_gazetteer (const PxExtraction *extraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxExtraction, px_extraction_free)

G_END_DECLS
