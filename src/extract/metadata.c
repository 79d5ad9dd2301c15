/* metadata.c: a capture's title, publication date, author and outlet, read
 * from the lines around its story (see extract.h).
 *
 * rules/metadata.yaml (format: docs/metadata.md) lists patterns, each a
 * regular expression whose named groups are the fields it gives, and the
 * labels of the lines it may read.  A line's label is what cleaning made
 * of it: "title", "story", or the name of the rule that trimmed it.  So a
 * weather widget's date is never taken for a publication date: cleaning
 * names it, and the rules say which names may be read for what.
 *
 * The text is cut into lines once; each pattern then tries only the lines
 * its labels and position allow, in text order.  Dates are read with the
 * date rules (over a segmentation of just the matched words), so
 * "21/01/2025", "May 16, 2023 at 10:33AM" and "Friday, July 21, 2017" are
 * understood exactly as in the body.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

#define CODE PX_ERROR_RULE_SYNTAX

/* ### Rules */

typedef enum {
  WHERE_ANY,           /* every line it may read */
  WHERE_FIRST,         /* the first line it may read */
  WHERE_AFTER_TITLE,   /* the first line after the headline, if it may read it */
} Where;

/* The most lines after the headline a pattern's pass_over passes over. */
#define PASS_OVER_MAX 2

typedef struct {
  char *rule;          /* owned */
  GRegex *regex;       /* owned */
  GStrv read;          /* owned: labels */
  Where where;
  GRegex *pass_over;   /* owned or NULL: after-title lines passed over ("By Jane Roe") */
  gboolean known_outlet;
  gboolean gives[PX_META_N_FIELDS];
  gboolean numeric_date;   /* (?<year>) and (?<month>) groups */
} Pattern;

struct _PxMetadataRules {
  char *path;
  GStrv never_read;    /* owned */
  GPtrArray *patterns; /* owned Pattern* */
};

static const char *const field_names[PX_META_N_FIELDS] = {
  [PX_META_TITLE] = "title",
  [PX_META_PUBLISHED] = "published",
  [PX_META_AUTHOR] = "author",
  [PX_META_OUTLET] = "outlet",
};

const char *
px_meta_field_name (PxMetaField field)
{
  g_return_val_if_fail ((guint) field < PX_META_N_FIELDS, "?");
  return field_names[field];
}

static void
pattern_free (Pattern *p)
{
  g_free (p->rule);
  if (p->regex != NULL)
    g_regex_unref (p->regex);
  if (p->pass_over != NULL)
    g_regex_unref (p->pass_over);
  g_strfreev (p->read);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pattern, pattern_free)

void
px_metadata_rules_free (PxMetadataRules *rules)
{
  if (rules == NULL)
    return;
  g_free (rules->path);
  g_strfreev (rules->never_read);
  g_clear_pointer (&rules->patterns, g_ptr_array_unref);
  g_free (rules);
}

/* ### Loading */

static GStrv
read_labels (const PxYaml *doc, const PxYamlNode *node, GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SEQUENCE, CODE, error))
    return NULL;
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  for (guint i = 0; i < px_yaml_node_n_children (node); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (node, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
        return NULL;
      const char *label = px_yaml_node_scalar (item);
      if (*label == '\0')
        return px_yaml_throw (doc, item, error, CODE, "empty label"), NULL;
      g_strv_builder_add (b, label);
    }
  return g_strv_builder_end (b);
}

static gboolean
read_where (const PxYaml *doc, const PxYamlNode *item, Where *out, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (item, "where");
  *out = WHERE_ANY;
  if (node == NULL)
    return TRUE;
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, CODE, error))
    return FALSE;
  const char *where = px_yaml_node_scalar (node);
  if (g_str_equal (where, "first"))
    *out = WHERE_FIRST;
  else if (g_str_equal (where, "after-title"))
    *out = WHERE_AFTER_TITLE;
  else if (!g_str_equal (where, "any"))
    return px_yaml_throw (doc, node, error, CODE,
                          "where: expected 'any', 'first' or 'after-title', found '%s'", where);
  return TRUE;
}

/* Every named group must be a field (or a part of a numeric date), so that
 * a misspelt "(?<pubished>" is an error rather than a silent no-op. */
