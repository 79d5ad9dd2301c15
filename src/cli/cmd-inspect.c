/* cmd-inspect.c: `parallax inspect`, how parallax reads a capture. */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"
#include "report/report.h"

static const char summary[] =
  "Show how parallax reads each FILE: the story body, the page chrome it\n"
  "trimmed (with the rule that trimmed it) and the sentences, every range a\n"
  "byte offset into the file as it is on disk.";

static const char description[] =
  "Input is UTF-8 text (a BOM is allowed); use --encoding=latin-1 for\n"
  "Latin-1/Windows-1252 files.  JSON output is one object for one FILE and\n"
  "an array for several (schema: docs/inspect.md).\n\n"
  "Exit status: 0 success, 2 bad usage, 3 unreadable input, 4 bad rules,\n"
  "5 output not written.";

static void
print_output (const char *data, gsize len)
{
  fwrite (data, 1, len, stdout);
  fflush (stdout);
}

int
px_cmd_inspect (int argc, char **argv)
{
  g_autofree char *format_name = NULL, *encoding_name = NULL, *max_size = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "text (default) or json", "FORMAT" },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding_name,
      "input encoding: utf-8 (default) or latin-1", "ENC" },
    PX_CLI_MAX_INPUT_SIZE_ENTRY (max_size),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "write to FILE (replaced atomically) instead of standard output", "FILE" },
    { NULL }
  };
  int status = px_cli_parse ("inspect", "FILE...", summary, description, entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return px_cli_usage ("inspect", "no FILE given");

  g_autoptr(GError) error = NULL;
  PxFormat format = PX_FORMAT_TEXT;
  PxRunSource source = { 0 };
  guint64 max_bytes = 0;
  if ((format_name != NULL && !px_format_from_string (format_name, &format, NULL))
      || (format != PX_FORMAT_TEXT && format != PX_FORMAT_JSON))
    return px_cli_usage ("inspect", "--format: '%s' is not one of text, json", format_name);
  if (encoding_name != NULL && !px_encoding_from_string (encoding_name, &source.encoding, &error))
    return px_cli_usage ("inspect", "--encoding: %s", error->message);
  if ((status = px_cli_max_bytes ("inspect", max_size, &max_bytes)) >= 0)
    return status;

  g_autoptr(PxRules) rules = px_rules_load_default (&error);
  if (rules == NULL)
    return px_cli_fail (error, FALSE);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  for (int i = 1; i < argc; i++)
    {
      source.path = argv[i];
      PxDocument *doc = px_document_load (&source, rules, max_bytes, &error);
      if (doc == NULL)
        return px_cli_fail (error, FALSE);
      g_ptr_array_add (docs, doc);
    }

  gsize len = 0;
  g_autofree char *data = px_report_inspect (format, rules, (PxDocument *const *) docs->pdata,
                                             docs->len, &len, &error);
  if (data == NULL)
    return px_cli_fail (error, FALSE);
  if (output == NULL)
    {
      print_output (data, len);
      return PX_EXIT_OK;
    }
  argv[argc] = NULL;
  if (!px_output_write (output, data, len, (const char *const *) argv + 1, &error))
    return px_cli_fail (error, TRUE);
  return PX_EXIT_OK;
}
