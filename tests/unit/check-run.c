/* check-run.c: run files, documents through the pipeline, and outputs. */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "px-test.h"
#include "run/run.h"

static const char STORY[] = "Japan opened its first mission to NATO in Brussels, officials said.\n";

/* A directory holding @yaml as run.yaml, a story a.txt and a directory
 * adir/; returns the run file's path.  (transfer full) */
static char *
write_run (const char *yaml)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *story = px_test_write_in (dir, "a.txt", STORY, -1);
  g_autofree char *adir = g_build_filename (dir, "adir", NULL);
  ck_assert_int_eq (g_mkdir (adir, 0700), 0);
  return px_test_write_in (dir, "run.yaml", yaml, -1);
}

static PxRun *
load_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  PxRun *run = px_run_load (path, &error);
  ck_assert_msg (run != NULL, "%s", error != NULL ? error->message : "");
  return run;
}

static char *
canonical (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

/* Every line of @message names @path, a line and a column. */
static void
assert_positioned (const char *message, const char *path)
{
  g_autofree char *escaped = g_regex_escape_string (path, -1);
  g_autofree char *pattern = g_strdup_printf ("^%s:[0-9]+:[0-9]+: \\S", escaped);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    ck_assert_msg (g_regex_match (regex, lines[i], 0, NULL), "line without file:line:column: %s",
                   lines[i]);
}

/* ### The bundled run */

typedef struct {
  const char *file;
  const char *outlet;
  PxRole role;
  const char *published;
  guint sentences;
  guint words;
} Expected;

/* data/corpus/kcna-japan-nato.yaml, read by hand; sentence and word counts
 * pinned from `parallax inspect`. */
static const Expected bundled[] = {
  { "kcna-2025-01-20.txt", "KCNA", PX_ROLE_PRIMARY, "2025-01-20", 13, 426 },
  { "firstpost-2025-01-20.txt", "Firstpost", PX_ROLE_REPORT, "2025-01-20", 21, 593 },
  { "hotaaj-2025-01.txt", "hotaaj.com", PX_ROLE_REPORT, "2025-01", 21, 593 },
  { "rt-2023-05-16.txt", "RT", PX_ROLE_REPORT, "2023-05-16", 10, 392 },
  { "washingtontimes-2025-01-20.txt", "The Washington Times", PX_ROLE_REPORT, "2025-01-20",
    26, 675 },
};

static PxRun *bundled_run;
static PxRules *bundled_rules;

/* Loaded once per TCase in the parent (an unchecked fixture). */
static void
load_bundled (void)
{
  g_autofree char *path = px_test_src_path ("data/corpus/kcna-japan-nato.yaml");
  g_autoptr(GError) error = NULL;
  bundled_run = load_ok (path);
  bundled_rules = px_rules_load_default (&error);
  ck_assert_msg (bundled_rules != NULL, "%s", error != NULL ? error->message : "");
}

static void
free_bundled (void)
{
  g_clear_pointer (&bundled_run, px_run_free);
  g_clear_pointer (&bundled_rules, px_rules_free);
}

START_TEST (test_bundled_header)
{
  g_autofree char *path = px_test_src_path ("data/corpus/kcna-japan-nato.yaml");
  ck_assert_str_eq (px_run_get_path (bundled_run), path);
  ck_assert_str_eq (px_run_get_title (bundled_run),
                    "North Korea on Japan's mission to NATO: KCNA and four reports");
  ck_assert_str_eq (px_run_get_analyst (bundled_run), "parallax demo corpus");
  ck_assert (g_str_has_prefix (px_run_get_notes (bundled_run),
                               "KCNA's article (via the Naenara portal)"));
  ck_assert_uint_eq (px_run_n_sources (bundled_run), G_N_ELEMENTS (bundled));
}
END_TEST

START_TEST (test_bundled_source)
{
  const Expected *want = &bundled[_i];
  const PxRunSource *src = px_run_get_source (bundled_run, _i);
  g_autofree char *rel = g_build_filename ("data/corpus", want->file, NULL);
  g_autofree char *expected_path = px_test_src_path (rel);
  g_autofree char *path = canonical (src->path);
  /* Relative to the run file, whatever the working directory. */
  ck_assert (g_path_is_absolute (src->path));
  ck_assert_str_eq (path, expected_path);
  ck_assert_str_eq (src->outlet, want->outlet);
  ck_assert_int_eq (src->role, want->role);
  ck_assert_str_eq (src->published, want->published);
  ck_assert_str_eq (src->language, "en");
  ck_assert_int_eq (src->encoding, PX_ENCODING_UTF8);
}
END_TEST

START_TEST (test_bundled_optional_fields)
{
  const PxRunSource *kcna = px_run_get_source (bundled_run, 0);
  const PxRunSource *hotaaj = px_run_get_source (bundled_run, 2);
  const PxRunSource *rt = px_run_get_source (bundled_run, 3);
  ck_assert_str_eq (kcna->author, "Kim Ryo Won");
  ck_assert_str_eq (kcna->date_order, "dmy");
  ck_assert_ptr_null (kcna->url);
  ck_assert_str_eq (hotaaj->url, "https://hotaaj.com/");
  ck_assert_ptr_null (rt->author);
  ck_assert_ptr_null (rt->date_order);
}
END_TEST

START_TEST (test_bundled_has_one_primary)
{
  guint primaries = 0;
  for (guint i = 0; i < px_run_n_sources (bundled_run); i++)
    primaries += px_run_get_source (bundled_run, i)->role == PX_ROLE_PRIMARY;
  ck_assert_uint_eq (primaries, 1);
  ck_assert_str_eq (px_run_get_source (bundled_run, 0)->outlet, "KCNA");
}
END_TEST

START_TEST (test_bundled_outputs_resolve_against_the_run_file)
{
  static const struct { PxFormat format; const char *name; } outputs[] = {
    { PX_FORMAT_HTML, "kcna-japan-nato.html" },
    { PX_FORMAT_JSON, "kcna-japan-nato.json" },
    { PX_FORMAT_MD, "kcna-japan-nato.md" },
  };
  ck_assert_uint_eq (px_run_n_outputs (bundled_run), G_N_ELEMENTS (outputs));
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      const PxRunOutput *out = px_run_get_output (bundled_run, i);
      ck_assert_int_eq (out->format, outputs[i].format);
      /* "../../out/NAME" from data/corpus/ is the top of the source tree. */
      g_autofree char *rel = g_build_filename ("out", outputs[i].name, NULL);
      g_autofree char *top = px_test_src_path (rel);
      g_autofree char *expected = canonical (top);
      g_autofree char *path = canonical (out->path);
      ck_assert_str_eq (path, expected);
    }
}
END_TEST

