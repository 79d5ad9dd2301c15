/* json.c: the JSON renderers (schemas: docs/inspect.md, docs/report.md). */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "report/describe.h"

static void
add_span (JsonBuilder *b, PxSpan span)
{
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, (gint64) span.start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, (gint64) span.end);
}

void
px_json_member_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_trimmed (JsonBuilder *b, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  json_builder_set_member_name (b, "trimmed");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, &rule);
      json_builder_begin_object (b);
      add_span (b, px_describe_original (doc, span));
      px_json_member_string (b, "rule", rule);
      px_json_member_string (b, "why", px_clean_rules_describe (px_rules_get_clean (rules), rule));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_sentences (JsonBuilder *b, const PxDocument *doc)
{
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  json_builder_set_member_name (b, "sentences");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, i);
      g_autofree char *text = px_describe_text (doc, sentence->span, 0);
      json_builder_begin_object (b);
      add_span (b, px_describe_original (doc, sentence->span));
      json_builder_set_member_name (b, "paragraph");
      json_builder_add_int_value (b, sentence->paragraph);
      px_json_member_string (b, "text", text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* The members of one document's inspect object (inside an open object). */
static void
add_inspection (JsonBuilder *b, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  px_json_member_string (b, "file", px_describe_file (doc));
  json_builder_set_member_name (b, "body");
  json_builder_begin_object (b);
  add_span (b, px_describe_original (doc, px_cleaned_get_body (cleaned)));
  json_builder_end_object (b);
  PxSpan title;
  json_builder_set_member_name (b, "title");
  if (px_cleaned_get_title (cleaned, &title))
    {
      g_autofree char *text = px_describe_text (doc, title, 0);
      json_builder_begin_object (b);
      add_span (b, px_describe_original (doc, title));
      px_json_member_string (b, "text", text);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  add_trimmed (b, rules, doc);
  add_sentences (b, doc);
}

void
px_json_member_int (JsonBuilder *b, const char *name, gint64 value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

char *
px_report_json_finish (JsonBuilder *b, gsize *len)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *body = json_generator_to_data (gen, NULL);
  char *out = g_strconcat (body, "\n", NULL);
  if (len != NULL)
    *len = strlen (out);
  return out;
}

char *
px_report_inspect_json (const PxRules *rules, PxDocument *const *docs, guint n_docs, gsize *len)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  if (n_docs != 1)
    json_builder_begin_array (b);
  for (guint i = 0; i < n_docs; i++)
    {
      json_builder_begin_object (b);
      add_inspection (b, rules, docs[i]);
      json_builder_end_object (b);
    }
  if (n_docs != 1)
    json_builder_end_array (b);
  return px_report_json_finish (b, len);
}

static void add_extracted (JsonBuilder *b, const PxDocument *doc);

static void
add_document (JsonBuilder *b, const PxRules *rules, const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  json_builder_begin_object (b);
  px_json_member_string (b, "outlet", source->outlet);
  px_json_member_string (b, "role", px_role_to_string (source->role));
  px_json_member_string (b, "published", source->published);
  px_json_member_string (b, "url", source->url);
  px_json_member_string (b, "author", source->author);
  json_builder_set_member_name (b, "words");
  json_builder_add_int_value (b, px_document_count_words (doc));
  add_inspection (b, rules, doc);
  if (px_document_get_extraction (doc) != NULL)
    add_extracted (b, doc);
  json_builder_end_object (b);
}

char *
px_report_run_json (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                    guint n_docs, const PxComparison *cmp, gsize *len)
{
  g_autoptr(PxJsonWriter) w = px_json_writer_new ();
  JsonBuilder *b = px_json_writer_builder (w);
  px_json_member_string (b, "parallax", PACKAGE_VERSION);
  px_json_member_string (b, "title", px_run_get_title (run));
  px_json_member_string (b, "analyst", px_run_get_analyst (run));
  px_json_member_string (b, "notes", px_run_get_notes (run));
  px_json_writer_begin_array (w, "documents");
  for (guint i = 0; i < n_docs; i++)
    {
      add_document (px_json_writer_builder (w), rules, docs[i]);
      px_json_writer_end_element (w);
    }
  px_json_writer_end_array (w);
  px_report_add_comparison_json (w, run, cmp);
  return px_json_writer_finish (g_steal_pointer (&w), len);
}

/* ### parallax extract */

/* Where a mention comes from: the gazetteer entry ("gazetteer:
 * countries.tsv:183") or the rule of rules/names.yaml ("rule:title"). */
static char *
mention_source (const PxGazetteer *gaz, const PxEntity *e, const PxMention *m)
{
  if (g_str_equal (m->rule, "gazetteer") && e->gazetteer_entity != PX_NO_ENTITY)
    {
      g_autofree char *file =
        g_path_get_basename (px_gazetteer_entity_field (gaz, e->gazetteer_entity, "file"));
      return g_strdup_printf ("gazetteer:%s:%u", file,
                              px_gazetteer_entity_line (gaz, e->gazetteer_entity));
    }
  return g_strconcat ("rule:", m->rule, NULL);
}

/* @metonym_of: the id a metonymic mention stands for, or NULL. */
static void
add_mention (JsonBuilder *b, const PxDocument *doc, const PxGazetteer *gaz, const PxEntity *e,
             const PxMention *m, const char *metonym_of)
{
  json_builder_begin_object (b);
  g_autofree char *surface = px_describe_text (doc, m->span, 0);
  g_autofree char *source = mention_source (gaz, e, m);
  px_json_member_string (b, "surface", surface);
  add_span (b, px_describe_original (doc, m->span));
  px_json_member_string (b, "source", source);
  if (m->demonym)
    {
      json_builder_set_member_name (b, "demonym");
      json_builder_add_boolean_value (b, TRUE);
    }
  if (m->metonymic && metonym_of)
    px_json_member_string (b, "metonym_of", metonym_of);
  if (m->nested)
    {
      json_builder_set_member_name (b, "nested");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_end_object (b);
}

static void
add_entity (JsonBuilder *b, const PxDocument *doc, const PxGazetteer *gaz, const PxEntity *e,
            const GPtrArray *mentions)
{
  json_builder_begin_object (b);
  px_json_member_string (b, "id", e->id);
  px_json_member_string (b, "type", px_entity_type_name (e->type));
  px_json_member_string (b, "canonical", e->name);
  json_builder_set_member_name (b, "listed");
  json_builder_add_boolean_value (b, e->gazetteer_entity != PX_NO_ENTITY);
  guint metonym = e->gazetteer_entity == PX_NO_ENTITY
                    ? PX_NO_ENTITY : px_gazetteer_entity_metonym_of (gaz, e->gazetteer_entity);
  const char *metonym_id = metonym == PX_NO_ENTITY
                             ? NULL : px_gazetteer_entity_field (gaz, metonym, "id");
  json_builder_set_member_name (b, "mentions");
  json_builder_begin_array (b);
  for (guint j = 0; j < mentions->len; j++)
    add_mention (b, doc, gaz, e, mentions->pdata[j], metonym_id);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* Mentions in text order, whether nested or not. */
static gint
compare_starts (gconstpointer a, gconstpointer b)
{
  const PxMention *x = *(const PxMention *const *) a, *y = *(const PxMention *const *) b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static void
add_entities (JsonBuilder *b, const PxDocument *doc, const PxGazetteer *gaz)
{
  const PxEntities *entities = px_extraction_get_entities (px_document_get_extraction (doc));
  guint n = px_entities_n_entities (entities);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint k = 0; k < n; k++)
    g_ptr_array_add (mentions, g_ptr_array_new ());
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      g_ptr_array_add (mentions->pdata[m->entity], (gpointer) m);
    }
  for (guint k = 0; k < px_entities_n_nested (entities); k++)
    {
      const PxMention *m = px_entities_get_nested (entities, k);
      g_ptr_array_add (mentions->pdata[m->entity], (gpointer) m);
    }
  for (guint k = 0; k < n; k++)
    g_ptr_array_sort (mentions->pdata[k], compare_starts);
  json_builder_set_member_name (b, "entities");
  json_builder_begin_array (b);
  for (guint k = 0; k < n; k++)
    add_entity (b, doc, gaz, px_entities_get_entity (entities, k), mentions->pdata[k]);
  json_builder_end_array (b);
}

static void
add_dates (JsonBuilder *b, const PxDocument *doc, const GPtrArray *dates)
{
  json_builder_set_member_name (b, "dates");
  json_builder_begin_array (b);
  for (guint k = 0; k < dates->len; k++)
    {
      const PxDate *date = dates->pdata[k];
      g_autofree char *surface = px_describe_text (doc, date->span, 0);
      json_builder_begin_object (b);
      px_json_member_string (b, "surface", surface);
      add_span (b, px_describe_original (doc, date->span));
      px_json_member_string (b, "value", date->value);
      px_json_member_string (b, "granularity", px_granularity_name (date->granularity));
      px_json_member_string (b, "rule", date->rule);
      if (date->ambiguous)
        {
          json_builder_set_member_name (b, "ambiguous_order");
          json_builder_add_boolean_value (b, TRUE);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_quotes (JsonBuilder *b, const PxDocument *doc, const PxExtraction *extraction)
{
  const GPtrArray *quotes = px_extraction_get_quotes (extraction);
  const PxEntities *entities = px_extraction_get_entities (extraction);
  json_builder_set_member_name (b, "quotes");
  json_builder_begin_array (b);
  for (guint k = 0; k < quotes->len; k++)
    {
      const PxQuote *q = quotes->pdata[k];
      g_autofree char *text = px_describe_text (doc, q->span, 0);
      json_builder_begin_object (b);
      px_json_member_string (b, "text", text);
      add_span (b, px_describe_original (doc, q->span));
      px_json_member_string (b, "kind", px_quote_kind_name (q->kind));
      guint speaker = px_extraction_quote_speaker (extraction, k);
      px_json_member_string (b, "speaker",
                  speaker == G_MAXUINT ? NULL : px_entities_get_entity (entities, speaker)->id);
      g_autofree char *surface = q->speaker.end > q->speaker.start
                                   ? px_describe_text (doc, q->speaker, 0) : NULL;
      px_json_member_string (b, "speaker_surface", surface);
      px_json_member_string (b, "rule", q->rule);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_numbers (JsonBuilder *b, const PxDocument *doc, const GPtrArray *numbers)
{
  json_builder_set_member_name (b, "numbers");
  json_builder_begin_array (b);
  for (guint k = 0; k < numbers->len; k++)
    {
      const PxNumber *n = numbers->pdata[k];
      g_autofree char *surface = px_describe_text (doc, n->span, 0);
      g_autofree char *unit = n->unit.end > n->unit.start ? px_describe_text (doc, n->unit, 0)
                                                          : NULL;
      json_builder_begin_object (b);
      px_json_member_string (b, "surface", surface);
      add_span (b, px_describe_original (doc, n->span));
      json_builder_set_member_name (b, "low");
      json_builder_add_double_value (b, n->low);
      json_builder_set_member_name (b, "high");
      json_builder_add_double_value (b, n->high);
      px_json_member_string (b, "unit", unit);
      json_builder_set_member_name (b, "percent");
      json_builder_add_boolean_value (b, n->percent);
      px_json_member_string (b, "currency", n->currency);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* What one detected field says, as members of an open object. */
static void
add_detected_members (JsonBuilder *b, const PxDocument *doc, const PxGazetteer *gaz,
                      PxMetaField field, const PxMetaValue *v, gboolean chosen)
{
  px_json_member_string (b, "value", v->value);
  if (chosen)
    px_json_member_string (b, "from", "detected");
  px_json_member_string (b, "rule", v->rule);
  g_autofree char *surface = px_describe_text (doc, v->span, 0);
  px_json_member_string (b, "surface", surface);
  add_span (b, px_describe_original (doc, v->span));
  if (field == PX_META_OUTLET)
    px_json_member_string (b, "id", v->entity == PX_NO_ENTITY ? NULL
                                                    : px_gazetteer_entity_field (gaz, v->entity, "id"));
}

/* A field: the run file's (or option's) value when it has one, with what
 * the page says beside it; else what the page says; else null. */
static void
add_meta_field (JsonBuilder *b, const PxDocument *doc, const PxGazetteer *gaz,
                const PxMetadata *metadata, PxMetaField field, const char *given)
{
  const PxMetaValue *v = px_metadata_get (metadata, field);
  json_builder_set_member_name (b, px_meta_field_name (field));
  if (given == NULL && v == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  if (given == NULL)
    {
      add_detected_members (b, doc, gaz, field, v, TRUE);
    }
  else
    {
      px_json_member_string (b, "value", given);
      px_json_member_string (b, "from", "run file");
      if (v != NULL)
        {
          json_builder_set_member_name (b, "detected");
          json_builder_begin_object (b);
          add_detected_members (b, doc, gaz, field, v, FALSE);
          json_builder_end_object (b);
          /* The page and the run file may disagree (KCNA's re-post date):
           * say so rather than let a reader compare strings. */
          json_builder_set_member_name (b, "agrees");
          json_builder_add_boolean_value (b, g_ascii_strcasecmp (given, v->value) == 0);
        }
    }
  json_builder_end_object (b);
}

static void
add_metadata (JsonBuilder *b, const PxDocument *doc, const PxExtraction *extraction)
{
  const PxRunSource *source = px_document_get_source (doc);
  const PxMetadata *metadata = px_extraction_get_metadata (extraction);
  const PxGazetteer *gaz = px_extraction_get_gazetteer (extraction);
  json_builder_set_member_name (b, "metadata");
  json_builder_begin_object (b);
  add_meta_field (b, doc, gaz, metadata, PX_META_PUBLISHED, source->published);
  add_meta_field (b, doc, gaz, metadata, PX_META_OUTLET, source->outlet);
  add_meta_field (b, doc, gaz, metadata, PX_META_AUTHOR, source->author);
  add_meta_field (b, doc, gaz, metadata, PX_META_TITLE, NULL);
  json_builder_end_object (b);
}

/* What the extractors found in @doc, as members of an open object. */
static void
add_extracted (JsonBuilder *b, const PxDocument *doc)
{
  const PxExtraction *extraction = px_document_get_extraction (doc);
  add_metadata (b, doc, extraction);
  add_entities (b, doc, px_extraction_get_gazetteer (extraction));
  add_dates (b, doc, px_extraction_get_dates (extraction));
  add_quotes (b, doc, extraction);
  add_numbers (b, doc, px_extraction_get_numbers (extraction));
}

/* The members of one document's extract object (inside an open object). */
static void
add_extraction (JsonBuilder *b, const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  px_json_member_string (b, "file", px_describe_file (doc));
  px_json_member_string (b, "outlet", source->outlet);
  px_json_member_string (b, "published", source->published);
  json_builder_set_member_name (b, "body");
  json_builder_begin_object (b);
  add_span (b, px_describe_original (doc, px_cleaned_get_body (px_document_get_cleaned (doc))));
  json_builder_end_object (b);
  add_extracted (b, doc);
}

static char *
one_line (JsonBuilder *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

char *
px_report_extract_json (PxDocument *const *docs, guint n_docs, gboolean lines, gsize *len)
{
  if (lines)
    {
      GString *out = g_string_new (NULL);
      for (guint i = 0; i < n_docs; i++)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          json_builder_begin_object (b);
          add_extraction (b, docs[i]);
          json_builder_end_object (b);
          g_autofree char *line = one_line (b);
          g_string_append (out, line);
          g_string_append_c (out, '\n');
        }
      if (len)
        *len = out->len;
      return g_string_free (out, FALSE);
    }
  g_autoptr(JsonBuilder) b = json_builder_new ();
  if (n_docs != 1)
    json_builder_begin_array (b);
  for (guint i = 0; i < n_docs; i++)
    {
      json_builder_begin_object (b);
      add_extraction (b, docs[i]);
      json_builder_end_object (b);
    }
  if (n_docs != 1)
    json_builder_end_array (b);
  return px_report_json_finish (b, len);
}
