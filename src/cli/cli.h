/* cli.h: private to src/cli; the commands of the parallax program.
 *
 * Each command parses its own options and returns an exit status, one of
 * those documented in docs/exit-status.md.
 */
#pragma once

#include <glib.h>

#include "align/align.h"
#include "run/run.h"
#include "util/util.h"

typedef enum {
  PX_EXIT_OK = 0,
  PX_EXIT_FAILURE = 1,   /* an internal failure */
  PX_EXIT_USAGE = 2,     /* bad command line */
  PX_EXIT_INPUT = 3,     /* an input file cannot be read as text */
  PX_EXIT_CONFIG = 4,    /* a run file, rules file or gazetteer is wrong */
  PX_EXIT_OUTPUT = 5,    /* an output cannot be written */
} PxExit;

/* Prints "parallax: MESSAGE" (one line per line of the message) to stderr
 * and returns the exit status for @error's code.  @output tells that the
 * failure was in writing results. */
int px_cli_fail (const GError *error, gboolean output);

/* Reports bad usage of @command with a hint to its --help. */
int px_cli_usage (const char *command, const char *format, ...) G_GNUC_PRINTF (2, 3);

int px_cmd_inspect (int argc, char **argv);
int px_cmd_run (int argc, char **argv);
int px_cmd_gazetteer (int argc, char **argv);
int px_cmd_extract (int argc, char **argv);
int px_cmd_compare (int argc, char **argv);

/* Parses @argv with @entries for @command ("Usage: parallax COMMAND
 * @parameter"), with @description after the options in --help.  Returns -1
 * to go on, else the exit status to stop with (after --help, or bad use). */
int px_cli_parse (const char *command, const char *parameter, const char *summary,
                  const char *description, const GOptionEntry *entries, int *argc, char ***argv);

/* The --max-input-size option, the same for every command that reads
 * captures. */
#define PX_CLI_MAX_INPUT_SIZE_ENTRY(var) \
  { "max-input-size", 0, 0, G_OPTION_ARG_STRING, &(var), \
    "refuse inputs larger than SIZE (default 64M; bytes, or K, M, G (x1024) with optional " \
    "B or iB)", "SIZE" }

/* Turns a --max-input-size value (NULL: the default) into bytes, or fails
 * as bad usage. */
int px_cli_max_bytes (const char *command, const char *text, guint64 *out);

/* Progress on standard error while many documents are read: only on a
 * terminal, never with --quiet, and not for a single document. */
typedef struct {
  const char *what;       /* "reading" */
  guint total;
  gboolean shown;
} PxCliProgress;

PxCliProgress px_cli_progress_new (const char *what, guint total, gboolean quiet);
/* Shows that @done of the total are done. */
void px_cli_progress (const PxCliProgress *progress, guint done);

/* Reads, cleans, segments and extracts the @n @sources (on a thread
 * pool), showing progress unless @quiet.  Fails, with the first source
 * that cannot be read, in their order, when any cannot.
 * (transfer full) (element-type PxDocument) */
GPtrArray *px_cli_read_documents (const PxRunSource *sources, guint n, const PxRules *rules,
                                  const PxExtractRules *extract_rules, guint64 max_bytes,
                                  gboolean quiet, GError **error);

#define PX_CLI_QUIET_ENTRY(var) \
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &(var), \
    "no progress and no notes on standard error (errors are still reported)", NULL }

/* The gazetteer options that every command reading names shares. */
typedef struct {
  char **files;           /* --gazetteer, in order */
  char *cache;            /* --gazetteer-cache */
  gboolean no_cache;
  gboolean no_bundled;
} PxCliGazetteer;

#define PX_CLI_GAZETTEER_ENTRIES(o) \
  { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME_ARRAY, &(o).files, \
    "also read gazetteer FILE (.yaml or .tsv) or directory; repeatable, later wins", "FILE" }, \
  { "gazetteer-cache", 0, 0, G_OPTION_ARG_FILENAME, &(o).cache, \
    "the compiled gazetteer cache (default: $XDG_CACHE_HOME/parallax/gazetteer.pxg)", "FILE" }, \
  { "no-gazetteer-cache", 0, 0, G_OPTION_ARG_NONE, &(o).no_cache, \
    "compile the gazetteer in memory; read and write no cache", NULL }, \
  { "no-bundled-gazetteer", 0, 0, G_OPTION_ARG_NONE, &(o).no_bundled, \
    "read only the --gazetteer files", NULL }

/* Loads the bundled gazetteer, then @extra's files (NULL-terminated, may
 * be NULL: a run file's), then @opts' files, through the cache unless told
 * not to.  (transfer full) */
struct _PxGazetteer *px_cli_load_gazetteer (const PxCliGazetteer *opts, const char *const *extra,
                                            guint caps_only_max_letters, GError **error);

/* Every extractor's rules over that gazetteer.  (transfer full) */
struct _PxExtractRules *px_cli_load_extract_rules (const PxCliGazetteer *opts,
                                                   const char *const *extra, GError **error);
void px_cli_gazetteer_clear (PxCliGazetteer *opts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PxCliGazetteer, px_cli_gazetteer_clear)
