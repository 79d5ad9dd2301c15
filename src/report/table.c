/* table.c: tables for the text and Markdown reports.
 *
 * Text tables fit a width: a column whose cells are too long for it is
 * narrowed and its cells wrapped at spaces, so nothing is cut and a piped
 * report stays readable.  Widths count characters, not bytes, and ANSI
 * colour sequences count for nothing; a colour open at a line break is
 * closed there and reopened on the next line, so it never spills into
 * the next column.
 */
#include "config.h"

#include <string.h>

#include "report/describe.h"

#define GAP 2               /* spaces between text columns */
#define MIN_COLUMN 8        /* a wrapped column is never narrower */
#define ANSI_RESET "\033[0m"
#define WIDE_WEIGHT 3       /* a wide column's share against another's */

struct _PxTable {
  guint n_columns;
  GPtrArray *rows;          /* (element-type GStrv) the header first */
  gboolean *numeric;
  guint *weight;            /* a column's claim on the width left over */
};

PxTable *
px_table_new (guint n_columns, const char *const *headers)
{
  PxTable *table = g_new0 (PxTable, 1);
  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->numeric = g_new0 (gboolean, n_columns);
  table->weight = g_new0 (guint, n_columns);
  for (guint c = 0; c < n_columns; c++)
    table->weight[c] = 1;
  px_table_add_row (table, headers);
  return table;
}

void
px_table_free (PxTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table->numeric);
  g_free (table->weight);
  g_free (table);
}

void
px_table_set_numeric (PxTable *table, guint column)
{
  g_return_if_fail (column < table->n_columns);
  table->numeric[column] = TRUE;
}

void
px_table_set_wide (PxTable *table, guint column)
{
  g_return_if_fail (column < table->n_columns);
  table->weight[column] = WIDE_WEIGHT;
}

void
px_table_add_row (PxTable *table, const char *const *cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    row[c] = g_strdup (cells[c] != NULL ? cells[c] : "-");
  g_ptr_array_add (table->rows, row);
}

/* The length of the ANSI sequence at @p, 0 when there is none. */
static gsize
ansi_length (const char *p)
{
  if (p[0] != '\033' || p[1] != '[')
    return 0;
  const char *q = p + 2;
  while ((*q >= '0' && *q <= '9') || *q == ';')
    q++;
  return *q == 'm' ? (gsize) (q + 1 - p) : 0;
}

/* Columns @text takes on a terminal, up to @end (NULL: its end). */
static guint
display_width (const char *text, const char *end)
{
  guint width = 0;
  for (const char *p = text; *p && (end == NULL || p < end);)
    {
      gsize skip = ansi_length (p);
      if (skip > 0)
        {
          p += skip;
          continue;
        }
      width++;
      p = g_utf8_next_char (p);
    }
  return width;
}

static guint
longest_word (const char *text)
{
  guint best = 0;
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    best = MAX (best, display_width (words[i], NULL));
  return best;
}

char *
px_markdown_escape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '|': case '*': case '_': case '`': case '\\':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      case '<':
        g_string_append (out, "&lt;");
        break;
      case '\n': case '\r':
        g_string_append_c (out, ' ');
        break;
      default:
        g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

static void
render_markdown (const PxTable *table, GString *out)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autofree char *escaped = px_markdown_escape (row[c]);
          g_string_append_printf (out, "| %s ", escaped);
        }
      g_string_append (out, "|\n");
      if (r > 0)
        continue;
      for (guint c = 0; c < table->n_columns; c++)
        g_string_append (out, table->numeric[c] ? "| ---: " : "| --- ");
      g_string_append (out, "|\n");
    }
}

/* ### Text */

#define NUMERIC_HEADER 12   /* a numeric column's header wraps beyond this */

/* The widest line of @column's cells, and the narrowest it may wrap to:
 * its longest word, capped, since a long word can be split.  A numeric column never wraps
 * its data, and wants no more room than NUMERIC_HEADER for its header: a
 * long document name over a column of counts wraps instead. */
static void
measure_column (const PxTable *table, guint column, guint *natural, guint *floor)
{
  guint data = 0, header = 0, word = 0;
  for (guint r = 0; r < table->rows->len; r++)
    {
      const char *cell = ((char **) g_ptr_array_index (table->rows, r))[column];
      guint width = display_width (cell, NULL);
      if (r == 0)
        header = width;
      else
        data = MAX (data, width);
      word = MAX (word, MIN (longest_word (cell), 2 * MIN_COLUMN));
    }
  if (table->numeric[column])
    {
      *natural = MAX (data, MIN (header, NUMERIC_HEADER));
      *floor = MAX (data, MIN (header, MIN_COLUMN));
      return;
    }
  *natural = MAX (data, header);
  *floor = MIN (*natural, MAX (MIN (*natural, MIN_COLUMN), word));
}

/* Each column's width, by weighted water-filling: a column that needs
 * less than its share of what is left gets all it needs, and the others
 * share the rest by weight (never below their floor).  Short columns
 * (names, verdicts, scores) thus stay on one line, and the long text
 * columns wrap, a wide one less than the others. */
