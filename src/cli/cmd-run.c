/* cmd-run.c: `parallax run`, an analysis configured by a run file. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "report/report.h"

static const char summary[] =
  "Read the sources listed in RUN.yaml, compare them and write the reports\n"
  "it asks for (all of them, or none if anything fails).";

static const char description[] =
  "The run file's format is described in docs/run-file.md; paths in it are\n"
  "relative to the run file.  Without outputs in the run file, the text\n"
  "report goes to standard output.\n\n"
  "Exit status: 0 success, 2 bad usage, 3 unreadable input, 4 bad run file\n"
  "or rules, 5 output not written.";

static int
check_only (const PxRun *run)
{
  guint primaries = 0;
  for (guint i = 0; i < px_run_n_sources (run); i++)
    primaries += px_run_get_source (run, i)->role == PX_ROLE_PRIMARY;
  /* Say what was checked, and only that: the sources are not read. */
  printf ("%s: OK: %u sources (%s), %u outputs; the run file is well formed and every "
          "source file exists\n", px_run_get_path (run), px_run_n_sources (run),
          primaries ? "one primary" : "no primary", px_run_n_outputs (run));
  return PX_EXIT_OK;
}

/* The run file's gazetteer files, NULL-terminated.  (transfer container) */
static GPtrArray *
run_gazetteers (const PxRun *run)
{
  GPtrArray *paths = g_ptr_array_new ();
  for (guint i = 0; i < px_run_n_gazetteers (run); i++)
    g_ptr_array_add (paths, (gpointer) px_run_get_gazetteer (run, i));
  g_ptr_array_add (paths, NULL);
  return paths;
}

static GPtrArray *
load_documents (const PxRun *run, const PxRules *rules, const PxExtractRules *extract_rules,
                guint64 max_bytes, gboolean quiet, GError **error)
{
  guint n = px_run_n_sources (run);
  g_autoptr(GArray) sources = g_array_sized_new (FALSE, TRUE, sizeof (PxRunSource), n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (sources, *px_run_get_source (run, i));
  return px_cli_read_documents ((const PxRunSource *) sources->data, n, rules, extract_rules,
                                max_bytes, quiet, error);
}

/* The run's rules files, else the bundled ones, with its thresholds
 * applied; every bad threshold is reported, each at its place. */
static gboolean
load_compare_rules (const PxRun *run, PxCompareRules **compare, PxClaimRules **claims,
                    GError **error)
{
  const char *compare_path = px_run_get_rules_file (run, "compare");
  const char *claims_path = px_run_get_rules_file (run, "claims");
  g_autoptr(PxCompareRules) c = compare_path ? px_compare_rules_load (compare_path, error)
                                             : px_compare_rules_load_default (error);
  if (c == NULL)
    return FALSE;
  g_autoptr(PxClaimRules) k = claims_path ? px_claim_rules_load (claims_path, error)
                                          : px_claim_rules_load_default (error);
  if (k == NULL)
    return FALSE;
  g_autoptr(GString) problems = g_string_new (NULL);
  for (guint i = 0; i < px_run_n_thresholds (run); i++)
    {
      const PxRunThreshold *t = px_run_get_threshold (run, i);
      g_autoptr(GError) local = NULL;
      if (!px_compare_rules_override (c, t->name, t->value, &local))
        g_string_append_printf (problems, "%s%s: %s", problems->len ? "\n" : "", t->where,
                                local->message);
    }
  if (problems->len > 0)
    return px_throw (error, PX_ERROR_CONFIG, "%s", problems->str);
  *compare = g_steal_pointer (&c);
  *claims = g_steal_pointer (&k);
  return TRUE;
}

/* The index of the run's primary source, or -1. */
static int
primary_of (const PxRun *run)
{
  for (guint i = 0; i < px_run_n_sources (run); i++)
    if (px_run_get_source (run, i)->role == PX_ROLE_PRIMARY)
      return (int) i;
  return -1;
}

/* Renders every output to memory, then has them all written or none, so
 * a failure in one never leaves a run half written. */
static int
write_outputs (const PxRun *run, const PxRules *rules, GPtrArray *docs, const PxComparison *cmp,
               gboolean quiet)
{
  guint n = px_run_n_outputs (run);
  g_autoptr(GPtrArray) rendered = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) files = g_array_sized_new (FALSE, TRUE, sizeof (PxOutputFile), n);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  for (guint i = 0; i < px_run_n_sources (run); i++)
    g_ptr_array_add (inputs, (gpointer) px_run_get_source (run, i)->path);
  g_ptr_array_add (inputs, (gpointer) px_run_get_path (run));
  g_ptr_array_add (inputs, NULL);
  /* Files get the width of standard output and never colour. */
  PxReportStyle style = px_report_style_for_stdout ();
  style.colour = FALSE;
  px_report_style_set_run_date (&style);
  for (guint i = 0; i < n; i++)
    {
      gsize len = 0;
      char *data = px_report_run_styled (px_run_get_output (run, i)->format, run, rules,
                                         (PxDocument *const *) docs->pdata, docs->len, cmp,
                                         &style, &len);
      g_ptr_array_add (rendered, data);
      PxOutputFile file = { px_run_get_output (run, i)->path, data, len };
      g_array_append_val (files, file);
    }
  g_autoptr(GError) error = NULL;
  if (!px_output_write_all ((const PxOutputFile *) files->data, n,
                            (const char *const *) inputs->pdata, &error))
    return px_cli_fail (error, TRUE);
  for (guint i = 0; i < n && !quiet; i++)
    {
      const PxRunOutput *out = px_run_get_output (run, i);
      fprintf (stderr, "parallax: wrote %s (%s)\n", out->path, px_format_to_string (out->format));
    }
  return PX_EXIT_OK;
}

