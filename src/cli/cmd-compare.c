/* cmd-compare.c: `parallax compare`, the comparison from the command line. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "report/report.h"

static const char summary[] =
  "Compare how FILEs report the same story: which entities each adds or\n"
  "omits, whether each quote is faithful to the primary text (verbatim,\n"
  "verbatim with an elision, altered with a word-level diff, or absent),\n"
  "which of the primary's claims each carries, whether their dates agree,\n"
  "and which documents republish one another.";

static const char description[] =
  "With --primary, every other FILE is compared against that one; without\n"
  "it, against the consensus: what more than half of the independent\n"
  "witnesses carry (a republication counts once).  Without --primary,\n"
  "claims are aligned only up to " G_STRINGIFY (PX_COMPARE_ALL_PAIRS_MAX)
  " FILEs, and each quote is searched in\n"
  "every other witness, so name a primary for large sets.  Thresholds are in\n"
  "rules/compare.yaml and rules/claims.yaml; the JSON schema is in\n"
  "docs/compare.md.\n\n"
  "Exit status: 0 success, 2 bad usage, 3 unreadable input, 4 bad rules or\n"
  "gazetteer, 5 output not written.";

/* rules/compare.yaml and rules/claims.yaml, both or neither. */
static gboolean
load_compare_rules (PxCompareRules **compare, PxClaimRules **claims, GError **error)
{
  *compare = px_compare_rules_load_default (error);
  if (*compare == NULL)
    return FALSE;
  *claims = px_claim_rules_load_default (error);
  if (*claims == NULL)
    {
      g_clear_pointer (compare, px_compare_rules_free);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  PxFormat format;
  guint64 max_bytes;
  PxEncoding encoding;
  const char *primary;
  GHashTable *published;        /* FILE -> DATE, from --published FILE=DATE */
  GHashTable *outlets;          /* FILE -> NAME, from --outlet FILE=NAME */
  gboolean quiet;
} CompareOptions;

/* Reads "FILE=VALUE" options into @into; NULL when @values is. */
static int
read_file_values (const char *option, char **values, GHashTable *into)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      const char *eq = strchr (values[i], '=');
      if (eq == NULL || eq == values[i] || eq[1] == '\0')
        return px_cli_usage ("compare", "--%s: '%s' is not FILE=VALUE", option, values[i]);
      g_hash_table_insert (into, g_strndup (values[i], (gsize) (eq - values[i])),
                           g_strdup (eq + 1));
    }
  return -1;
}

/* Every --published date is a date, and every FILE it names is compared. */
static int
check_file_values (const CompareOptions *o, const GPtrArray *files)
{
  GHashTable *tables[] = { o->published, o->outlets };
  const char *names[] = { "published", "outlet" };
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GHashTableIter iter;
      gpointer file, value;
      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &file, &value))
        {
          gboolean listed = FALSE;
          for (guint i = 0; i < files->len && !listed; i++)
            listed = g_str_equal (g_ptr_array_index (files, i), file);
          if (!listed)
            return px_cli_usage ("compare", "--%s: %s is not one of the FILEs", names[t],
                                 (const char *) file);
          if (t == 0 && !px_run_is_iso_date (value))
            return px_cli_usage ("compare", "--published: '%s' is not a date (YYYY-MM-DD, "
                                 "YYYY-MM or YYYY)", (const char *) value);
        }
    }
  return -1;
}

static int
check_options (CompareOptions *o, const char *format_name, const char *encoding_name,
               const char *max_size)
{
  g_autoptr(GError) error = NULL;
  if (format_name != NULL && !px_format_from_string (format_name, &o->format, NULL))
    return px_cli_usage ("compare", "--format: '%s' is not one of text, md, json, html",
                         format_name);
  if (encoding_name != NULL && !px_encoding_from_string (encoding_name, &o->encoding, &error))
    return px_cli_usage ("compare", "--encoding: %s", error->message);
  return px_cli_max_bytes ("compare", max_size, &o->max_bytes);
}

/* The FILEs to compare, the primary first when it is not among them. */
static GPtrArray *
list_files (const CompareOptions *o, int argc, char **argv, int *primary)
{
  GPtrArray *files = g_ptr_array_new ();
  *primary = -1;
  for (int i = 1; i < argc; i++)
    {
      if (o->primary != NULL && *primary < 0
          && (g_strcmp0 (argv[i], o->primary) == 0 || px_same_file (argv[i], o->primary)))
        *primary = (int) files->len;
      g_ptr_array_add (files, argv[i]);
    }
  if (o->primary != NULL && *primary < 0)
    {
      g_ptr_array_insert (files, 0, (gpointer) o->primary);
      *primary = 0;
    }
  return files;
}

