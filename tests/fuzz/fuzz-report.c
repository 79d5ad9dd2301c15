/* fuzz-report.c: libFuzzer target for the report writers (src/report),
 * the HTML one above all, over a comparison of fuzzed documents
 * (src/run/document.c, src/extract, src/align).
 *
 * The input is fields separated by a 0x1F byte: the primary's text, a
 * report's text, their outlets, the names the command line gave them, the
 * run's title, notes and analyst, and the report's run date.  Every field
 * is an arbitrary string that a report shows, so besides not crashing,
 * the HTML must be markup the report wrote and nothing else: every "<"
 * opens one of the report's own elements with its own attributes, every
 * "&" an entity, no ">" stands in text, and no element runs a script.
 * An input's "<" that reached the page unescaped would break one of
 * these, so the fuzzer hunts escaping bugs, not only crashes.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "align/align.h"
#include "report/report.h"

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

enum {
  F_PRIMARY_TEXT, F_REPORT_TEXT, F_PRIMARY_OUTLET, F_REPORT_OUTLET, F_PRIMARY_NAME,
  F_REPORT_NAME, F_TITLE, F_NOTES, F_ANALYST, F_RUN_DATE, N_FIELDS
};

static PxRules *rules;
static PxExtractRules *extract_rules;
static PxCompareRules *compare_rules;
static PxClaimRules *claim_rules;
static char *scratch;

static void
remove_scratch (void)
{
  const char *names[] = { "primary.txt", "report.txt", "run.yaml" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (scratch, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (scratch);
  g_clear_pointer (&claim_rules, px_claim_rules_free);
  g_clear_pointer (&compare_rules, px_compare_rules_free);
  g_clear_pointer (&extract_rules, px_extract_rules_free);
  g_clear_pointer (&rules, px_rules_free);
}

static void write_file (const char *name, const char *text);

static void
load_once (void)
{
  if (rules != NULL)
    return;
  g_autoptr(GError) error = NULL;
  const char *const paths[] = { PX_ABS_TOP_SRCDIR "/data/gazetteer", NULL };
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load (paths, NULL, &error);
  g_assert_no_error (error);
  rules = px_rules_load_default (&error);
  g_assert_no_error (error);
  extract_rules = px_extract_rules_load_default (gaz, &error);
  g_assert_no_error (error);
  compare_rules = px_compare_rules_load_default (&error);
  g_assert_no_error (error);
  claim_rules = px_claim_rules_load_default (&error);
  g_assert_no_error (error);
  scratch = g_dir_make_tmp ("parallax-fuzz-XXXXXX", NULL);
  g_assert_nonnull (scratch);
  atexit (remove_scratch);
  /* The run file names both; the loader wants them to exist. */
  write_file ("primary.txt", "");
  write_file ("report.txt", "");
}

/* ### What the HTML may contain */

static const char *const elements[] = {
  "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li",
  "table", "thead", "tbody", "tr", "th", "td", "section", "details", "summary", "br", "code",
  "span", "b", "del", "ins", "blockquote", "svg", "rect", "line", "text", NULL,
};

static const char *const attributes[] = {
  "aria-labelledby", "charset", "class", "content", "data-verdict", "fill", "fill-opacity",
  "font-family", "font-size", "height", "http-equiv", "id", "lang", "name", "role", "rowspan",
  "colspan", "stroke", "stroke-width", "text-anchor", "title", "viewBox", "width", "x", "x1",
  "x2", "y", "y1", "y2", NULL,
};

static G_NORETURN void
bad_html (const char *html, const char *at, const char *what)
{
  gsize from = (gsize) (at - html) > 120 ? (gsize) (at - html) - 120 : 0;
  fprintf (stderr, "fuzz-report: %s at byte %zu: ...%.240s...\n", what, (gsize) (at - html),
           html + from);
  abort ();
}