START_TEST (test_redirect_outputs)
{
  g_autofree char *path = px_test_src_path ("data/corpus/kcna-japan-nato.yaml");
  g_autoptr(PxRun) run = load_ok (path);
  ck_assert (px_run_redirect_outputs (run, "/tmp/elsewhere", NULL));
  ck_assert_str_eq (px_run_get_output (run, 0)->path, "/tmp/elsewhere/kcna-japan-nato.html");
  ck_assert_str_eq (px_run_get_output (run, 1)->path, "/tmp/elsewhere/kcna-japan-nato.json");
  ck_assert_str_eq (px_run_get_output (run, 2)->path, "/tmp/elsewhere/kcna-japan-nato.md");
  ck_assert_int_eq (px_run_get_output (run, 2)->format, PX_FORMAT_MD);
}
END_TEST

/* ### Documents */

/* Uninstalled test binaries find the source tree's rules/ by themselves. */
START_TEST (test_data_dir_is_the_source_tree)
{
  const char *env = g_getenv ("PARALLAX_DATADIR");
  ck_assert_str_eq (px_data_dir (), env != NULL && *env != '\0' ? env : PX_ABS_TOP_SRCDIR);
  g_autofree char *rules = px_data_path ("rules/boilerplate.yaml");
  ck_assert (g_file_test (rules, G_FILE_TEST_IS_REGULAR));
}
END_TEST

START_TEST (test_bundled_document)
{
  const Expected *want = &bundled[_i];
  const PxRunSource *src = px_run_get_source (bundled_run, _i);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_document_load (src, bundled_rules, 0, &error);
  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  const PxRunSource *copy = px_document_get_source (doc);
  ck_assert_str_eq (copy->outlet, want->outlet);
  ck_assert_ptr_ne (copy->outlet, src->outlet);   /* copied, not borrowed */
  ck_assert_str_eq (px_text_get_name (px_document_get_text (doc)), src->path);
  ck_assert_ptr_nonnull (px_document_get_cleaned (doc));
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  ck_assert_uint_eq (px_segmentation_n_sentences (seg), want->sentences);
  ck_assert_uint_eq (px_document_count_words (doc), want->words);
}
END_TEST

/* The source outlives its run: the document keeps its own strings. */
START_TEST (test_document_outlives_its_run)
{
  g_autofree char *run_path = write_run ("title: t\nsources:\n  - {path: a.txt, outlet: Agency}\n");
  PxRun *run = load_ok (run_path);
  g_autoptr(PxDocument) doc = px_document_load (px_run_get_source (run, 0), bundled_rules, 0, NULL);
  px_run_free (run);
  ck_assert_ptr_nonnull (doc);
  ck_assert_str_eq (px_document_get_source (doc)->outlet, "Agency");
  ck_assert_uint_eq (px_document_count_words (doc), 11);
}
END_TEST