static guint *
fit_columns (const PxTable *table, guint width)
{
  guint n = table->n_columns;
  guint *widths = g_new0 (guint, n);
  g_autofree guint *natural = g_new0 (guint, n);
  g_autofree guint *floor = g_new0 (guint, n);
  g_autofree gboolean *done = g_new0 (gboolean, n);
  guint weights = 0;
  for (guint c = 0; c < n; c++)
    {
      measure_column (table, c, &natural[c], &floor[c]);
      weights += table->weight[c];
    }
  guint gaps = GAP * (n - 1);
  guint budget = width > gaps ? width - gaps : 0;
  /* What cannot wrap is paid for first. */
  for (guint c = 0; c < n; c++)
    if (natural[c] == floor[c])
      {
        widths[c] = natural[c];
        budget = budget > natural[c] ? budget - natural[c] : 0;
        weights -= table->weight[c];
        done[c] = TRUE;
      }
  gboolean settled = FALSE;
  while (weights > 0 && !settled)
    {
      settled = TRUE;
      for (guint c = 0; c < n; c++)
        if (!done[c] && natural[c] * weights <= budget * table->weight[c])
          {
            widths[c] = natural[c];
            budget = budget > natural[c] ? budget - natural[c] : 0;
            weights -= table->weight[c];
            done[c] = TRUE;
            settled = FALSE;
            break;          /* the shares changed: measure again */
          }
    }
  guint used = 0;
  for (guint c = 0; c < n; c++)
    {
      if (!done[c])
        widths[c] = MAX (floor[c], budget * table->weight[c] / MAX (weights, 1));
      used += widths[c];
    }
  /* Floors may overdraw the shares: take it back from the roomiest. */
  while (used + gaps > width)
    {
      guint roomiest = n;
      for (guint c = 0; c < n; c++)
        if (widths[c] > floor[c]
            && (roomiest == n || widths[c] - floor[c] > widths[roomiest] - floor[roomiest]))
          roomiest = c;
      if (roomiest == n)
        break;              /* all at their floor: the terminal wraps the rest */
      widths[roomiest]--;
      used--;
    }
  return widths;
}

/* The last colour @line leaves open, or NULL when it closes all it opens. */
static const char *
open_colour (const char *line, gsize *len)
{
  const char *open = NULL;
  for (const char *p = line; *p; p++)
    {
      gsize skip = ansi_length (p);
      if (skip == 0)
        continue;
      open = strncmp (p, ANSI_RESET, skip) == 0 ? NULL : p;
      *len = skip;
      p += skip - 1;
    }
  return open;
}

/* The byte where a line of at most @width columns of @text should end:
 * before a space, or after a hyphen or slash (so file names and ranges
 * break where a reader expects), else where the width runs out. */
static const char *
line_end (const char *text, guint width)
{
  const char *last_break = NULL, *p = text;
  guint used = 0;
  while (*p)
    {
      gsize skip = ansi_length (p);
      if (skip > 0)
        {
          p += skip;
          continue;
        }
      if (used == width)
        break;
      if (*p == ' ')
        last_break = p;
      else if ((*p == '-' || *p == '/') && p > text && g_ascii_isalnum (p[-1])
               && g_ascii_isalnum (p[1]))
        last_break = p + 1;
      used++;
      p = g_utf8_next_char (p);
    }
  if (*p == '\0' || *p == ' ')
    return p;
  return last_break != NULL && last_break > text ? last_break : p;
}

/* @cell broken into lines of at most @width columns.  (transfer full) */
static GPtrArray *
wrap_cell (const char *cell, guint width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *carry = NULL;
  const char *p = cell;
  do
    {
      const char *end = line_end (p, width);
      g_autofree char *piece = g_strndup (p, end - p);
      g_autofree char *line = g_strconcat (carry ? carry : "", piece, NULL);
      gsize len = 0;
      const char *colour = open_colour (line, &len);
      g_clear_pointer (&carry, g_free);
      if (colour != NULL)
        {
          carry = g_strndup (colour, len);
          g_ptr_array_add (lines, g_strconcat (line, ANSI_RESET, NULL));
        }
      else
        g_ptr_array_add (lines, g_steal_pointer (&line));
      p = end;
      while (*p == ' ')
        p++;
    }
  while (*p);
  return lines;
}

static void
pad (GString *out, guint n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_c (out, ' ');
}

static void
render_text_row (const PxTable *table, const guint *widths, char **row, GString *out)
{
  guint n = table->n_columns, height = 0;
  g_autofree GPtrArray **cells = g_new0 (GPtrArray *, n);
  for (guint c = 0; c < n; c++)
    {
      cells[c] = wrap_cell (row[c], widths[c]);
      height = MAX (height, cells[c]->len);
    }
  for (guint l = 0; l < height; l++)
    {
      GString *line = g_string_new (NULL);
      for (guint c = 0; c < n; c++)
        {
          const char *text = l < cells[c]->len ? g_ptr_array_index (cells[c], l) : "";
          guint used = display_width (text, NULL);
          guint fill = widths[c] > used ? widths[c] - used : 0;
          if (table->numeric[c])
            pad (line, fill);
          g_string_append (line, text);
          if (!table->numeric[c] && c + 1 < n)
            pad (line, fill);
          if (c + 1 < n)
            pad (line, GAP);
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_len (out, line->str, line->len);
      g_string_append_c (out, '\n');
      g_string_free (line, TRUE);
    }
  for (guint c = 0; c < n; c++)
    g_ptr_array_unref (cells[c]);
}

static void
render_text (const PxTable *table, guint width, GString *out)
{
  g_autofree guint *widths = fit_columns (table, width);
  for (guint r = 0; r < table->rows->len; r++)
    {
      render_text_row (table, widths, g_ptr_array_index (table->rows, r), out);
      if (r > 0)
        continue;
      for (guint c = 0; c < table->n_columns; c++)
        {
          for (guint i = 0; i < widths[c]; i++)
            g_string_append_c (out, '-');
          if (c + 1 < table->n_columns)
            pad (out, GAP);
        }
      g_string_append_c (out, '\n');
    }
}

void
px_table_render (const PxTable *table, gboolean markdown, guint width, GString *out)
{
  if (markdown)
    render_markdown (table, out);
  else
    render_text (table, width, out);
}
