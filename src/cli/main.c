/* main.c: the parallax program, a thin front end over libparallax. */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "compare", px_cmd_compare, "compare FILEs: adds, omits, quote fidelity, claims, dates, reuse" },
  { "run", px_cmd_run, "run an analysis described by a YAML run file and write its reports" },
  { "extract", px_cmd_extract, "list the entities, dates, quotes and numbers of each capture" },
  { "inspect", px_cmd_inspect, "show how parallax reads one capture: body, trimmed chrome, sentences" },
  { "gazetteer", px_cmd_gazetteer, "check, compile or query the gazetteer" },
};

static void
print_help (FILE *out)
{
  fprintf (out,
           "Usage: parallax COMMAND [OPTION...] ARG...\n"
           "Compare how different outlets report the same story.\n\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (out,
           "\nOptions:\n"
           "  -h, --help     show this help; 'parallax COMMAND --help' for a command's\n"
           "  -V, --version  show the version\n\n"
           "Example:\n"
           "  parallax run data/corpus/kcna-japan-nato.yaml\n"
           "  parallax compare --primary kcna.txt firstpost.txt rt.txt\n\n"
           "Exit status: 0 success, 1 internal failure, 2 bad usage, 3 unreadable input,\n"
           "4 bad run file, rules or gazetteer, 5 output not written (see parallax(1)).\n");
}

int
px_cli_fail (const GError *error, gboolean output)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    fprintf (stderr, "parallax: %s\n", lines[i]);
  if (error->domain != PX_ERROR)
    return PX_EXIT_FAILURE;
  switch ((PxError) error->code)
    {
    case PX_ERROR_USAGE:
      return PX_EXIT_USAGE;
    case PX_ERROR_IO:
      return output ? PX_EXIT_OUTPUT : PX_EXIT_INPUT;
    case PX_ERROR_INPUT_ENCODING:
    case PX_ERROR_INPUT_EMPTY:
    case PX_ERROR_INPUT_TOO_LARGE:
      return PX_EXIT_INPUT;
    case PX_ERROR_RULE_SYNTAX:
    case PX_ERROR_CONFIG:
    case PX_ERROR_GAZETTEER_FORMAT:
      return PX_EXIT_CONFIG;
    case PX_ERROR_FAILED:
    default:
      return PX_EXIT_FAILURE;
    }
}

int
px_cli_usage (const char *command, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "parallax %s: %s\nTry 'parallax %s --help'.\n", command, message, command);
  return PX_EXIT_USAGE;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_set_prgname ("parallax");
  /* Over a file size limit (ulimit -f), a write must fail with an error we
   * can report, rather than the signal killing us mid-output. */
  signal (SIGXFSZ, SIG_IGN);
  if (argc < 2)
    {
      print_help (stderr);
      return PX_EXIT_USAGE;
    }
  const char *name = argv[1];
  if (g_str_equal (name, "-h") || g_str_equal (name, "--help") || g_str_equal (name, "help"))
    {
      print_help (stdout);
      return PX_EXIT_OK;
    }
  if (g_str_equal (name, "-V") || g_str_equal (name, "--version"))
    {
      printf ("parallax %s\n", PACKAGE_VERSION);
      return PX_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);
  fprintf (stderr, "parallax: unknown command '%s'\nTry 'parallax --help'.\n", name);
  return PX_EXIT_USAGE;
}