START_TEST (test_document_errors)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *chrome = px_test_write_in (dir, "chrome.txt", "Support Us\nRelated Stories\n",
                                              -1);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *story = px_test_write_in (dir, "story.txt", STORY, -1);
  PxRunSource src = { .outlet = "X" };
  g_autoptr(GError) error = NULL;

  src.path = missing;
  g_autoptr(PxDocument) a = px_document_load (&src, bundled_rules, 0, &error);
  ck_assert_ptr_null (a);
  px_test_assert_error (error, PX_ERROR_IO, missing, NULL);
  g_clear_error (&error);

  src.path = chrome;
  g_autoptr(PxDocument) b = px_document_load (&src, bundled_rules, 0, &error);
  ck_assert_ptr_null (b);
  px_test_assert_error (error, PX_ERROR_INPUT_EMPTY, chrome, NULL);
  g_clear_error (&error);

  src.path = story;
  g_autoptr(PxDocument) c = px_document_load (&src, bundled_rules, 10, &error);
  ck_assert_ptr_null (c);
  px_test_assert_error (error, PX_ERROR_INPUT_TOO_LARGE, story, NULL);
}
END_TEST

/* The invalid-UTF-8 hint names what the user can change: the source's
 * encoding key in a run file, --encoding otherwise. */
