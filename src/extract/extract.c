/* extract.c: every extractor over one document. */
#include "config.h"

#include <stdio.h>

#include "extract/extract.h"

struct _PxExtractRules {
  PxGazetteer *gazetteer;
  PxNameRules *names;
  PxDateRules *dates;
  PxQuoteRules *quotes;
  PxNumberRules *numbers;
  PxMetadataRules *metadata;
  PxSegmentRules *segment;   /* tokens of the metadata lines */
};

struct _PxExtraction {
  PxGazetteer *gazetteer;
  PxEntities *entities;
  GPtrArray *dates;
  GPtrArray *quotes;
  GArray *speakers;         /* guint per quote */
  GPtrArray *numbers;
  PxMetadata *metadata;
  GDate anchor;
};

PxExtractRules *
px_extract_rules_load_default (PxGazetteer *gazetteer, GError **error)
{
  g_return_val_if_fail (gazetteer != NULL, NULL);
  g_autoptr(PxExtractRules) rules = g_new0 (PxExtractRules, 1);
  rules->gazetteer = px_gazetteer_ref (gazetteer);
  rules->names = px_name_rules_load_default (error);
  if (rules->names == NULL || !px_name_rules_check (rules->names, gazetteer, error))
    return NULL;
  rules->dates = px_date_rules_load_default (error);
  if (rules->dates == NULL)
    return NULL;
  rules->quotes = px_quote_rules_load_default (error);
  if (rules->quotes == NULL)
    return NULL;
  rules->numbers = px_number_rules_load_default (error);
  if (rules->numbers == NULL)
    return NULL;
  rules->metadata = px_metadata_rules_load_default (error);
  if (rules->metadata == NULL)
    return NULL;
  rules->segment = px_segment_rules_load_default (error);
  if (rules->segment == NULL)
    return NULL;
  return g_steal_pointer (&rules);
}

void
px_extract_rules_free (PxExtractRules *rules)
{
  if (rules == NULL)
    return;
  px_gazetteer_unref (rules->gazetteer);
  px_name_rules_free (rules->names);
  px_date_rules_free (rules->dates);
  px_quote_rules_free (rules->quotes);
  px_number_rules_free (rules->numbers);
  px_metadata_rules_free (rules->metadata);
  px_segment_rules_free (rules->segment);
  g_free (rules);
}

const PxGazetteer *
px_extract_rules_get_gazetteer (const PxExtractRules *rules)
{
  return rules->gazetteer;
}

static gsize
overlap (PxSpan a, PxSpan b)
{
  gsize start = MAX (a.start, b.start), end = MIN (a.end, b.end);
  return end > start ? end - start : 0;
}

/* The first mention that starts at or after @at.  Mentions are sorted by
 * start and never overlap (extraction claims each byte once). */
