/* options.c: what every command's option parsing shares. */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <stdio.h>

#include "cli/cli.h"
#include "ingest/ingest.h"

int
px_cli_parse (const char *command, const char *parameter, const char *summary,
              const char *description, const GOptionEntry *entries, int *argc, char ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_help_enabled (context, TRUE);
  /* GLib's usage line is "PRGNAME [OPTION…] PARAMETER"; with the command
   * in the program name it reads "parallax run [OPTION…] RUN.yaml", the
   * order the command line takes, and the options come after the command. */
  g_autofree char *program = g_strdup (g_get_prgname ());
  g_autofree char *with_command = g_strdup_printf ("%s %s", program, command);
  g_set_prgname (with_command);
  g_autoptr(GError) error = NULL;
  gboolean parsed = g_option_context_parse (context, argc, argv, &error);
  g_set_prgname (program);
  if (!parsed)
    return px_cli_usage (command, "%s", error->message);
  return -1;
}

int
px_cli_max_bytes (const char *command, const char *text, guint64 *out)
{
  *out = PX_INGEST_DEFAULT_MAX_BYTES;
  if (text == NULL)
    return -1;
  g_autoptr(GError) error = NULL;
  if (!px_parse_size (text, out, &error))
    return px_cli_usage (command, "--max-input-size: %s", error->message);
  return -1;
}

void
px_cli_progress (const PxCliProgress *progress, guint done)
{
  if (!progress->shown)
    return;
  /* One line rewritten in place; the last call ends it. */
  fprintf (stderr, "\rparallax: %s %u/%u", progress->what, done, progress->total);
  if (done == progress->total)
    fputc ('\n', stderr);
  fflush (stderr);
}

PxCliProgress
px_cli_progress_new (const char *what, guint total, gboolean quiet)
{
  PxCliProgress progress = { what, total, !quiet && total >= 2 && isatty (STDERR_FILENO) };
  return progress;
}