START_TEST (test_latin1_hint_fits_where_the_source_comes_from)
{
  g_autofree char *path = write_run ("title: t\nsources:\n  - path: latin1.txt\n    outlet: A\n");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = px_test_write_in (dir, "latin1.txt", "Caf\xe9 owners in Seoul said so.\n",
                                            -1);
  g_autoptr(PxRun) run = load_ok (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_document_load (px_run_get_source (run, 0), bundled_rules, 0,
                                                &error);
  ck_assert_ptr_null (doc);
  px_test_assert_error (error, PX_ERROR_INPUT_ENCODING, "invalid UTF-8 at byte 3",
                        "set 'encoding: latin-1' on this source in the run file (line 3)", NULL);
  ck_assert_ptr_null (strstr (error->message, "--encoding"));
  g_clear_error (&error);
  PxRunSource plain = { .path = text };
  g_autoptr(PxDocument) again = px_document_load (&plain, bundled_rules, 0, &error);
  ck_assert_ptr_null (again);
  px_test_assert_error (error, PX_ERROR_INPUT_ENCODING, "use --encoding=latin-1", NULL);
}
END_TEST

START_TEST (test_document_in_latin1)
{
  g_autofree char *path = px_test_write ("latin1.txt",
                                         "Caf\xe9 owners in Seoul said the talks went well, "
                                         "officials said.\n", -1);
  PxRunSource src = { .path = path, .outlet = "X", .encoding = PX_ENCODING_LATIN1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_document_load (&src, bundled_rules, 0, &error);
  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  const char *normalized = px_text_get_normalized (px_document_get_text (doc), NULL);
  ck_assert (g_str_has_prefix (normalized, "Caf\u00e9"));
}
END_TEST

/* ### Run files */

START_TEST (test_minimal_run_file)
{
  g_autofree char *path = write_run ("title: Minimal\nsources:\n  - path: a.txt\n    outlet: A\n");
  g_autoptr(PxRun) run = load_ok (path);
  ck_assert_str_eq (px_run_get_title (run), "Minimal");
  ck_assert_ptr_null (px_run_get_analyst (run));
  ck_assert_ptr_null (px_run_get_notes (run));
  ck_assert_uint_eq (px_run_n_sources (run), 1);
  ck_assert_uint_eq (px_run_n_outputs (run), 0);
  const PxRunSource *src = px_run_get_source (run, 0);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *expected = g_build_filename (dir, "a.txt", NULL);
  ck_assert_str_eq (src->path, expected);
  ck_assert_int_eq (src->role, PX_ROLE_REPORT);
  ck_assert_int_eq (src->encoding, PX_ENCODING_UTF8);
  ck_assert_ptr_null (src->published);
  ck_assert_ptr_null (src->url);
  ck_assert_ptr_null (src->author);
  ck_assert_ptr_null (src->date_order);
  ck_assert_ptr_null (src->language);
}
END_TEST

START_TEST (test_full_run_file)
{
  g_autofree char *story = px_test_write ("abs.txt", STORY, -1);
  g_autofree char *yaml = g_strdup_printf (
    "version: 1\n"
    "title: Full\n"
    "analyst: J. Doe\n"
    "notes: some notes\n"
    "sources:\n"
    "  - path: a.txt\n"
    "    outlet: A\n"
    "    role: primary\n"
    "    published: 2024-02-29\n"
    "    url: https://example.org/a\n"
    "    author: Kim\n"
    "    date_order: mdy\n"
    "    language: ko\n"
    "    encoding: latin-1\n"
    "  - path: %s\n"
    "    outlet: B\n"
    "    role: report\n"
    "    published: '2023'\n"
    "outputs:\n"
    "  - {format: text, path: out/brief.txt}\n"
    "  - {format: json, path: /tmp/brief.json}\n", story);
  g_autofree char *path = write_run (yaml);
  g_autoptr(PxRun) run = load_ok (path);
  ck_assert_str_eq (px_run_get_analyst (run), "J. Doe");
  ck_assert_str_eq (px_run_get_notes (run), "some notes");
  const PxRunSource *a = px_run_get_source (run, 0);
  const PxRunSource *b = px_run_get_source (run, 1);
  ck_assert_int_eq (a->role, PX_ROLE_PRIMARY);
  ck_assert_str_eq (a->published, "2024-02-29");
  ck_assert_str_eq (a->url, "https://example.org/a");
  ck_assert_str_eq (a->author, "Kim");
  ck_assert_str_eq (a->date_order, "mdy");
  ck_assert_str_eq (a->language, "ko");
  ck_assert_int_eq (a->encoding, PX_ENCODING_LATIN1);
  ck_assert_str_eq (b->path, story);   /* absolute paths are kept */
  ck_assert_str_eq (b->published, "2023");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *out = g_build_filename (dir, "out", "brief.txt", NULL);
  ck_assert_int_eq (px_run_get_output (run, 0)->format, PX_FORMAT_TEXT);
  ck_assert_str_eq (px_run_get_output (run, 0)->path, out);
  ck_assert_str_eq (px_run_get_output (run, 1)->path, "/tmp/brief.json");
}
END_TEST

typedef struct {
  const char *yaml;
  const char *message;   /* after the run file's path */
  guint problems;
} BadRun;

#define ONE_SOURCE "sources:\n  - {path: a.txt, outlet: A}\n"

static const BadRun bad_runs[] = {
  { "title: t\ncolour: blue\n" ONE_SOURCE,
    ":2:1: unknown key 'colour' "
    "(expected one of: version, title, analyst, notes, sources, outputs, gazetteer, rollups, rules, thresholds)", 1 },
  { "title: t\ncolour: blue\nsize: 3\n" ONE_SOURCE, ":3:1: unknown key 'size'", 2 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, shade: red, hue: 1, tint: 2}\n",
    ":3:50: unknown key 'tint'", 3 },
  { "title: t\nsources:\n  - path: a.txt\n    outlet: A\n    shade: red\n",
    ":5:5: unknown key 'shade' (expected one of: path, outlet, role, published, url, author, "
    "date_order, language, encoding)", 1 },
  { "title: [a, b]\n" ONE_SOURCE, ":1:8: expected a scalar, found a list", 1 },
  { "title: t\nsources: {path: a.txt}\n", ":2:10: expected a list, found a mapping", 1 },
  { "title: t\nsources:\n  - a.txt\n", ":3:5: expected a mapping, found a scalar", 1 },
  { "title: t\nsources:\n  - path: missing.txt\n    outlet: A\n", "/missing.txt: no such file", 1 },
  { "title: t\nsources:\n  - path: adir\n    outlet: A\n",
    "/adir is a directory, not a text file", 1 },
  { "title: t\nsources:\n  - path: a.txt\n    outlet: A\n    role: primary\n"
    "  - path: a.txt\n    outlet: B\n    role: primary\n",
    ":6:5: a second primary source (the first is at line 3); a run has at most one", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 2025-02-30}\n",
    ":3:41: published '2025-02-30' is not a date as YYYY-MM-DD, YYYY-MM or YYYY", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 2025-13}\n",
    ":3:41: published '2025-13' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 25-01-01}\n",
    "published '25-01-01' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 2025/01/20}\n",
    "published '2025/01/20' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 2023-02-29}\n",
    "published '2023-02-29' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: '0000'}\n",
    "published '0000' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 0000-01}\n",
    "published '0000-01' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: 0000-01-01}\n",
    "published '0000-01-01' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, published: yesterday}\n",
    "published 'yesterday' is not a date", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, role: boss}\n",
    ":3:36: role 'boss' is not one of: primary, report", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, date_order: dym}\n",
    ":3:42: date_order 'dym' is not one of: dmy, mdy, ymd", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A, encoding: ebcdic}\n",
    ":3:40: unknown encoding 'ebcdic' (expected utf-8 or latin-1)", 1 },
  { "title: t\n" ONE_SOURCE "outputs:\n  - format: pdf\n    path: out.pdf\n",
    ":5:13: format 'pdf' is not one of: text, md, json, html", 1 },
  { "title: t\n" ONE_SOURCE "outputs:\n  - format: html\n    path: a.txt\n",
    ":6:11: output a.txt is also a source", 1 },
  { "title: t\n" ONE_SOURCE "outputs:\n  - path: x.md\n", ":5:5: missing key 'format'", 1 },
  { "title: t\n" ONE_SOURCE "outputs: x.md\n", ":4:10: expected a list, found a scalar", 1 },
  { "title: ''\n" ONE_SOURCE, ":1:8: 'title' is empty", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: }\n", ":3:27: 'outlet' is empty", 1 },
  { ONE_SOURCE, ":1:1: missing key 'title'", 1 },
  { "title: t\n", ":1:1: missing key 'sources' (the list of documents to compare)", 1 },
  { "title: t\nsources: []\n", ":2:10: 'sources' is empty: list at least one document", 1 },
  { "version: 2\ntitle: t\n" ONE_SOURCE,
    ":1:10: version 2 is not supported (this parallax reads version 1)", 1 },
  { "version: latest\ntitle: t\n" ONE_SOURCE, ":1:10: expected a whole number", 1 },
  { "- title: t\n", ":1:1: expected a mapping, found a list", 1 },
  { "", ":1:1: empty run file (it needs at least 'title' and 'sources')", 1 },
  { "# nothing yet\n", ":1:1: empty run file", 1 },
  { "---\n", ":1:1: empty run file", 1 },
  { "---\n...\n", ":1:1: empty run file", 1 },
  { "--- ''\n", ":1:5: expected a mapping, found a scalar", 1 },
  { "title: t\nsources:\n  - {path: a.txt, outlet: A}\n  - {path: a.txt}\n  - {outlet: C}\n",
    ":4:5: missing key 'outlet'", 2 },
  { "title: [t\n", ":2:1: did not find expected ',' or ']'", 1 },
  { "title: t\ntitle: u\n" ONE_SOURCE, ":2:1: duplicate key 'title'", 1 },
};