static gboolean
check_groups (const PxYaml *doc, const PxYamlNode *node, Pattern *p, GError **error)
{
  static const char *const parts[] = { "year", "month", "day", NULL };
  const char *s = px_yaml_node_scalar (node);
  for (const char *q = strstr (s, "(?"); q != NULL; q = strstr (q + 2, "(?"))
    {
      const char *name = q + 2;
      if (*name == 'P')
        name++;
      if (*name != '<' || !g_ascii_isalpha (name[1]))
        continue;
      name++;
      gsize len = strspn (name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
      g_autofree char *group = g_strndup (name, len);
      gboolean known = g_strv_contains (parts, group);
      for (guint f = 0; f < PX_META_N_FIELDS; f++)
        if (g_str_equal (group, field_names[f]))
          known = p->gives[f] = TRUE;
      if (!known)
        return px_yaml_throw (doc, node, error, CODE,
                              "unknown group '%s' (expected title, published, author, outlet, "
                              "year, month or day)", group);
    }
  gboolean year = g_regex_get_string_number (p->regex, "year") >= 0;
  gboolean month = g_regex_get_string_number (p->regex, "month") >= 0;
  gboolean day = g_regex_get_string_number (p->regex, "day") >= 0;
  if (year != month || (day && !year))
    return px_yaml_throw (doc, node, error, CODE,
                          "a numeric date needs both (?<year>) and (?<month>) groups");
  if (year && p->gives[PX_META_PUBLISHED])
    return px_yaml_throw (doc, node, error, CODE,
                          "give the date either as (?<published>) or as (?<year>) (?<month>)");
  p->numeric_date = year;
  p->gives[PX_META_PUBLISHED] |= year;
  for (guint f = 0; f < PX_META_N_FIELDS; f++)
    if (p->gives[f])
      return TRUE;
  return px_yaml_throw (doc, node, error, CODE,
                        "the pattern names no field: add a group such as (?<published>...)");
}

/* The regular expression of the scalar @node, in @out; a bad one is an
 * error naming its place in the file. */
static gboolean
read_regex (const PxYaml *doc, const PxYamlNode *node, GRegex **out, GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, CODE, error))
    return FALSE;
  g_autoptr(GError) local = NULL;
  *out = g_regex_new (px_yaml_node_scalar (node), G_REGEX_OPTIMIZE, 0, &local);
  if (*out == NULL)
    return px_yaml_throw (doc, node, error, CODE, "bad pattern: %s", local->message);
  return TRUE;
}

static gboolean
read_match (const PxYaml *doc, const PxYamlNode *item, Pattern *p, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (item, "match");
  if (node == NULL)
    return px_yaml_throw (doc, item, error, CODE, "missing key 'match'");
  return read_regex (doc, node, &p->regex, error) && check_groups (doc, node, p, error);
}

/* The optional pass_over of an after-title pattern: the lines between
 * the headline and the one it reads that it passes over. */
static gboolean
read_pass_over (const PxYaml *doc, const PxYamlNode *item, Pattern *p, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (item, "pass_over");
  if (node == NULL)
    return TRUE;
  if (p->where != WHERE_AFTER_TITLE)
    return px_yaml_throw (doc, node, error, CODE, "pass_over needs 'where: after-title'");
  return read_regex (doc, node, &p->pass_over, error);
}

static Pattern *
read_pattern (const PxYaml *doc, const PxYamlNode *item, GStrv never_read, GError **error)
{
  static const char *const keys[] = { "rule", "read", "where", "known_outlet", "match",
                                      "pass_over", NULL };
  if (!px_yaml_expect_kind (doc, item, PX_YAML_MAPPING, CODE, error)
      || !px_yaml_check_keys (doc, item, keys, CODE, error))
    return NULL;
  g_autoptr(Pattern) p = g_new0 (Pattern, 1);
  const char *rule = px_yaml_lookup_string (doc, item, "rule", TRUE, CODE, error);
  if (rule == NULL)
    return NULL;
  p->rule = g_strdup (rule);
  const PxYamlNode *read = px_yaml_node_lookup (item, "read");
  if (read == NULL)
    return px_yaml_throw (doc, item, error, CODE, "missing key 'read'"), NULL;
  if ((p->read = read_labels (doc, read, error)) == NULL)
    return NULL;
  for (guint i = 0; p->read[i] != NULL; i++)
    if (g_strv_contains ((const char *const *) never_read, p->read[i]))
      return px_yaml_throw (doc, px_yaml_node_child (read, i), error, CODE,
                            "'%s' is listed in never_read", p->read[i]), NULL;
  if (!read_where (doc, item, &p->where, error) || !read_pass_over (doc, item, p, error))
    return NULL;
  const PxYamlNode *known = px_yaml_node_lookup (item, "known_outlet");
  if (known != NULL && !px_yaml_read_bool (doc, known, &p->known_outlet, CODE, error))
    return NULL;
  if (!read_match (doc, item, p, error))
    return NULL;
  if (p->known_outlet && !p->gives[PX_META_OUTLET])
    return px_yaml_throw (doc, known, error, CODE,
                          "known_outlet needs an (?<outlet>) group"), NULL;
  return g_steal_pointer (&p);
}

