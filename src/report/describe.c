/* describe.c: shared wording and slicing for the renderers. */
#include "config.h"

#include <string.h>

#include "report/describe.h"

PxSpan
px_describe_original (const PxDocument *doc, PxSpan normalized)
{
  return px_text_original_span (px_document_get_text (doc), normalized);
}

char *
px_describe_text (const PxDocument *doc, PxSpan span, guint max_chars)
{
  const char *text = px_text_get_normalized (px_document_get_text (doc), NULL);
  GString *out = g_string_sized_new (span.end - span.start);
  guint chars = 0;
  gboolean space = FALSE;
  for (const char *p = text + span.start; p < text + span.end; p = g_utf8_next_char (p))
    {
      if (*p == ' ' || *p == '\n')
        {
          space = out->len > 0;
          continue;
        }
      if (max_chars > 0 && chars >= max_chars)
        {
          g_string_append (out, "...");
          break;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      chars++;
    }
  return g_string_free (out, FALSE);
}

const char *
px_describe_name (const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  return source->outlet ? source->outlet : source->path;
}

const char *
px_describe_file (const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  return source->given ? source->given : source->path;
}

gsize
px_describe_trimmed_bytes (const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  gsize total = 0;
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, NULL);
      total += span.end - span.start;
    }
  return total;
}

char *
px_report_inspect (PxFormat format, const PxRules *rules, PxDocument *const *docs,
                   guint n_docs, gsize *len, GError **error)
{
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_inspect_json (rules, docs, n_docs, len);
    case PX_FORMAT_TEXT:
      return px_report_inspect_text (rules, docs, n_docs, len);
    case PX_FORMAT_MD:
    case PX_FORMAT_HTML:
    default:
      return px_throw_null (error, PX_ERROR_USAGE, "inspect writes text or json, not %s",
                            px_format_to_string (format));
    }
}

char *
px_report_extract (PxFormat format, gboolean lines, PxDocument *const *docs, guint n_docs,
                   gsize *len, GError **error)
{
  for (guint i = 0; i < n_docs; i++)
    g_return_val_if_fail (px_document_get_extraction (docs[i]) != NULL, NULL);
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_extract_json (docs, n_docs, lines, len);
    case PX_FORMAT_TEXT:
      return px_report_extract_text (docs, n_docs, len);
    case PX_FORMAT_MD:
    case PX_FORMAT_HTML:
    default:
      return px_throw_null (error, PX_ERROR_USAGE, "extract writes text or json, not %s",
                            px_format_to_string (format));
    }
}

char *
px_report_run (PxFormat format, const PxRun *run, const PxRules *rules,
               PxDocument *const *docs, guint n_docs, const PxComparison *cmp, gsize *len)
{
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_run_json (run, rules, docs, n_docs, cmp, len);
    case PX_FORMAT_MD:
      return px_report_run_text (run, rules, docs, n_docs, TRUE, len);
    case PX_FORMAT_HTML:
      return px_report_run_html (run, rules, docs, n_docs, len);
    case PX_FORMAT_TEXT:
    default:
      return px_report_run_text (run, rules, docs, n_docs, FALSE, len);
    }
}

char *
px_report_compare (PxFormat format, const PxComparison *cmp, gsize *len)
{
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_compare_json (cmp, len);
    case PX_FORMAT_MD:
      return px_report_compare_text (NULL, cmp, TRUE, len);
    case PX_FORMAT_HTML:
      return px_report_compare_html (NULL, cmp, len);
    case PX_FORMAT_TEXT:
    default:
      return px_report_compare_text (NULL, cmp, FALSE, len);
    }
}
