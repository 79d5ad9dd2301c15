/* cmd-gazetteer.c: `parallax gazetteer`, check, compile and query the
 * gazetteer; and the gazetteer options other commands share. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "extract/extract.h"
#include "gazetteer/gazetteer.h"

static char *
default_cache_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "parallax", "gazetteer.pxg", NULL);
}

PxGazetteer *
px_cli_load_gazetteer (const PxCliGazetteer *opts, const char *const *extra,
                       guint caps_only_max_letters, GError **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  if (!opts->no_bundled)
    g_ptr_array_add (paths, px_data_path ("data/gazetteer"));
  for (guint k = 0; extra && extra[k]; k++)
    g_ptr_array_add (paths, g_strdup (extra[k]));
  for (guint k = 0; opts->files && opts->files[k]; k++)
    g_ptr_array_add (paths, g_strdup (opts->files[k]));
  if (paths->len == 0)
    return px_throw_null (error, PX_ERROR_USAGE,
                          "no gazetteer: --no-bundled-gazetteer needs --gazetteer FILE");
  g_ptr_array_add (paths, NULL);
  PxGazetteerOptions options = { caps_only_max_letters };
  const char *const *p = (const char *const *) paths->pdata;
  if (opts->no_cache)
    return px_gazetteer_load (p, &options, error);
  g_autofree char *fallback = default_cache_path ();
  const char *cache = opts->cache ? opts->cache : fallback;
  PxGazetteerCacheStatus status;
  g_autofree char *note = NULL;
  PxGazetteer *gaz = px_gazetteer_load_cached (p, &options, cache, &status, &note, error);
  /* An unwritable cache costs time, not results: say so and go on. */
  if (gaz && status == PX_GAZETTEER_CACHE_UNWRITTEN && opts->cache)
    fprintf (stderr, "parallax: warning: gazetteer cache not saved: %s\n", note);
  return gaz;
}

PxExtractRules *
px_cli_load_extract_rules (const PxCliGazetteer *opts, const char *const *extra, GError **error)
{
  g_autoptr(PxNameRules) names = px_name_rules_load_default (error);
  if (names == NULL)
    return NULL;
  g_autoptr(PxGazetteer) gaz =
    px_cli_load_gazetteer (opts, extra, px_name_rules_caps_only_max_letters (names), error);
  if (gaz == NULL)
    return NULL;
  return px_extract_rules_load_default (gaz, error);
}

static const char summary[] =
  "Check, compile or query the gazetteer: the bundled data/gazetteer/ files\n"
  "and any given with --gazetteer, later files taking precedence.\n\n"
  "Actions:\n"
  "  check          load every file, report problems as FILE:LINE, count entities\n"
  "  compile        (re)write the compiled cache (--cache FILE, default in\n"
  "                 $XDG_CACHE_HOME/parallax/)\n"
  "  show ID...     print entities by id\n"
  "  match TEXT...  print the names found in TEXT, one per line";

static const char description[] =
  "The formats are described in docs/gazetteer.md.\n\n"
  "Exit status: 0 success, 2 bad usage, 3 unreadable file, 4 malformed\n"
  "gazetteer, 5 cache not written (compile).";

static void
print_counts (const PxGazetteer *gaz)
{
  guint per_type[PX_ENTITY_N_TYPES] = { 0 };
  guint n = px_gazetteer_n_entities (gaz);
  for (guint e = 0; e < n; e++)
    per_type[px_gazetteer_entity_type (gaz, e)]++;
  printf ("%u entities, %u names:", n, px_gazetteer_n_names (gaz));
  for (guint t = 0; t < PX_ENTITY_N_TYPES; t++)
    printf (" %u %s", per_type[t], px_entity_type_name ((PxEntityType) t));
  printf ("\n");
}