static guint
first_mention_from (const PxEntities *entities, gsize at)
{
  guint lo = 0, hi = px_entities_n_mentions (entities);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (px_entities_get_mention (entities, mid)->span.start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The spans of the mentions, by start, of the bodies (organisations and
 * outlets) into @bodies and of the persons into @persons, with their
 * entities into @person_entities: those an attribution may credit; of
 * the places into @places, and of the places named by their people into
 * @peoples. */
static void
named_spans (const PxEntities *entities, GArray *bodies, GArray *persons, GArray *person_entities,
             GArray *places, GArray *peoples)
{
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      PxEntityType type = px_entities_get_entity (entities, m->entity)->type;
      if (m->demonym)
        {
          if (type == PX_ENTITY_PLACE)
            g_array_append_val (peoples, m->span);
          continue;
        }
      if (type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET)
        g_array_append_val (bodies, m->span);
      else if (type == PX_ENTITY_PLACE)
        g_array_append_val (places, m->span);
      else if (type == PX_ENTITY_PERSON)
        {
          g_array_append_val (persons, m->span);
          g_array_append_val (person_entities, m->entity);
        }
    }
}

/* A speaker is the entity whose mention covers most of the speaker's
 * words: "The KCNA's statement" credits KCNA, "Mr. Ishiba" Shigeru Ishiba;
 * but a person named last is the head of the words before ("U.S.
 * Treasury Secretary Scott Bessent" is no treasury), and a demonym that
 * is not all of them names no speaker ("Australian Energy Producers", a
 * body no list holds, is not Australia).  Only the mentions
 * around the speaker are read, so a document with 100,000 quotes costs no
 * more per quote than one with ten. */
static guint
speaker_entity (const PxEntities *entities, PxSpan speaker)
{
  guint best = G_MAXUINT, last = G_MAXUINT;
  gsize best_overlap = 0;
  if (speaker.end <= speaker.start)
    return best;
  guint first = first_mention_from (entities, speaker.start);
  /* The one mention before may reach into the speaker's words. */
  for (guint k = first > 0 ? first - 1 : 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      if (m->span.start >= speaker.end)
        break;
      if (m->demonym && (m->span.start != speaker.start || m->span.end != speaker.end))
        continue;
      gsize o = overlap (m->span, speaker);
      if (o > best_overlap)
        {
          best_overlap = o;
          best = m->entity;
        }
      if (o > 0 && m->span.end == speaker.end)
        last = m->entity;
    }
  if (last != G_MAXUINT && px_entities_get_entity (entities, last)->type == PX_ENTITY_PERSON)
    return last;
  return best;
}

static void
link_speakers (PxExtraction *out)
{
  out->speakers = g_array_sized_new (FALSE, FALSE, sizeof (guint), out->quotes->len);
  for (guint k = 0; k < out->quotes->len; k++)
    {
      const PxQuote *q = out->quotes->pdata[k];
      guint e = speaker_entity (out->entities, q->speaker);
      g_array_append_val (out->speakers, e);
    }
}

/* The event a date is an offset from ("10 years after the Korean War"):
 * a gazetteer event whose mention starts inside the date, after its first
 * word (the pattern may have read "the Korean" already), or one space
 * after it, and reaches past it.  NULL when the first such mention is
 * not an event's ("after Japan's defeat"). */
static const PxMention *
event_after (const PxEntities *entities, const PxDate *date)
{
  for (guint k = first_mention_from (entities, date->span.start + 1);
       k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      if (m->span.start > date->span.end + 1)
        return NULL;
      if (m->span.end <= date->span.end)
        continue;
      const PxEntity *e = px_entities_get_entity (entities, m->entity);
      return e->type == PX_ENTITY_EVENT && e->gazetteer_entity != PX_NO_ENTITY ? m : NULL;
    }
  return NULL;
}

/* An event's "from" or "to" (an ISO day or a year) as a day: a year is
 * its first or its last day, and only counts in years. */
static gboolean
event_day (const PxGazetteer *gaz, guint entity, const char *field, gboolean last,
           PxGranularity unit, GDate *out)
{
  g_date_clear (out, 1);
  const char *value = px_gazetteer_entity_field (gaz, entity, field);
  unsigned y = 0, m = 0, d = 0;
  int n = value ? sscanf (value, "%4u-%2u-%2u", &y, &m, &d) : 0;
  if (n == 1 && unit == PX_GRANULARITY_YEAR && g_date_valid_dmy (last ? 31 : 1,
                                                               last ? 12 : 1, y))
    g_date_set_dmy (out, last ? 31 : 1, last ? 12 : 1, y);
  else if (n == 3 && g_date_valid_dmy (d, m, y))
    g_date_set_dmy (out, d, m, y);
  return g_date_valid (out);
}

/* "80 years after the Korean War": dates that are offsets from an event,
 * resolved where the gazetteer knows when it happened. */
static void
anchor_on_events (PxExtraction *out)
{
  for (guint k = 0; k < out->dates->len; k++)
    {
      const PxDate *date = out->dates->pdata[k];
      if (date->event_offset == 0)
        continue;
      const PxMention *m = event_after (out->entities, date);
      /* Dates never overlap: a date inside the event's name ("the 2018
       * summit") keeps the offset where it is, vague. */
      if (m == NULL || (k + 1 < out->dates->len
                        && ((const PxDate *) out->dates->pdata[k + 1])->span.start < m->span.end))
        continue;
      guint e = px_entities_get_entity (out->entities, m->entity)->gazetteer_entity;
      /* An event's end known only to the year cannot anchor "two days
       * after" it. */
      gboolean ends = px_gazetteer_entity_field (out->gazetteer, e, "to") != NULL;
      GDate from, to;
      if (event_day (out->gazetteer, e, "from", FALSE, date->event_unit, &from)
          && (!ends || event_day (out->gazetteer, e, "to", TRUE, date->event_unit, &to)))
        px_dates_anchor (out->dates, k, &from, ends ? &to : NULL, m->span.end);
    }
}

/* The mention of a listed event whose name starts inside @date's span
 * and runs past it ("Sept. 11" of "the Sept. 11 attacks"), or NULL. */
static const PxMention *
event_named_from (const PxEntities *entities, const PxDate *date)
{
  guint k = first_mention_from (entities, date->span.start);
  for (; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      if (m->span.start >= date->span.end)
        return NULL;
      const PxEntity *e = px_entities_get_entity (entities, m->entity);
      if (m->span.end > date->span.end && e->type == PX_ENTITY_EVENT
          && e->gazetteer_entity != PX_NO_ENTITY)
        return m;
    }
  return NULL;
}

/* "the Sept. 11 attacks" in a story of 2025: a day written in the name
 * of an event the gazetteer dates to that one day is the event's. */
static void
date_event_names (PxExtraction *out)
{
  for (guint k = 0; k < out->dates->len; k++)
    {
      const PxMention *m = event_named_from (out->entities, out->dates->pdata[k]);
      if (m == NULL)
        continue;
      guint e = px_entities_get_entity (out->entities, m->entity)->gazetteer_entity;
      GDate from, to;
      if (event_day (out->gazetteer, e, "from", FALSE, PX_GRANULARITY_DAY, &from)
          && event_day (out->gazetteer, e, "to", TRUE, PX_GRANULARITY_DAY, &to)
          && g_date_compare (&from, &to) == 0)
        px_dates_name_day (out->dates, k, &from);
    }
}

/* The most mentions nested in a name, at its start or after, that stand
 * between it and a day written inside it. */
#define NESTED_MAX_MENTIONS 8

/* Whether @date lies inside the name of an organisation, an outlet or a
 * place, longer than it: "the March 23 Movement", "the May 13 Square". */
static gboolean
inside_body_or_place_name (const PxEntities *entities, const PxDate *date)
{
  guint k = first_mention_from (entities, date->span.start + 1);
  for (guint n = 0; k > 0 && n < NESTED_MAX_MENTIONS; k--, n++)
    {
      const PxMention *m = px_entities_get_mention (entities, k - 1);
      PxEntityType type = px_entities_get_entity (entities, m->entity)->type;
      if (m->span.end >= date->span.end && m->span.end - m->span.start > date->span.end
                                                                        - date->span.start
          && (type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET || type == PX_ENTITY_PLACE))
        return TRUE;
    }
  return FALSE;
}

/* A day written in a body's or a place's name names no time of the
 * story.  The kept dates move forward in order, the dropped ones to the
 * end, which the array's free function then frees: one pass however many
 * are dropped. */
static void
drop_dates_in_names (PxExtraction *out)
{
  GPtrArray *dates = out->dates;
  guint kept = 0;
  for (guint k = 0; k < dates->len; k++)
    if (!inside_body_or_place_name (out->entities, dates->pdata[k]))
      {
        gpointer date = dates->pdata[k];
        dates->pdata[k] = dates->pdata[kept];
        dates->pdata[kept++] = date;
      }
  g_ptr_array_set_size (dates, (gint) kept);
}

/* Where the gazetteer's events are named, in text order: the date rules
 * know which of them are holidays. */
static GArray *
named_events (const PxEntities *entities)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (PxNamedDay));
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      const PxEntity *e = px_entities_get_entity (entities, m->entity);
      if (e->type == PX_ENTITY_EVENT && e->gazetteer_entity != PX_NO_ENTITY)
        g_array_append_val (days, ((PxNamedDay) { m->span, e->id }));
    }
  return days;
}