static gboolean
read_rules (const PxYaml *doc, PxMetadataRules *rules, GError **error)
{
  static const char *const keys[] = { "version", "never_read", "patterns", NULL };
  const PxYamlNode *root = px_yaml_root (doc);
  if (!px_yaml_expect_kind (doc, root, PX_YAML_MAPPING, CODE, error)
      || !px_yaml_check_keys (doc, root, keys, CODE, error))
    return FALSE;
  const PxYamlNode *version = px_yaml_node_lookup (root, "version");
  guint64 v = 0;
  if (version == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'version'");
  if (!px_yaml_read_uint (doc, version, G_MAXUINT32, &v, CODE, error))
    return FALSE;
  if (v != 1)
    return px_yaml_throw (doc, version, error, CODE, "version: expected 1, found %" G_GUINT64_FORMAT, v);

  const PxYamlNode *never = px_yaml_node_lookup (root, "never_read");
  if (never != NULL)
    rules->never_read = read_labels (doc, never, error);
  else
    rules->never_read = g_new0 (char *, 1);
  if (rules->never_read == NULL)
    return FALSE;

  const PxYamlNode *list = px_yaml_node_lookup (root, "patterns");
  if (list == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'patterns'");
  if (!px_yaml_expect_kind (doc, list, PX_YAML_SEQUENCE, CODE, error))
    return FALSE;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      Pattern *p = read_pattern (doc, item, rules->never_read, error);
      if (p == NULL)
        return FALSE;
      g_ptr_array_add (rules->patterns, p);
      /* The rule name is what a report shows beside a value. */
      if (!g_hash_table_add (seen, p->rule))
        return px_yaml_throw (doc, item, error, CODE, "rule '%s' is defined twice", p->rule);
    }
  return TRUE;
}

PxMetadataRules *
px_metadata_rules_load (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, CODE, error);
  if (doc == NULL)
    return NULL;
  g_autoptr(PxMetadataRules) rules = g_new0 (PxMetadataRules, 1);
  rules->path = g_strdup (path);
  rules->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pattern_free);
  if (!read_rules (doc, rules, error))
    return NULL;
  return g_steal_pointer (&rules);
}

PxMetadataRules *
px_metadata_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/metadata.yaml");
  return px_metadata_rules_load (path, error);
}

/* ### Lines and their labels */

typedef struct {
  PxSpan span;         /* normalised text, without surrounding spaces */
  const char *label;   /* borrowed from the cleaned text, or static */
} Line;

/* The label of the range that holds most of @span: "title", a trimming
 * rule, "story", or "other" (a line cleaning did not place). */
static const char *
label_of (const PxCleaned *cleaned, PxSpan span, gboolean has_title, PxSpan title,
          guint *trim_cursor, guint *kept_cursor)
{
  if (has_title && span.start < title.end && title.start < span.end)
    return "title";
  guint n = px_cleaned_n_trimmed (cleaned);
  for (; *trim_cursor < n; (*trim_cursor)++)
    {
      const char *rule = NULL;
      PxSpan t = px_cleaned_get_trimmed (cleaned, *trim_cursor, &rule);
      if (t.end <= span.start)
        continue;
      if (t.start < span.end)
        return rule;
      break;
    }
  n = px_cleaned_n_kept (cleaned);
  for (; *kept_cursor < n; (*kept_cursor)++)
    {
      PxSpan k = px_cleaned_get_kept (cleaned, *kept_cursor);
      if (k.end <= span.start)
        continue;
      if (k.start < span.end)
        return "story";
      break;
    }
  return "other";
}

static GArray *
cut_lines (const PxText *text, const PxCleaned *cleaned)
{
  gsize len = 0;
  const char *s = px_text_get_normalized (text, &len);
  PxSpan title = { 0, 0 };
  gboolean has_title = px_cleaned_get_title (cleaned, &title);
  guint trim_cursor = 0, kept_cursor = 0;
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  for (gsize at = 0; at < len;)
    {
      const char *nl = memchr (s + at, '\n', len - at);
      gsize end = nl != NULL ? (gsize) (nl - s) : len;
      Line line = { { at, end }, NULL };
      while (line.span.start < end && g_ascii_isspace (s[line.span.start]))
        line.span.start++;
      while (line.span.end > line.span.start && g_ascii_isspace (s[line.span.end - 1]))
        line.span.end--;
      if (line.span.end > line.span.start)
        {
          line.label = label_of (cleaned, line.span, has_title, title, &trim_cursor,
                                 &kept_cursor);
          g_array_append_val (lines, line);
        }
      at = end + 1;
    }
  return lines;
}

