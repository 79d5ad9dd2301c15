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

static void
add_string (JsonBuilder *b, const char *name, const char *value)
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
      add_string (b, "rule", rule);
      add_string (b, "why", px_clean_rules_describe (px_rules_get_clean (rules), rule));
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
      add_string (b, "text", text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* The members of one document's inspect object (inside an open object). */
static void
add_inspection (JsonBuilder *b, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  add_string (b, "file", px_document_get_source (doc)->path);
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
      add_string (b, "text", text);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  add_trimmed (b, rules, doc);
  add_sentences (b, doc);
}

static char *
finish (JsonBuilder *b, gsize *len)
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
  return finish (b, len);
}

static void
add_document (JsonBuilder *b, const PxRules *rules, const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  json_builder_begin_object (b);
  add_string (b, "outlet", source->outlet);
  add_string (b, "role", px_role_to_string (source->role));
  add_string (b, "published", source->published);
  add_string (b, "url", source->url);
  add_string (b, "author", source->author);
  json_builder_set_member_name (b, "words");
  json_builder_add_int_value (b, px_document_count_words (doc));
  add_inspection (b, rules, doc);
  json_builder_end_object (b);
}

char *
px_report_run_json (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                    guint n_docs, gsize *len)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "parallax", PACKAGE_VERSION);
  add_string (b, "title", px_run_get_title (run));
  add_string (b, "analyst", px_run_get_analyst (run));
  add_string (b, "notes", px_run_get_notes (run));
  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_docs; i++)
    add_document (b, rules, docs[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return finish (b, len);
}