START_TEST (test_bad_run_file)
{
  const BadRun *bad = &bad_runs[_i];
  g_autofree char *path = write_run (bad->yaml);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_msg (run == NULL, "accepted:\n%s", bad->yaml);
  px_test_assert_error (error, PX_ERROR_CONFIG, bad->message, NULL);
  assert_positioned (error->message, path);
  ck_assert_msg (px_test_count_lines (error->message) == bad->problems, "%u problems expected:\n%s",
                 bad->problems, error->message);
  if (bad->message[0] == ':')
    {
      g_autofree char *first = g_strconcat (path, bad->message, NULL);
      ck_assert_msg (strstr (error->message, first) != NULL, "'%s' not in:\n%s", first,
                     error->message);
    }
}
END_TEST

/* A file with many problems reports them all, each with its position, in
 * the order of the file (the example of docs/run-file.md). */
START_TEST (test_every_problem_reported)
{
  g_autofree char *path = write_run (
    "version: 2\n"                                   /*  1 */
    "colour: blue\n"                                 /*  2 */
    "title: \"\"\n"                                  /*  3 */
    "sources:\n"                                     /*  4 */
    "  - path: a.txt\n"                              /*  5 */
    "    outlet: KCNA\n"                             /*  6 */
    "    role: primary\n"                            /*  7 */
    "    published: 2025-02-30\n"                    /*  8 */
    "    date_order: dym\n"                          /*  9 */
    "    encoding: ebcdic\n"                         /* 10 */
    "    shade: red\n"                               /* 11 */
    "  - path: a.txt\n"                              /* 12 */
    "    role: primary\n"                            /* 13 */
    "  - path: /nonexistent/nowhere.txt\n"           /* 14 */
    "    outlet: X\n"                                /* 15 */
    "    role: boss\n"                               /* 16 */
    "  - path: adir\n"                               /* 17 */
    "    outlet: Y\n"                                /* 18 */
    "  - just-a-scalar\n"                            /* 19 */
    "outputs:\n"                                     /* 20 */
    "  - format: pdf\n"                              /* 21 */
    "    path: out.pdf\n"                            /* 22 */
    "  - format: html\n"                             /* 23 */
    "    path: a.txt\n"                              /* 24 */
    "  - path: x.md\n");                             /* 25 */
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *adir = g_build_filename (dir, "adir", NULL);
  g_autofree char *adir_line = g_strdup_printf ("17:11: %s is a directory, not a text file", adir);
  const char *const expected[] = {
    "2:1: unknown key 'colour' (expected one of: version, title, analyst, notes, sources, outputs, gazetteer, rollups, rules, thresholds)",
    "1:10: version 2 is not supported (this parallax reads version 1)",
    "3:8: 'title' is empty",
    "11:5: unknown key 'shade' (expected one of: path, outlet, role, published, url, author, "
    "date_order, language, encoding)",
    "8:16: published '2025-02-30' is not a date as YYYY-MM-DD, YYYY-MM or YYYY",
    "9:17: date_order 'dym' is not one of: dmy, mdy, ymd",
    "10:15: unknown encoding 'ebcdic' (expected utf-8 or latin-1)",
    "12:5: missing key 'outlet'",
    "12:5: a second primary source (the first is at line 5); a run has at most one",
    "14:11: /nonexistent/nowhere.txt: no such file",
    "16:11: role 'boss' is not one of: primary, report",
    adir_line,
    "19:5: expected a mapping, found a scalar",
    "21:13: format 'pdf' is not one of: text, md, json, html",
    "24:11: output a.txt is also a source",
    "25:5: missing key 'format'",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_ptr_null (run);
  px_test_assert_error (error, PX_ERROR_CONFIG, NULL);
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *want = g_strdup_printf ("%s:%s", path, expected[i]);
      ck_assert_str_eq (lines[i], want);
    }
}
END_TEST