static GPtrArray *
load_documents (const CompareOptions *o, const GPtrArray *files, int primary,
                const PxRules *rules, const PxExtractRules *extract_rules, GError **error)
{
  g_autoptr(GArray) sources = g_array_sized_new (FALSE, TRUE, sizeof (PxRunSource), files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      PxRunSource source = {
        .path = file, .given = file,
        .role = (int) i == primary ? PX_ROLE_PRIMARY : PX_ROLE_REPORT,
        .published = g_hash_table_lookup (o->published, file),
        .outlet = g_hash_table_lookup (o->outlets, file),
        .encoding = o->encoding,
      };
      g_array_append_val (sources, source);
    }
  return px_cli_read_documents ((const PxRunSource *) sources->data, files->len, rules,
                                extract_rules, o->max_bytes, o->quiet, error);
}

static int
write_report (const char *output, const char *data, gsize len, GPtrArray *files)
{
  g_autoptr(GError) error = NULL;
  if (output == NULL)
    {
      fwrite (data, 1, len, stdout);
      return fflush (stdout) == 0 ? PX_EXIT_OK : PX_EXIT_OUTPUT;
    }
  g_autoptr(GPtrArray) inputs = g_ptr_array_copy (files, NULL, NULL);
  g_ptr_array_add (inputs, NULL);
  if (!px_output_write (output, data, len, (const char *const *) inputs->pdata, &error))
    return px_cli_fail (error, TRUE);
  return PX_EXIT_OK;
}

int
px_cmd_compare (int argc, char **argv)
{
  g_autofree char *format_name = NULL, *encoding_name = NULL, *max_size = NULL;
  g_autofree char *output = NULL, *primary_file = NULL;
  g_auto(GStrv) published = NULL, outlets = NULL;
  gboolean rollup = FALSE, quiet = FALSE;
  g_auto(PxCliGazetteer) gopts = { 0 };
  const GOptionEntry entries[] = {
    { "primary", 'P', 0, G_OPTION_ARG_FILENAME, &primary_file,
      "compare every other FILE against this one (it need not be listed again)", "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "text (default), md, json or html",
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "write to OUT (replaced atomically, never an input) instead of standard output", "OUT" },
    { "published", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &published,
      "FILE's publication date (YYYY-MM-DD, YYYY-MM or YYYY), which its relative dates "
      "resolve against; repeatable", "FILE=DATE" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING_ARRAY, &outlets,
      "the outlet that published FILE, which names it in the report; repeatable", "FILE=NAME" },
    { "rollup-metonyms", 0, 0, G_OPTION_ARG_NONE, &rollup,
      "count a capital used for its government (\"Tokyo said\") as that country", NULL },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding_name,
      "input encoding: utf-8 (default) or latin-1", "ENC" },
    PX_CLI_QUIET_ENTRY (quiet),
    PX_CLI_MAX_INPUT_SIZE_ENTRY (max_size),
    PX_CLI_GAZETTEER_ENTRIES (gopts),
    { NULL }
  };
  int status = px_cli_parse ("compare", "FILE...", summary, description, entries, &argc, &argv);
  if (status >= 0)
    return status;
  g_autoptr(GHashTable) published_by_file = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                   g_free, g_free);
  g_autoptr(GHashTable) outlet_by_file = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                g_free, g_free);
  CompareOptions o = { PX_FORMAT_TEXT, 0, PX_ENCODING_UTF8, primary_file, published_by_file,
                       outlet_by_file, quiet };
  if ((status = check_options (&o, format_name, encoding_name, max_size)) >= 0
      || (status = read_file_values ("published", published, published_by_file)) >= 0
      || (status = read_file_values ("outlet", outlets, outlet_by_file)) >= 0)
    return status;
  int primary = -1;
  g_autoptr(GPtrArray) files = list_files (&o, argc, argv, &primary);
  if (files->len < 2)
    return px_cli_usage ("compare", "two or more FILEs are needed to compare");
  if ((status = check_file_values (&o, files)) >= 0)
    return status;

  g_autoptr(GError) error = NULL;
  g_autoptr(PxRules) rules = px_rules_load_default (&error);
  g_autoptr(PxExtractRules) extract_rules =
    rules ? px_cli_load_extract_rules (&gopts, NULL, &error) : NULL;
  g_autoptr(PxCompareRules) compare_rules = NULL;
  g_autoptr(PxClaimRules) claim_rules = NULL;
  if (extract_rules == NULL || !load_compare_rules (&compare_rules, &claim_rules, &error))
    return px_cli_fail (error, FALSE);
  g_autoptr(GPtrArray) docs = load_documents (&o, files, primary, rules, extract_rules, &error);
  if (docs == NULL)
    return px_cli_fail (error, FALSE);

  PxCompareOptions options = { .primary = primary, .rollup_metonyms = rollup };
  g_autoptr(PxComparison) cmp = px_compare (compare_rules, claim_rules,
                                            (PxDocument *const *) docs->pdata, docs->len,
                                            &options);
  /* Colour only for a terminal (and never with NO_COLOR): a file gets
   * the plain report. */
  PxReportStyle style = px_report_style_for_stdout ();
  style.colour = style.colour && output == NULL;
  px_report_style_set_run_date (&style);
  gsize len = 0;
  g_autofree char *data = px_report_compare_styled (o.format, cmp, &style, &len);
  return write_report (output, data, len, files);
}
