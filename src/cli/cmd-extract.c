/* cmd-extract.c: `parallax extract`, what one article names. */
#include "config.h"

#include <errno.h>
#include <stdio.h>

#include "cli/cli.h"
#include "report/report.h"

static const char summary[] =
  "List what each FILE names, dates, quotes and counts: its entities\n"
  "(people, organisations, outlets, places, events, weapons, laws,\n"
  "products), each with one identity whatever the article calls it; its\n"
  "dates, resolved against the publication date; its quotations and who\n"
  "said them; its quantities; and the title, date, author and outlet the\n"
  "page gives.  Every range is a byte range of the file on disk.";

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

/* Where the report goes: standard output, or a file replaced only when
 * the report is complete. */
typedef struct {
  PxOutputStream *file;     /* NULL: standard output */
} Sink;

static gboolean
stdout_failed (GError **error)
{
  g_autofree char *why = g_ascii_strdown (g_strerror (errno), -1);
  return px_throw (error, PX_ERROR_IO, "standard output: cannot write: %s", why);
}

static gboolean
sink_append (Sink *sink, const char *data, gsize len, GError **error)
{
  if (sink->file != NULL)
    return px_output_stream_append (sink->file, data, len, error);
  return fwrite (data, 1, len, stdout) == len || stdout_failed (error);
}

static gboolean
sink_finish (Sink *sink, GError **error)
{
  if (sink->file != NULL)
    return px_output_stream_commit (sink->file, error);
  return fflush (stdout) == 0 || stdout_failed (error);
}

/* Each FILE is read, extracted, reported and freed before the next, so
 * that memory holds one document, however many there are: the report is
 * written as it grows (to a temporary file when -o is given, so a failure
 * on the thousandth FILE still leaves no partial output). */
static int
extract_all (ExtractOptions *o, const PxRules *rules, const PxExtractRules *extract_rules,
             const char *const *files, guint n, const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxOutputStream) stream = NULL;
  if (output != NULL && (stream = px_output_stream_open (output, files, &error)) == NULL)
    return px_cli_fail (error, TRUE);
  Sink sink = { stream };
  for (guint i = 0; i < n; i++)
    {
      o->source.path = files[i];
      g_autoptr(PxDocument) doc = px_document_load (&o->source, rules, o->max_bytes, &error);
      if (doc == NULL)
        return px_cli_fail (error, FALSE);
      px_document_extract (doc, extract_rules);
      gsize len = 0;
      g_autofree char *piece = px_report_extract_piece (o->format, o->lines, doc, i, n, &len,
                                                        &error);
      if (piece == NULL)
        return px_cli_fail (error, FALSE);
      if (!sink_append (&sink, piece, len, &error))
        return px_cli_fail (error, TRUE);
    }
  if (!sink_finish (&sink, &error))
    return px_cli_fail (error, TRUE);
  return PX_EXIT_OK;
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
  g_autoptr(PxExtractRules) extract_rules =
    rules ? px_cli_load_extract_rules (&gopts, NULL, &error) : NULL;
  if (extract_rules == NULL)
    return px_cli_fail (error, FALSE);

  argv[argc] = NULL;
  return extract_all (&o, rules, extract_rules, (const char *const *) argv + 1,
                      (guint) argc - 1, output);
}