/* The comparison's settings: roll-ups, rules files, thresholds with the
 * place each is written, and every mistake in them at once. */
START_TEST (test_comparison_settings)
{
  g_autofree char *path = write_run (
    "title: t\n"
    "sources:\n"
    "  - {path: a.txt, outlet: A}\n"
    "rollups: [metonyms]\n"
    "rules: {compare: a.txt}\n"
    "thresholds:\n"
    "  reuse.republication_ratio: 0.7\n"
    "  dates.event_mismatch_days: 30\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_ptr_nonnull (run);
  ck_assert (px_run_rolls_up_metonyms (run));
  ck_assert (g_str_has_suffix (px_run_get_rules_file (run, "compare"), "/a.txt"));
  ck_assert_ptr_null (px_run_get_rules_file (run, "claims"));
  ck_assert_uint_eq (px_run_n_thresholds (run), 2);
  const PxRunThreshold *t = px_run_get_threshold (run, 1);
  ck_assert_str_eq (t->name, "dates.event_mismatch_days");
  ck_assert (t->value == 30);
  g_autofree char *where = g_strdup_printf ("%s:8:3", path);
  ck_assert_str_eq (t->where, where);

  g_autofree char *bad = write_run (
    "title: t\n"
    "sources:\n"
    "  - {path: a.txt, outlet: A}\n"
    "rollups: [metonyms, acronyms]\n"
    "rules: {compare: missing.yaml, stemmer: x}\n"
    "thresholds: {reuse.republication_ratio: high}\n");
  g_autoptr(PxRun) none = px_run_load (bad, &error);
  ck_assert_ptr_null (none);
  ck_assert_uint_eq (px_test_count_lines (error->message), 4);
  ck_assert_ptr_nonnull (strstr (error->message, ":4:21: roll-up 'acronyms' is not one of: metonyms"));
  ck_assert_ptr_nonnull (strstr (error->message, "unknown key 'stemmer'"));
  ck_assert_ptr_nonnull (strstr (error->message, "missing.yaml: no such rules file"));
  ck_assert_ptr_nonnull (strstr (error->message, ":6:41:"));
}
END_TEST

START_TEST (test_missing_run_file)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "run.yaml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_ptr_null (run);
  px_test_assert_error (error, PX_ERROR_IO, "run.yaml", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: cannot read: No such file or directory", path);
  ck_assert_str_eq (error->message, expected);
}
END_TEST

/* ### Names */

START_TEST (test_formats_and_roles)
{
  static const char *const names[] = { "text", "md", "json", "html" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxFormat f = PX_FORMAT_TEXT;
      ck_assert (px_format_from_string (names[i], &f, NULL));
      ck_assert_int_eq (f, (PxFormat) i);
      ck_assert_str_eq (px_format_to_string (f), names[i]);
    }
  PxFormat f;
  g_autoptr(GError) error = NULL;
  ck_assert (!px_format_from_string ("HTML", &f, &error));
  px_test_assert_error (error, PX_ERROR_USAGE, "format 'HTML' is not one of: text, md, json, html",
                        NULL);
  ck_assert_str_eq (px_role_to_string (PX_ROLE_PRIMARY), "primary");
  ck_assert_str_eq (px_role_to_string (PX_ROLE_REPORT), "report");
}
END_TEST

/* ### Outputs */

START_TEST (test_output_write_replaces_the_file)
{
  g_autofree char *path = px_test_write ("out.txt", "old contents", -1);
  g_autoptr(GError) error = NULL;
  ck_assert_msg (px_output_write (path, "new", 3, NULL, &error), "%s",
                 error != NULL ? error->message : "");
  g_autofree char *contents = NULL;
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "new");
}
END_TEST