static void
print_entity (const PxGazetteer *gaz, guint e)
{
  static const char *const fields[] = {
    "name", "subtype", "country", "role", "from", "to", "ownership", "ownership_source",
    "notes", "source",
  };
  printf ("%s (%s) %s:%u\n", px_gazetteer_entity_field (gaz, e, "id"),
          px_entity_type_name (px_gazetteer_entity_type (gaz, e)),
          px_gazetteer_entity_field (gaz, e, "file"), px_gazetteer_entity_line (gaz, e));
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    {
      const char *v = px_gazetteer_entity_field (gaz, e, fields[k]);
      if (v)
        printf ("  %s: %s\n", fields[k], v);
    }
  for (guint k = 0; k < px_gazetteer_entity_n_aliases (gaz, e); k++)
    {
      gboolean demonym;
      const char *alias = px_gazetteer_entity_alias (gaz, e, k, &demonym);
      printf ("  %s: %s\n", demonym ? "demonym" : "alias", alias);
    }
  guint metonym = px_gazetteer_entity_metonym_of (gaz, e);
  if (metonym != PX_NO_ENTITY)
    printf ("  metonym_of: %s\n", px_gazetteer_entity_field (gaz, metonym, "id"));
  for (guint k = 0; k < px_gazetteer_entity_n_member_of (gaz, e); k++)
    printf ("  member_of: %s\n",
            px_gazetteer_entity_field (gaz, px_gazetteer_entity_member_of (gaz, e, k), "id"));
}

static int
show (const PxGazetteer *gaz, int argc, char **argv)
{
  int status = PX_EXIT_OK;
  for (int i = 0; i < argc; i++)
    {
      guint e = px_gazetteer_find (gaz, argv[i]);
      if (e == PX_NO_ENTITY)
        {
          fprintf (stderr, "parallax: gazetteer: no entity has the id '%s'\n", argv[i]);
          status = PX_EXIT_USAGE;
          continue;
        }
      print_entity (gaz, e);
    }
  return status;
}

static void
match (const PxGazetteer *gaz, const char *text)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, text, strlen (text), found);
  for (guint k = 0; k < found->len; k++)
    {
      const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
      printf ("%zu\t%zu\t%.*s\t%s%s\n", m->span.start, m->span.end,
              (int) (m->span.end - m->span.start), text + m->span.start,
              px_gazetteer_entity_field (gaz, m->entity, "id"), m->demonym ? "\t(demonym)" : "");
    }
}

int
px_cmd_gazetteer (int argc, char **argv)
{
  g_auto(PxCliGazetteer) gopts = { 0 };
  const GOptionEntry entries[] = {
    PX_CLI_GAZETTEER_ENTRIES (gopts),
    { NULL }
  };
  int status = px_cli_parse ("gazetteer", "ACTION [ARG...]", summary, description, entries,
                             &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return px_cli_usage ("gazetteer", "no ACTION given (check, compile, show or match)");
  const char *action = argv[1];
  gboolean compile = g_str_equal (action, "compile");
  if (!g_str_equal (action, "check") && !compile && !g_str_equal (action, "show")
      && !g_str_equal (action, "match"))
    return px_cli_usage ("gazetteer", "unknown ACTION '%s' (check, compile, show or match)",
                         action);
  if ((compile || g_str_equal (action, "check")) && argc > 2)
    return px_cli_usage ("gazetteer", "%s takes no arguments", action);
  if (!compile && argc < 3 && !g_str_equal (action, "check"))
    return px_cli_usage ("gazetteer", "%s needs at least one argument", action);

  g_autoptr(GError) error = NULL;
  /* check and compile always read the sources; show and match may use
   * the cache like any other command. */
  gboolean no_cache = gopts.no_cache;
  gopts.no_cache = no_cache || compile || g_str_equal (action, "check");
  g_autoptr(PxNameRules) names = px_name_rules_load_default (&error);
  g_autoptr(PxGazetteer) gaz =
    names ? px_cli_load_gazetteer (&gopts, NULL, px_name_rules_caps_only_max_letters (names),
                                   &error)
          : NULL;
  gopts.no_cache = no_cache;
  if (gaz == NULL)
    return px_cli_fail (error, FALSE);
  if (compile)
    {
      g_autofree char *fallback = default_cache_path ();
      const char *cache = gopts.cache ? gopts.cache : fallback;
      g_autofree char *dir = g_path_get_dirname (cache);
      g_mkdir_with_parents (dir, 0755);
      if (!px_gazetteer_save (gaz, cache, &error))
        return px_cli_fail (error, TRUE);
      printf ("%s: ", cache);
      print_counts (gaz);
      return PX_EXIT_OK;
    }
  if (g_str_equal (action, "check"))
    {
      print_counts (gaz);
      return PX_EXIT_OK;
    }
  if (g_str_equal (action, "show"))
    return show (gaz, argc - 2, argv + 2);
  for (int i = 2; i < argc; i++)
    match (gaz, argv[i]);
  return PX_EXIT_OK;
}
