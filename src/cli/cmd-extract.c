/* cmd-extract.c: `parallax extract`, what one article names. */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"
#include "report/report.h"

static const char summary[] =
  "List what each FILE names: its entities (people, organisations, outlets,\n"
  "places, events, weapons), each with one identity whatever the article\n"
  "calls it, and every mention as a byte range of the file on disk.";

static const char description[] =
  "Names come from the gazetteer (data/gazetteer/, and --gazetteer files,\n"
  "which take precedence) and from rules/names.yaml (titles, honorifics,\n"
  "context).  JSON output is one object for one FILE and an array for\n"
  "several; jsonl writes one object per line.  The schema is in docs/extract.md.\n\n"
  "Exit status: 0 success, 2 bad usage, 3 unreadable input, 4 bad rules or\n"
  "gazetteer, 5 output not written.";

void
px_cli_gazetteer_clear (PxCliGazetteer *opts)
{
  g_clear_pointer (&opts->files, g_strfreev);
  g_clear_pointer (&opts->cache, g_free);
}

typedef struct {
  PxFormat format;
  gboolean lines;           /* jsonl */
  PxRunSource source;
  guint64 max_bytes;
} ExtractOptions;

static int
check_options (ExtractOptions *o, const char *format_name, const char *encoding_name,
               const char *max_size)
{
  g_autoptr(GError) error = NULL;
  int status;
  if (g_strcmp0 (format_name, "jsonl") == 0)
    {
      o->format = PX_FORMAT_JSON;
      o->lines = TRUE;
    }
  else if ((format_name != NULL && !px_format_from_string (format_name, &o->format, NULL))
           || (o->format != PX_FORMAT_TEXT && o->format != PX_FORMAT_JSON))
    return px_cli_usage ("extract", "--format: '%s' is not one of text, json, jsonl",
                         format_name);
  if (encoding_name != NULL && !px_encoding_from_string (encoding_name, &o->source.encoding, &error))
    return px_cli_usage ("extract", "--encoding: %s", error->message);
  if (o->source.published != NULL && !px_run_is_iso_date (o->source.published))
    return px_cli_usage ("extract", "--published: '%s' is not a date (YYYY-MM-DD, YYYY-MM or "
                         "YYYY)", o->source.published);
  if ((status = px_cli_max_bytes ("extract", max_size, &o->max_bytes)) >= 0)
    return status;
  return -1;
}

int
px_cmd_extract (int argc, char **argv)
{
  g_autofree char *format_name = NULL, *encoding_name = NULL, *max_size = NULL, *output = NULL;
  g_autofree char *published = NULL, *outlet = NULL;
  g_auto(PxCliGazetteer) gopts = { 0 };
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "text (default), json, or jsonl (one object per line)", "FORMAT" },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      "the publication date of the FILEs (YYYY-MM-DD), which relative dates resolve against",
      "DATE" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet, "the outlet that published the FILEs",
      "NAME" },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding_name,
      "input encoding: utf-8 (default) or latin-1", "ENC" },
    PX_CLI_MAX_INPUT_SIZE_ENTRY (max_size),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "write to FILE (replaced atomically) instead of standard output", "FILE" },
    PX_CLI_GAZETTEER_ENTRIES (gopts),
    { NULL }
  };
  int status = px_cli_parse ("extract", "FILE...", summary, description, entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return px_cli_usage ("extract", "no FILE given");
  ExtractOptions o = { PX_FORMAT_TEXT, FALSE, { .published = published, .outlet = outlet }, 0 };
  if ((status = check_options (&o, format_name, encoding_name, max_size)) >= 0)
    return status;

  g_autoptr(GError) error = NULL;
  g_autoptr(PxRules) rules = px_rules_load_default (&error);
  g_autoptr(PxNameRules) names = rules ? px_name_rules_load_default (&error) : NULL;
  if (names == NULL)
    return px_cli_fail (error, FALSE);
  g_autoptr(PxGazetteer) gaz =
    px_cli_load_gazetteer (&gopts, px_name_rules_caps_only_max_letters (names), &error);
  g_autoptr(PxExtractRules) extract_rules = gaz ? px_extract_rules_load_default (gaz, &error)
                                                : NULL;
  if (extract_rules == NULL)
    return px_cli_fail (error, FALSE);

  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  for (int i = 1; i < argc; i++)
    {
      o.source.path = argv[i];
      PxDocument *doc = px_document_load (&o.source, rules, o.max_bytes, &error);
      if (doc == NULL)
        return px_cli_fail (error, FALSE);
      px_document_extract (doc, extract_rules);
      g_ptr_array_add (docs, doc);
    }
  gsize len = 0;
  g_autofree char *data = px_report_extract (o.format, o.lines,
                                             (PxDocument *const *) docs->pdata, docs->len, &len,
                                             &error);
  if (data == NULL)
    return px_cli_fail (error, FALSE);
  if (output == NULL)
    {
      fwrite (data, 1, len, stdout);
      return fflush (stdout) == 0 ? PX_EXIT_OK : PX_EXIT_OUTPUT;
    }
  argv[argc] = NULL;
  if (!px_output_write (output, data, len, (const char *const *) argv + 1, &error))
    return px_cli_fail (error, TRUE);
  return PX_EXIT_OK;
}