/* ### Reading one field */

struct _PxMetadata {
  PxMetaValue fields[PX_META_N_FIELDS];
  gboolean found[PX_META_N_FIELDS];
};

typedef struct {
  const PxMetadataRules *rules;
  const PxDateRules *dates;
  const PxSegmentRules *segment;
  const PxGazetteer *gazetteer;
  const PxText *text;
  const char *s;       /* normalised text */
  PxDateOrder order;
} Reader;

static char *
words (const Reader *r, PxSpan span)
{
  return g_strndup (r->s + span.start, span.end - span.start);
}

/* The first date in @span that the date rules fix by themselves, to the
 * day, month or year. */
static gboolean
read_date (const Reader *r, PxSpan span, PxMetaValue *out)
{
  g_autoptr(PxSegmentation) seg = px_segment (r->segment, r->text, &span, 1);
  PxDateContext context = { .order = r->order };
  g_date_clear (&context.published, 1);
  g_autoptr(GPtrArray) found = px_extract_dates (r->dates, r->text, seg, &context);
  for (guint i = 0; i < found->len; i++)
    {
      const PxDate *d = g_ptr_array_index (found, i);
      if (d->value == NULL
          || (d->granularity != PX_GRANULARITY_DAY && d->granularity != PX_GRANULARITY_MONTH
              && d->granularity != PX_GRANULARITY_YEAR))
        continue;
      out->span = d->span;
      out->value = g_strdup (d->value);
      if (d->granularity == PX_GRANULARITY_DAY)
        out->date = d->start;
      return TRUE;
    }
  return FALSE;
}

static gboolean
group_span (const GMatchInfo *info, const char *name, gsize base, PxSpan *out)
{
  int start = -1, end = -1;
  if (!g_match_info_fetch_named_pos (info, name, &start, &end) || start < 0 || end <= start)
    return FALSE;
  out->start = base + (gsize) start;
  out->end = base + (gsize) end;
  return TRUE;
}

static gboolean
group_number (const Reader *r, const GMatchInfo *info, const char *name, gsize base, int *out,
              PxSpan *span)
{
  if (!group_span (info, name, base, span) || span->end - span->start > 4)
    return FALSE;
  g_autofree char *digits = words (r, *span);
  if (strspn (digits, "0123456789") != strlen (digits))
    return FALSE;
  *out = atoi (digits);
  return TRUE;
}

/* (?<year>)(?<month>)(?<day>)?: a date written for machines, such as an
 * upload path, read without the date rules. */