static gboolean
in_list (const char *const *list, const char *word, gsize len)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == len && memcmp (list[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

static gsize
span_of (const char *p, const char *accept)
{
  return strspn (p, accept);
}

#define NAME_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"

/* One attribute at @p (past the blanks); returns what follows it. */
static const char *
check_attribute (const char *html, const char *p)
{
  gsize n = span_of (p, NAME_CHARS);
  if (n == 0 || !in_list (attributes, p, n))
    bad_html (html, p, "an attribute the report never writes");
  p += n;
  if (*p != '=')
    return p;
  p++;
  if (*p == '"')
    {
      const char *end = strchr (p + 1, '"');
      if (end == NULL)
        bad_html (html, p, "an unterminated attribute value");
      for (const char *q = p + 1; q < end; q++)
        if (*q == '<' || *q == '>')
          bad_html (html, q, "a raw angle bracket in an attribute value");
      return end + 1;
    }
  n = strcspn (p, " \t\n>\"'=<`");
  if (n == 0)
    bad_html (html, p, "an empty unquoted attribute value");
  return p + n;
}

/* The tag at @p (a '<'); returns what follows its '>'. */
static const char *
check_tag (const char *html, const char *p)
{
  if (g_str_has_prefix (p, "<!DOCTYPE html>"))
    return p + strlen ("<!DOCTYPE html>");
  const char *q = p + 1;
  gboolean closing = *q == '/';
  q += closing;
  gsize n = span_of (q, NAME_CHARS);
  if (n == 0 || !in_list (elements, q, n))
    bad_html (html, p, "a '<' that opens no element of the report's");
  gboolean style = !closing && n == 5 && memcmp (q, "style", 5) == 0;
  q += n;
  for (;;)
    {
      q += span_of (q, " \t\n");
      if (*q == '>')
        break;
      if (q[0] == '/' && q[1] == '>' && !closing)   /* an SVG element without content */
        {
          q++;
          break;
        }
      if (closing)
        bad_html (html, q, "a closing tag with attributes");
      q = check_attribute (html, q);
    }
  q++;
  if (style)
    {
      /* The report's own style sheet, the one place a '>' is CSS. */
      const char *end = strstr (q, "</style>");
      if (end == NULL)
        bad_html (html, q, "an unterminated style element");
      return end;
    }
  return q;
}

static void
check_html (const char *html)
{
  /* The report has no script of its own: any is an input's. */
  g_autofree char *lower = g_ascii_strdown (html, -1);
  const char *script = strstr (lower, "<script");
  if (script != NULL)
    bad_html (html, html + (script - lower), "a script");
  guint styles = 0;
  for (const char *p = html; *p;)
    {
      if (*p == '<')
        {
          styles += g_str_has_prefix (p, "<style>");
          p = check_tag (html, p);
          continue;
        }
      if (*p == '>')
        bad_html (html, p, "a raw '>' in text");
      if (*p == '&')
        {
          const char *q = p + 1;
          gsize n = *q == '#' ? 1 + (q[1] == 'x' ? 1 + span_of (q + 2, "0123456789abcdefABCDEF")
                                                 : span_of (q + 1, "0123456789"))
                              : span_of (q, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
          if (n == 0 || q[n] != ';')
            bad_html (html, p, "a raw '&' in text");
        }
      p++;
    }
  if (styles != 1)
    bad_html (html, html, "not exactly one style element");
}

/* ### The comparison */

/* Field @i of the input as valid UTF-8 (cut at a NUL, as a C string is),
 * or NULL when the input has fewer fields. */
static char *
field (GStrv fields, guint i)
{
  if (i >= g_strv_length (fields))
    return NULL;
  return g_utf8_make_valid (fields[i], -1);
}

static void
write_file (const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (scratch, name, NULL);
  g_autoptr(GError) error = NULL;
  g_file_set_contents (path, text ? text : "", -1, &error);
  g_assert_no_error (error);
}

/* A YAML double-quoted scalar of @text, whatever it holds. */
static void
yaml_string (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", (char) c);
      else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF
               || (c >= 0xD800 && c < 0xE000) || c >= 0xFFFE)
        g_string_append_printf (out, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
    }
  g_string_append_c (out, '"');
}

/* A run file with the fuzzed title, notes and analyst; NULL when the run
 * loader refuses it (then only the comparison's reports are made). */
static PxRun *
load_run (const char *title, const char *notes, const char *analyst)
{
  GString *yaml = g_string_new ("version: 1\ntitle: ");
  yaml_string (yaml, title ? title : "");
  if (notes != NULL)
    {
      g_string_append (yaml, "\nnotes: ");
      yaml_string (yaml, notes);
    }
  if (analyst != NULL)
    {
      g_string_append (yaml, "\nanalyst: ");
      yaml_string (yaml, analyst);
    }
  g_string_append (yaml, "\nsources:\n  - path: primary.txt\n    role: primary\n"
                         "  - path: report.txt\noutputs:\n  - format: html\n    path: out.html\n");
  write_file ("run.yaml", yaml->str);
  g_string_free (yaml, TRUE);
  g_autofree char *path = g_build_filename (scratch, "run.yaml", NULL);
  return px_run_load (path, NULL);
}

static PxDocument *
load_document (const char *file, const char *text, const char *given, const char *outlet,
               PxRole role)
{
  write_file (file, text);
  g_autofree char *path = g_build_filename (scratch, file, NULL);
  PxRunSource source = {
    .path = path, .given = given, .outlet = outlet, .role = role, .published = "2025-01-20",
  };
  PxDocument *doc = px_document_load (&source, rules, 1024 * 1024, NULL);
  if (doc != NULL)
    px_document_extract (doc, extract_rules);
  return doc;
}

static void
render (const PxRun *run, PxDocument *const *docs, guint n, const PxComparison *cmp,
        const PxReportStyle *style)
{
  const PxFormat formats[] = { PX_FORMAT_HTML, PX_FORMAT_TEXT, PX_FORMAT_MD, PX_FORMAT_JSON };
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      gsize len = 0;
      g_autofree char *out = px_report_compare_styled (formats[f], cmp, style, &len);
      g_assert_nonnull (out);
      g_assert_cmpuint (strlen (out), ==, len);
      g_assert_true (g_utf8_validate (out, (gssize) len, NULL));
      if (formats[f] == PX_FORMAT_HTML)
        check_html (out);
    }
  if (run != NULL)
    {
      gsize len = 0;
      g_autofree char *out = px_report_run_styled (PX_FORMAT_HTML, run, rules, docs, n, cmp,
                                                   style, &len);
      g_assert_cmpuint (strlen (out), ==, len);
      check_html (out);
    }
}

/* The comparison of the documents @f describes, and its reports. */
static void
compare_fields (char *const *f)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  PxDocument *primary = load_document ("primary.txt", f[F_PRIMARY_TEXT], f[F_PRIMARY_NAME],
                                       f[F_PRIMARY_OUTLET], PX_ROLE_PRIMARY);
  if (primary != NULL)
    g_ptr_array_add (docs, primary);
  PxDocument *report = f[F_REPORT_TEXT] == NULL
                         ? NULL : load_document ("report.txt", f[F_REPORT_TEXT], f[F_REPORT_NAME],
                                                 f[F_REPORT_OUTLET], PX_ROLE_REPORT);
  if (report != NULL)
    g_ptr_array_add (docs, report);
  if (docs->len == 0)
    return;

  PxCompareOptions options = { .primary = primary != NULL ? 0 : -1, .n_threads = 1 };
  g_autoptr(PxComparison) cmp = px_compare (compare_rules, claim_rules,
                                            (PxDocument *const *) docs->pdata, docs->len,
                                            &options);
  PxReportStyle style = { .width = 80 };
  if (f[F_RUN_DATE] != NULL)
    g_utf8_strncpy (style.run_date, f[F_RUN_DATE], 7);   /* at most 28 bytes, with room */
  g_autoptr(PxRun) run = load_run (f[F_TITLE], f[F_NOTES], f[F_ANALYST]);
  render (run, (PxDocument *const *) docs->pdata, docs->len, cmp, &style);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > FUZZ_MAX_INPUT)
    return 0;
  load_once ();
  g_autofree char *input = g_strndup ((const char *) data, size);
  g_auto(GStrv) fields = g_strsplit (input, "\x1f", N_FIELDS);
  char *f[N_FIELDS] = { NULL };   /* owned; freed at the end */
  for (guint i = 0; i < N_FIELDS; i++)
    f[i] = field (fields, i);
  compare_fields (f);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (f[i]);
  return 0;
}