int
px_cmd_run (int argc, char **argv)
{
  gboolean check = FALSE, rollup = FALSE, quiet = FALSE;
  g_auto(PxCliGazetteer) gopts = { 0 };
  g_autofree char *output_dir = NULL, *max_size = NULL;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, "validate the run file and stop", NULL },
    { "output-dir", 'O', 0, G_OPTION_ARG_FILENAME, &output_dir,
      "write the outputs into DIR instead of where the run file says", "DIR" },
    { "rollup-metonyms", 0, 0, G_OPTION_ARG_NONE, &rollup,
      "count a capital used for its government (\"Tokyo said\") as that country", NULL },
    PX_CLI_QUIET_ENTRY (quiet),
    PX_CLI_MAX_INPUT_SIZE_ENTRY (max_size),
    PX_CLI_GAZETTEER_ENTRIES (gopts),
    { NULL }
  };
  int status = px_cli_parse ("run", "RUN.yaml", summary, description, entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return px_cli_usage ("run", argc < 2 ? "no run file given" : "one run file at a time");
  guint64 max_bytes = 0;
  if ((status = px_cli_max_bytes ("run", max_size, &max_bytes)) >= 0)
    return status;

  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (argv[1], &error);
  if (run == NULL)
    return px_cli_fail (error, FALSE);
  if (output_dir != NULL && !px_run_redirect_outputs (run, output_dir, &error))
    return px_cli_usage ("run", "%s", error->message);
  g_autoptr(PxCompareRules) compare_rules = NULL;
  g_autoptr(PxClaimRules) claim_rules = NULL;
  if (!load_compare_rules (run, &compare_rules, &claim_rules, &error))
    return px_cli_fail (error, FALSE);
  if (check)
    return check_only (run);

  g_autoptr(PxRules) rules = px_rules_load_default (&error);
  g_autoptr(GPtrArray) extra = run_gazetteers (run);
  g_autoptr(PxExtractRules) extract_rules =
    rules ? px_cli_load_extract_rules (&gopts, (const char *const *) extra->pdata, &error) : NULL;
  if (extract_rules == NULL)
    return px_cli_fail (error, FALSE);
  g_autoptr(GPtrArray) docs = load_documents (run, rules, extract_rules, max_bytes, quiet, &error);
  if (docs == NULL)
    return px_cli_fail (error, FALSE);
  PxCompareOptions options = { .primary = primary_of (run),
                                .rollup_metonyms = rollup || px_run_rolls_up_metonyms (run) };
  g_autoptr(PxComparison) cmp = px_compare (compare_rules, claim_rules,
                                            (PxDocument *const *) docs->pdata, docs->len,
                                            &options);
  if (px_run_n_outputs (run) > 0)
    return write_outputs (run, rules, docs, cmp, quiet);
  PxReportStyle style = px_report_style_for_stdout ();
  px_report_style_set_run_date (&style);
  gsize len = 0;
  g_autofree char *text = px_report_run_styled (PX_FORMAT_TEXT, run, rules,
                                                (PxDocument *const *) docs->pdata, docs->len, cmp,
                                                &style, &len);
  fwrite (text, 1, len, stdout);
  return PX_EXIT_OK;
}