PxExtraction *
px_extract (const PxExtractRules *rules, const PxText *text, const PxCleaned *cleaned,
            const PxSegmentation *seg, const PxDateContext *context)
{
  PxExtraction *out = g_new0 (PxExtraction, 1);
  out->gazetteer = px_gazetteer_ref (rules->gazetteer);
  /* Metadata first: a page that states its own day anchors "last week"
   * when the run file does not. */
  out->metadata = px_extract_metadata (rules->metadata, rules->dates, rules->segment,
                                       rules->gazetteer, text, cleaned, context->order);
  PxDateContext anchored = *context;
  const PxMetaValue *published = px_metadata_get (out->metadata, PX_META_PUBLISHED);
  if (!g_date_valid (&anchored.published) && published != NULL && g_date_valid (&published->date))
    anchored.published = published->date;
  out->anchor = anchored.published;
  out->entities = px_extract_entities (rules->names, rules->gazetteer, text, seg);
  g_autoptr(GArray) events = named_events (out->entities);
  out->dates = px_extract_dates_named (rules->dates, text, seg, &anchored,
                                       (const PxNamedDay *) (void *) events->data, events->len);
  drop_dates_in_names (out);
  g_autoptr(GArray) bodies = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autoptr(GArray) persons = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autoptr(GArray) person_entities = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autoptr(GArray) peoples = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  named_spans (out->entities, bodies, persons, person_entities, places, peoples);
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (PxSpan), out->dates->len);
  for (guint k = 0; k < out->dates->len; k++)
    g_array_append_val (times, ((const PxDate *) out->dates->pdata[k])->span);
  PxNamedSpans named = { (const PxSpan *) (void *) bodies->data, bodies->len,
                         (const PxSpan *) (void *) persons->data, persons->len,
                         (const guint *) (void *) person_entities->data,
                         (const PxSpan *) (void *) places->data, places->len,
                         (const PxSpan *) (void *) times->data, times->len,
                         (const PxSpan *) (void *) peoples->data, peoples->len };
  out->quotes = px_extract_quotes (rules->quotes, text, seg, &named);
  out->numbers = px_extract_numbers (rules->numbers, text, seg);
  anchor_on_events (out);
  date_event_names (out);
  link_speakers (out);
  return out;
}