START_TEST (test_output_write_refuses_an_input)
{
  g_autofree char *input = px_test_write ("in.txt", STORY, -1);
  g_autofree char *dir = g_path_get_dirname (input);
  g_autofree char *dotted = g_build_filename (dir, ".", "in.txt", NULL);
  const char *const inputs[] = { input, NULL };
  g_autoptr(GError) error = NULL;
  ck_assert (!px_output_write (input, "x", 1, inputs, &error));
  px_test_assert_error (error, PX_ERROR_IO, "refusing to overwrite an input file", NULL);
  g_clear_error (&error);
  /* The same file by another name. */
  ck_assert (!px_output_write (dotted, "x", 1, inputs, &error));
  px_test_assert_error (error, PX_ERROR_IO, "refusing to overwrite an input file", NULL);
  g_autofree char *contents = NULL;
  ck_assert (g_file_get_contents (input, &contents, NULL, NULL));
  ck_assert_str_eq (contents, STORY);
  ck_assert (px_same_file (input, dotted));
}
END_TEST

START_TEST (test_output_write_needs_its_directory)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "no", "such", "out.html", NULL);
  g_autoptr(GError) error = NULL;
  ck_assert (!px_output_write (path, "x", 1, NULL, &error));
  px_test_assert_error (error, PX_ERROR_IO, path, "does not exist", NULL);
  ck_assert (!px_same_file (path, path));
}
END_TEST

/* The names of what is in @dir, joined by spaces, in no order.  (transfer full) */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  ck_assert_ptr_nonnull (d);
  g_autoptr(GString) names = g_string_new (NULL);
  for (const char *name; (name = g_dir_read_name (d)) != NULL;)
    g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "", name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

START_TEST (test_output_write_names_the_output_not_the_temporary)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *data = g_strnfill (64 * 1024, 'x');
  /* Over a file size limit, write() fails with EFBIG once the signal is
   * ignored (as the program does).  Check runs each test in its own
   * process; the limit is put back anyway. */
  struct rlimit old, small = { 4096, 0 };
  ck_assert_int_eq (getrlimit (RLIMIT_FSIZE, &old), 0);
  small.rlim_max = old.rlim_max;
  void (*previous) (int) = signal (SIGXFSZ, SIG_IGN);
  ck_assert_int_eq (setrlimit (RLIMIT_FSIZE, &small), 0);
  g_autoptr(GError) error = NULL;
  gboolean ok = px_output_write (path, data, strlen (data), NULL, &error);
  setrlimit (RLIMIT_FSIZE, &old);
  signal (SIGXFSZ, previous);
  ck_assert (!ok);
  g_autofree char *expected = g_strdup_printf ("%s: cannot write: file too large", path);
  ck_assert_msg (g_str_has_prefix (error->message, expected), "%s", error->message);
  g_autofree char *left = list_dir (dir);
  ck_assert_str_eq (left, "");
}
END_TEST

/* All or none: when the second file cannot be written, the first target
 * keeps its old contents and no temporary file is left. */
START_TEST (test_output_write_all_or_none)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *first = px_test_write_in (dir, "a.txt", "old a", -1);
  g_autofree char *second = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  const PxOutputFile files[] = { { first, "new a", 5 }, { second, big, strlen (big) } };
  struct rlimit old, small = { 4096, 0 };
  ck_assert_int_eq (getrlimit (RLIMIT_FSIZE, &old), 0);
  small.rlim_max = old.rlim_max;
  void (*previous) (int) = signal (SIGXFSZ, SIG_IGN);
  ck_assert_int_eq (setrlimit (RLIMIT_FSIZE, &small), 0);
  g_autoptr(GError) error = NULL;
  gboolean ok = px_output_write_all (files, 2, NULL, &error);
  setrlimit (RLIMIT_FSIZE, &old);
  signal (SIGXFSZ, previous);
  ck_assert (!ok);
  px_test_assert_error (error, PX_ERROR_IO, second, "file too large", NULL);
  g_autofree char *contents = NULL;
  ck_assert (g_file_get_contents (first, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "old a");
  g_autofree char *left = list_dir (dir);
  ck_assert_str_eq (left, "a.txt");
  /* Without the limit both are written. */
  g_clear_error (&error);
  ck_assert_msg (px_output_write_all (files, 2, NULL, &error), "%s", error ? error->message : "");
  g_clear_pointer (&contents, g_free);
  ck_assert (g_file_get_contents (first, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "new a");
  ck_assert (g_file_test (second, G_FILE_TEST_IS_REGULAR));
}
END_TEST

/* Two targets that are one file would overwrite each other. */
START_TEST (test_output_write_all_refuses_one_file_twice)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.json", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "r.json", NULL);
  const PxOutputFile files[] = { { path, "1", 1 }, { dotted, "2", 1 } };
  g_autoptr(GError) error = NULL;
  ck_assert (!px_output_write_all (files, 2, NULL, &error));
  px_test_assert_error (error, PX_ERROR_IO, "two outputs would be written to this one file", NULL);
  ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  g_autofree char *left = list_dir (dir);
  ck_assert_str_eq (left, "");
}
END_TEST