static gboolean
read_numeric_date (const Reader *r, const GMatchInfo *info, gsize base, PxMetaValue *out)
{
  int y = 0, m = 0, d = 0;
  PxSpan ys, ms, ds;
  if (!group_number (r, info, "year", base, &y, &ys) || !group_number (r, info, "month", base, &m, &ms)
      || y < 1 || m < 1 || m > 12)
    return FALSE;
  gboolean has_day = group_number (r, info, "day", base, &d, &ds);
  out->span.start = MIN (ys.start, ms.start);
  out->span.end = MAX (ys.end, ms.end);
  if (!has_day)
    {
      out->value = g_strdup_printf ("%04d-%02d", y, m);
      return TRUE;
    }
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  out->span.start = MIN (out->span.start, ds.start);
  out->span.end = MAX (out->span.end, ds.end);
  g_date_set_dmy (&out->date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  out->value = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return TRUE;
}

/* The first outlet the gazetteer finds in the words. */
static guint
outlet_entity (const Reader *r, PxSpan span)
{
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (r->gazetteer, r->s + span.start, span.end - span.start, names);
  for (guint i = 0; i < names->len; i++)
    {
      guint e = g_array_index (names, PxNameMatch, i).entity;
      if (px_gazetteer_entity_type (r->gazetteer, e) == PX_ENTITY_OUTLET)
        return e;
    }
  return PX_NO_ENTITY;
}

/* Reads @field from a match of @p; FALSE when the words give no usable
 * value (no date the rules understand, an outlet the gazetteer lacks). */
static gboolean
read_field (const Reader *r, const Pattern *p, PxMetaField field, const GMatchInfo *info,
            gsize base, PxMetaValue *out)
{
  memset (out, 0, sizeof *out);
  g_date_clear (&out->date, 1);
  out->entity = PX_NO_ENTITY;
  out->rule = p->rule;
  if (field == PX_META_PUBLISHED && p->numeric_date)
    return read_numeric_date (r, info, base, out);
  if (!group_span (info, field_names[field], base, &out->span))
    return FALSE;
  if (field == PX_META_PUBLISHED)
    return read_date (r, out->span, out);
  if (field == PX_META_OUTLET)
    {
      out->entity = outlet_entity (r, out->span);
      if (p->known_outlet && out->entity == PX_NO_ENTITY)
        return FALSE;
    }
  out->value = words (r, out->span);
  return TRUE;
}

static gboolean
wants (const PxMetadata *m, const Pattern *p)
{
  for (guint f = 0; f < PX_META_N_FIELDS; f++)
    if (p->gives[f] && !m->found[f])
      return TRUE;
  return FALSE;
}

/* Fills the fields @p gives that are still missing from one @line. */
static void
try_line (const Reader *r, const Pattern *p, const Line *line, PxMetadata *m)
{
  g_autofree char *s = words (r, line->span);
  g_autoptr(GMatchInfo) info = NULL;
  if (!g_regex_match (p->regex, s, 0, &info))
    return;
  for (guint f = 0; f < PX_META_N_FIELDS; f++)
    {
      if (!p->gives[f] || m->found[f])
        continue;
      PxMetaValue value;
      if (read_field (r, p, f, info, line->span.start, &value))
        {
          m->fields[f] = value;
          m->found[f] = TRUE;
        }
      else
        g_free (value.value);
    }
}

/* The index of the first line after the headline's, or G_MAXUINT. */
static guint
after_title (const GArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    if (g_str_equal (g_array_index (lines, Line, i).label, "title"))
      {
        while (i + 1 < lines->len && g_str_equal (g_array_index (lines, Line, i + 1).label, "title"))
          i++;
        return i + 1 < lines->len ? i + 1 : G_MAXUINT;
      }
  return G_MAXUINT;
}

/* Whether @line is one @p passes over after the headline. */
static gboolean
passed_over (const Reader *r, const Pattern *p, const Line *line)
{
  if (p->pass_over == NULL)
    return FALSE;
  g_autofree char *s = words (r, line->span);
  return g_regex_match (p->pass_over, s, 0, NULL);
}

static void
run_pattern (const Reader *r, const Pattern *p, const GArray *lines, guint after, PxMetadata *m)
{
  if (p->where == WHERE_AFTER_TITLE)
    {
      for (guint n = 0; after != G_MAXUINT && after + 1 < lines->len && n < PASS_OVER_MAX
                        && passed_over (r, p, &g_array_index (lines, Line, after));
           n++)
        after++;
      if (after != G_MAXUINT
          && g_strv_contains ((const char *const *) p->read, g_array_index (lines, Line, after).label))
        try_line (r, p, &g_array_index (lines, Line, after), m);
      return;
    }
  for (guint i = 0; i < lines->len && wants (m, p); i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      if (!g_strv_contains ((const char *const *) p->read, line->label))
        continue;
      try_line (r, p, line, m);
      if (p->where == WHERE_FIRST)
        return;
    }
}

PxMetadata *
px_extract_metadata (const PxMetadataRules *rules, const PxDateRules *dates,
                     const PxSegmentRules *segment, const PxGazetteer *gazetteer,
                     const PxText *text, const PxCleaned *cleaned, PxDateOrder order)
{
  g_return_val_if_fail (rules != NULL && dates != NULL && segment != NULL && gazetteer != NULL
                          && text != NULL && cleaned != NULL, NULL);
  PxMetadata *m = g_new0 (PxMetadata, 1);
  Reader r = { rules, dates, segment, gazetteer, text, px_text_get_normalized (text, NULL),
               order };
  g_autoptr(GArray) lines = cut_lines (text, cleaned);
  guint after = after_title (lines);
  for (guint i = 0; i < rules->patterns->len; i++)
    {
      const Pattern *p = g_ptr_array_index (rules->patterns, i);
      if (wants (m, p))
        run_pattern (&r, p, lines, after, m);
    }
  return m;
}

void
px_metadata_free (PxMetadata *metadata)
{
  if (metadata == NULL)
    return;
  for (guint f = 0; f < PX_META_N_FIELDS; f++)
    g_free (metadata->fields[f].value);
  g_free (metadata);
}

const PxMetaValue *
px_metadata_get (const PxMetadata *metadata, PxMetaField field)
{
  g_return_val_if_fail ((guint) field < PX_META_N_FIELDS, NULL);
  return metadata->found[field] ? &metadata->fields[field] : NULL;
}