void
px_extraction_free (PxExtraction *extraction)
{
  if (extraction == NULL)
    return;
  px_entities_free (extraction->entities);
  g_ptr_array_unref (extraction->dates);
  g_ptr_array_unref (extraction->quotes);
  g_array_unref (extraction->speakers);
  g_ptr_array_unref (extraction->numbers);
  px_metadata_free (extraction->metadata);
  px_gazetteer_unref (extraction->gazetteer);
  g_free (extraction);
}

const PxEntities *
px_extraction_get_entities (const PxExtraction *extraction)
{
  return extraction->entities;
}

const PxMetadata *
px_extraction_get_metadata (const PxExtraction *extraction)
{
  return extraction->metadata;
}

GDate
px_extraction_get_anchor (const PxExtraction *extraction)
{
  return extraction->anchor;
}

const PxGazetteer *
px_extraction_get_gazetteer (const PxExtraction *extraction)
{
  return extraction->gazetteer;
}

GPtrArray *
px_extraction_get_dates (const PxExtraction *extraction)
{
  return extraction->dates;
}

GPtrArray *
px_extraction_get_quotes (const PxExtraction *extraction)
{
  return extraction->quotes;
}

GPtrArray *
px_extraction_get_numbers (const PxExtraction *extraction)
{
  return extraction->numbers;
}

guint
px_extraction_quote_speaker (const PxExtraction *extraction, guint quote)
{
  g_return_val_if_fail (quote < extraction->speakers->len, G_MAXUINT);
  return g_array_index (extraction->speakers, guint, quote);
}