/* -O DIR keeps only file names, so two outputs may collide there. */
START_TEST (test_redirect_refuses_a_shared_file_name)
{
  g_autofree char *path = write_run ("title: t\n" ONE_SOURCE "outputs:\n"
                                     "  - {format: json, path: one/r.json}\n"
                                     "  - {format: json, path: two/r.json}\n");
  g_autoptr(PxRun) run = load_ok (path);
  const char *before = px_run_get_output (run, 0)->path;
  g_autoptr(GError) error = NULL;
  ck_assert (!px_run_redirect_outputs (run, "/tmp/elsewhere", &error));
  px_test_assert_error (error, PX_ERROR_USAGE, "one/r.json", "two/r.json",
                        "/tmp/elsewhere/r.json", NULL);
  ck_assert_str_eq (px_run_get_output (run, 0)->path, before);
}
END_TEST

START_TEST (test_output_write_says_why_a_directory_refuses)
{
  g_autoptr(GError) error = NULL;
  if (g_file_test ("/proc/version", G_FILE_TEST_EXISTS))
    {
      ck_assert (!px_output_write ("/proc/version", "x", 1, NULL, &error));
      ck_assert_str_eq (error->message,
                        "/proc/version: cannot write: cannot create a file in directory /proc");
      g_clear_error (&error);
    }
  g_autofree char *dir = px_test_mkdtemp ();
  ck_assert (!px_output_write (dir, "x", 1, NULL, &error));
  g_autofree char *expected = g_strdup_printf ("%s: cannot write: it is a directory", dir);
  ck_assert_str_eq (error->message, expected);
}
END_TEST

Suite *
px_test_run_suite (void)
{
  Suite *s = suite_create ("run");

  TCase *bundled_case = tcase_create ("bundled");
  tcase_add_unchecked_fixture (bundled_case, load_bundled, free_bundled);
  tcase_add_test (bundled_case, test_bundled_header);
  tcase_add_loop_test (bundled_case, test_bundled_source, 0, G_N_ELEMENTS (bundled));
  tcase_add_test (bundled_case, test_bundled_optional_fields);
  tcase_add_test (bundled_case, test_bundled_has_one_primary);
  tcase_add_test (bundled_case, test_bundled_outputs_resolve_against_the_run_file);
  tcase_add_test (bundled_case, test_redirect_outputs);
  suite_add_tcase (s, bundled_case);

  TCase *documents = tcase_create ("documents");
  tcase_add_unchecked_fixture (documents, load_bundled, free_bundled);
  tcase_add_test (documents, test_data_dir_is_the_source_tree);
  tcase_add_loop_test (documents, test_bundled_document, 0, G_N_ELEMENTS (bundled));
  tcase_add_test (documents, test_document_outlives_its_run);
  tcase_add_test (documents, test_document_errors);
  tcase_add_test (documents, test_document_in_latin1);
  tcase_add_test (documents, test_latin1_hint_fits_where_the_source_comes_from);
  suite_add_tcase (s, documents);

  TCase *files = tcase_create ("run-files");
  tcase_add_test (files, test_minimal_run_file);
  tcase_add_test (files, test_full_run_file);
  tcase_add_loop_test (files, test_bad_run_file, 0, G_N_ELEMENTS (bad_runs));
  tcase_add_test (files, test_every_problem_reported);
  tcase_add_test (files, test_missing_run_file);
  tcase_add_test (files, test_comparison_settings);
  suite_add_tcase (s, files);

  TCase *names = tcase_create ("names");
  tcase_add_test (names, test_formats_and_roles);
  suite_add_tcase (s, names);

  TCase *outputs = tcase_create ("outputs");
  tcase_add_test (outputs, test_output_write_replaces_the_file);
  tcase_add_test (outputs, test_output_write_refuses_an_input);
  tcase_add_test (outputs, test_output_write_needs_its_directory);
  tcase_add_test (outputs, test_output_write_names_the_output_not_the_temporary);
  tcase_add_test (outputs, test_output_write_says_why_a_directory_refuses);
  tcase_add_test (outputs, test_output_write_all_or_none);
  tcase_add_test (outputs, test_output_write_all_refuses_one_file_twice);
  tcase_add_test (outputs, test_redirect_refuses_a_shared_file_name);
  suite_add_tcase (s, outputs);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_run_suite ());
}
