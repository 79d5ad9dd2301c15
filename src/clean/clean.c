/* clean.c: deciding, line by line, what is story (see clean.h).
 *
 * The passes run from the most specific cue to the most generic, and a line
 * keeps the first rule that claims it: a tail marker outranks a line cue,
 * which outranks a block, and the generic cues (repeats, short runs,
 * headline, standfirst, sign-off) only see what is still unclaimed.
 */
#include "config.h"

#include <string.h>

#include "clean/cues.h"

typedef struct {
  PxSpan span;           /* the line without its "\n" */
  PxSpan trim;           /* the line without surrounding spaces */
  guint words;
  const char *rule;      /* borrowed from the rules; NULL while story */
  gboolean title;
} Line;

struct _PxCleaned {
  PxSpan body;
  gboolean has_title;
  PxSpan title;
  GArray *trimmed;       /* owned Trim */
  GArray *kept;          /* owned PxSpan */
};

typedef struct {
  PxSpan span;
  char *rule;            /* owned */
} Trim;

typedef struct {
  const PxCleanRules *rules;
  const char *text;      /* the normalised text */
  GArray *lines;         /* Line */
  guint first_paragraph; /* index of the first line that reads as prose */
} Clean;

static Line *
line_at (const Clean *c, guint i)
{
  return &g_array_index (c->lines, Line, i);
}

static gboolean
is_blank (const Line *line)
{
  return line->trim.start == line->trim.end;
}

static gboolean
is_story (const Line *line)
{
  return line->rule == NULL && !line->title && !is_blank (line);
}

static guint
count_words (const char *s, gsize len)
{
  guint words = 0;
  gboolean in_word = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = s[i] == ' ';
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

static GArray *
split_lines (const char *text, gsize len)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  gsize start = 0;
  while (start < len)
    {
      const char *nl = memchr (text + start, '\n', len - start);
      gsize end = nl != NULL ? (gsize) (nl - text) : len;
      Line line = { .span = { start, end } };
      gsize a = start, b = end;
      while (a < b && text[a] == ' ')
        a++;
      while (b > a && text[b - 1] == ' ')
        b--;
      line.trim = (PxSpan) { a, b };
      line.words = count_words (text + a, b - a);
      g_array_append_val (lines, line);
      start = end + 1;
    }
  return lines;
}

static char *
line_text (const Clean *c, const Line *line)
{
  return g_strndup (c->text + line->trim.start, line->trim.end - line->trim.start);
}

static char
last_char_before_closers (const Clean *c, const Line *line)
{
  gsize end = line->trim.end;
  while (end > line->trim.start && strchr ("\"')]", c->text[end - 1]) != NULL)
    end--;
  return end > line->trim.start ? c->text[end - 1] : '\0';
}

static gboolean
ends_sentence (const Clean *c, const Line *line)
{
  char last = last_char_before_closers (c, line);
  return last == '.' || last == '!' || last == '?';
}

/* Prose: a line of some length that ends as a sentence does. */
static guint
find_first_paragraph (const Clean *c)
{
  for (guint i = 0; i < c->lines->len; i++)
    if (line_at (c, i)->words >= c->rules->prose.min_words && ends_sentence (c, line_at (c, i)))
      return i;
  return c->lines->len;
}

static const PxCue *
matching_cue (const Clean *c, const GPtrArray *cues, const Line *line, gboolean top_allowed)
{
  if (is_blank (line))
    return NULL;
  g_autofree char *text = line_text (c, line);
  for (guint i = 0; i < cues->len; i++)
    {
      const PxCue *cue = g_ptr_array_index (cues, i);
      if (cue->where == PX_CUE_TOP && !top_allowed)
        continue;
      if (g_regex_match (cue->regex, text, 0, NULL))
        return cue;
    }
  return NULL;
}

static void
apply_tails (Clean *c)
{
  for (guint i = c->first_paragraph + 1; i < c->lines->len; i++)
    {
      const PxCue *cue = matching_cue (c, c->rules->tails, line_at (c, i), FALSE);
      if (cue == NULL)
        continue;
      for (guint j = i; j < c->lines->len; j++)
        line_at (c, j)->rule = cue->rule;
      return;
    }
}

static void
apply_line_cues (Clean *c)
{
  for (guint i = 0; i < c->lines->len; i++)
    {
      Line *line = line_at (c, i);
      if (line->rule != NULL)
        continue;
      const PxCue *cue = matching_cue (c, c->rules->lines, line, i < c->first_paragraph);
      if (cue != NULL)
        line->rule = cue->rule;
    }
}

static void
apply_blocks (Clean *c)
{
  for (guint i = 0; i < c->lines->len; i++)
    {
      if (line_at (c, i)->rule != NULL)
        continue;
      const PxCue *cue = matching_cue (c, c->rules->blocks, line_at (c, i), TRUE);
      if (cue == NULL)
        continue;
      line_at (c, i)->rule = cue->rule;
      guint j = i + 1;
      for (; j < c->lines->len && line_at (c, j)->words <= cue->max_words; j++)
        if (line_at (c, j)->rule == NULL && !is_blank (line_at (c, j)))
          line_at (c, j)->rule = cue->rule;
      i = j - 1;
    }
}

static void
apply_repeated_lines (Clean *c)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint min_chars = c->rules->repeated_line.min_chars;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < c->lines->len; i++)
      {
        Line *line = line_at (c, i);
        if (line->rule != NULL || line->trim.end - line->trim.start < min_chars)
          continue;
        g_autofree char *text = line_text (c, line);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, text));
        if (pass == 0)
          g_hash_table_insert (counts, g_steal_pointer (&text), GUINT_TO_POINTER (n + 1));
        else if (n > 1)
          line->rule = PX_CUE_REPEATED_LINE;
      }
}

static gboolean
is_short_line (const Clean *c, const Line *line)
{
  return line->rule == NULL && !is_blank (line)
         && line->words <= c->rules->short_line_run.max_words && !ends_sentence (c, line);
}

/* Blank lines do not break a run: menus are often spaced out. */
static void
apply_short_line_runs (Clean *c)
{
  guint i = 0;
  while (i < c->lines->len)
    {
      if (!is_short_line (c, line_at (c, i)))
        {
          i++;
          continue;
        }
      guint n = 0, j = i;
      for (; j < c->lines->len; j++)
        {
          if (is_short_line (c, line_at (c, j)))
            n++;
          else if (!is_blank (line_at (c, j)) || line_at (c, j)->rule != NULL)
            break;
        }
      if (n >= c->rules->short_line_run.min_lines)
        for (guint k = i; k < j; k++)
          if (!is_blank (line_at (c, k)))
            line_at (c, k)->rule = PX_CUE_SHORT_LINE_RUN;
      i = j;
    }
}

static guint
next_unclaimed (const Clean *c, guint from)
{
  guint i = from;
  while (i < c->lines->len && (line_at (c, i)->rule != NULL || is_blank (line_at (c, i))))
    i++;
  return i;
}

static guint
next_nonblank (const Clean *c, guint from)
{
  guint i = from;
  while (i < c->lines->len && is_blank (line_at (c, i)))
    i++;
  return i;
}

/* Short, and not closed like a sentence or a clause: "?" and "!" close a
 * sentence as "." does. */
static gboolean
looks_like_headline (const Clean *c, const Line *line)
{
  char last = last_char_before_closers (c, line);
  return line->words <= c->rules->headline.max_words && strchr (".,:;?!", last) == NULL;
}

/* Adds to @out the lowercased ASCII words of at least @min_letters letters
 * in @line. */
static void
add_words (const Clean *c, const Line *line, guint min_letters, GHashTable *out)
{
  gsize i = line->trim.start;
  while (i < line->trim.end)
    {
      gsize j = i;
      while (j < line->trim.end && g_ascii_isalpha (c->text[j]))
        j++;
      if (j > i && j - i >= min_letters)
        g_hash_table_add (out, g_ascii_strdown (c->text + i, j - i));
      i = j > i ? j : i + 1;
    }
}

/* Whether the story's next two lines retell most of @line's words: a
 * summary put above the story, whose lede then tells the same news. */
static gboolean
is_retold (const Clean *c, guint candidate)
{
  const PxGenericCue *cue = &c->rules->standfirst;
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (c, line_at (c, candidate), cue->min_letters, own);
  guint i = candidate;
  for (guint n = 0; n < 2 && (i = next_unclaimed (c, i + 1)) < c->lines->len; n++)
    add_words (c, line_at (c, i), cue->min_letters, next);
  guint retold = 0;
  GHashTableIter iter;
  gpointer word;
  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    retold += g_hash_table_contains (next, word);
  guint total = g_hash_table_size (own);
  return total > 0 && retold * 100 >= total * cue->min_retold_percent;
}

/* A paragraph of its own: what follows it is a blank line, a line some cue
 * claimed, or nothing, so it is not the first line of a hard-wrapped
 * paragraph. */
static gboolean
stands_alone (const Clean *c, guint i)
{
  if (i + 1 >= c->lines->len)
    return TRUE;
  const Line *after = line_at (c, i + 1);
  return is_blank (after) || after->rule != NULL;
}

/* A rough test on purpose: clean runs before sentence segmentation, and a
 * false "two sentences" only keeps a paragraph in the story. */
static gboolean
is_single_sentence (const Clean *c, const Line *line)
{
  for (gsize i = line->trim.start; i + 2 < line->trim.end; i++)
    if (strchr (".!?", c->text[i]) != NULL && c->text[i + 1] == ' '
        && g_ascii_isupper (c->text[i + 2]) && i >= line->trim.start + 3
        && g_ascii_islower (c->text[i - 1]) && g_ascii_islower (c->text[i - 2]))
      return FALSE;
  return TRUE;
}

static gboolean
is_image_line (const Clean *c, guint i)
{
  const GPtrArray *cues = c->rules->lines;
  const char *rule = i < c->lines->len ? line_at (c, i)->rule : NULL;
  for (guint k = 0; rule != NULL && k < cues->len; k++)
    {
      const PxCue *cue = g_ptr_array_index (cues, k);
      if (cue->rule == rule && g_str_has_prefix (cue->rule, "image"))
        return TRUE;
    }
  return FALSE;
}

static void
apply_headline_and_standfirst (Clean *c)
{
  guint first = next_unclaimed (c, 0);
  if (first >= c->lines->len || first > c->first_paragraph)
    return;

  gboolean titled = looks_like_headline (c, line_at (c, first));
  guint candidate = first;
  if (titled)
    {
      line_at (c, first)->title = TRUE;
      candidate = next_unclaimed (c, first + 1);
    }
  if (candidate >= c->lines->len)
    return;

  /* Under a headline a one-sentence lede looks like a summary; what tells
   * the summary is that it is not closed like a story sentence, or that the
   * story goes on to retell it.  Above a lead image, the place says it. */
  Line *line = line_at (c, candidate);
  gboolean summary = is_image_line (c, next_nonblank (c, candidate + 1))
                     || (titled && (!ends_sentence (c, line) || is_retold (c, candidate)));
  gboolean more_story = next_unclaimed (c, candidate + 1) < c->lines->len;
  if (summary && more_story && stands_alone (c, candidate)
      && line->words <= c->rules->standfirst.max_words
      && last_char_before_closers (c, line) != ':' && is_single_sentence (c, line))
    line->rule = PX_CUE_STANDFIRST;
}

static void
apply_sign_off (Clean *c)
{
  guint first = c->lines->len, last = c->lines->len;
  for (guint i = 0; i < c->lines->len; i++)
    if (is_story (line_at (c, i)))
      {
        first = MIN (first, i);
        last = i;
      }
  if (first == last)   /* none, or the story's only line */
    return;
  Line *line = line_at (c, last);
  char end = last_char_before_closers (c, line);
  if (line->words <= c->rules->sign_off.max_words && strchr (".!?:;,", end) == NULL)
    line->rule = PX_CUE_SIGN_OFF;
}

static void
trim_clear (Trim *trim)
{
  g_free (trim->rule);
}

void
px_cleaned_free (PxCleaned *cleaned)
{
  if (cleaned == NULL)
    return;
  g_array_unref (cleaned->trimmed);
  g_array_unref (cleaned->kept);
  g_free (cleaned);
}

static const char LABEL_STORY[] = "story";
static const char LABEL_TITLE[] = "title";

static const char *
label_of (const Line *line)
{
  if (line->title)
    return LABEL_TITLE;
  if (is_blank (line))
    return NULL;
  return line->rule != NULL ? line->rule : LABEL_STORY;
}

/* Every line's label; a blank line takes its neighbours' label when both
 * agree (a blank after the last line counts as agreeing), so that ranges
 * are not broken by paragraph spacing. */
static GPtrArray *
label_lines (const Clean *c)
{
  GPtrArray *labels = g_ptr_array_sized_new (c->lines->len);
  const char *before = NULL;
  for (guint i = 0; i < c->lines->len; i++)
    {
      const char *label = label_of (line_at (c, i));
      if (label == NULL)
        {
          guint next = next_nonblank (c, i);
          const char *after = next < c->lines->len ? label_of (line_at (c, next)) : before;
          label = before == after ? before : NULL;
        }
      else
        before = label;
      g_ptr_array_add (labels, (gpointer) label);
    }
  return labels;
}

static void
collect (const Clean *c, PxCleaned *out)
{
  g_autoptr(GPtrArray) labels = label_lines (c);

  for (guint i = 0; i < c->lines->len;)
    {
      const char *label = g_ptr_array_index (labels, i);
      guint j = i + 1;
      while (j < c->lines->len && g_ptr_array_index (labels, j) == label)
        j++;
      PxSpan span = { line_at (c, i)->span.start, line_at (c, j - 1)->span.end };

      if (label == LABEL_STORY)
        g_array_append_val (out->kept, span);
      else if (label == LABEL_TITLE)
        {
          out->has_title = TRUE;
          out->title = line_at (c, i)->trim;
        }
      else if (label != NULL)
        {
          Trim trim = { span, g_strdup (label) };
          g_array_append_val (out->trimmed, trim);
        }
      i = j;
    }

  const PxSpan *first = &g_array_index (out->kept, PxSpan, 0);
  const PxSpan *last = &g_array_index (out->kept, PxSpan, out->kept->len - 1);
  out->body = (PxSpan) { first->start, last->end };
}

/* A story has at least one sentence: lines of chrome that escaped every
 * cue ("Related Stories") do not make one. */
static gboolean
has_story (const Clean *c)
{
  for (guint i = 0; i < c->lines->len; i++)
    if (is_story (line_at (c, i)) && ends_sentence (c, line_at (c, i)))
      return TRUE;
  return FALSE;
}

PxCleaned *
px_clean (const PxCleanRules *rules, const PxText *text, GError **error)
{
  g_return_val_if_fail (rules != NULL && text != NULL, NULL);

  gsize len = 0;
  const char *normalized = px_text_get_normalized (text, &len);
  g_autoptr(GArray) lines = split_lines (normalized, len);
  Clean c = { rules, normalized, lines, 0 };

  c.first_paragraph = find_first_paragraph (&c);
  apply_tails (&c);
  apply_line_cues (&c);
  apply_blocks (&c);
  apply_repeated_lines (&c);
  apply_short_line_runs (&c);
  apply_headline_and_standfirst (&c);
  apply_sign_off (&c);

  if (!has_story (&c))
    return px_throw_null (error, PX_ERROR_INPUT_EMPTY,
                          "%s: no story text found: no sentence outside page chrome",
                          px_text_get_name (text));

  PxCleaned *out = g_new0 (PxCleaned, 1);
  out->trimmed = g_array_new (FALSE, FALSE, sizeof (Trim));
  g_array_set_clear_func (out->trimmed, (GDestroyNotify) trim_clear);
  out->kept = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  collect (&c, out);
  return out;
}

PxSpan
px_cleaned_get_body (const PxCleaned *cleaned)
{
  return cleaned->body;
}

gboolean
px_cleaned_get_title (const PxCleaned *cleaned, PxSpan *out)
{
  if (cleaned->has_title && out != NULL)
    *out = cleaned->title;
  return cleaned->has_title;
}

guint
px_cleaned_n_trimmed (const PxCleaned *cleaned)
{
  return cleaned->trimmed->len;
}

PxSpan
px_cleaned_get_trimmed (const PxCleaned *cleaned, guint i, const char **rule)
{
  g_return_val_if_fail (i < cleaned->trimmed->len, ((PxSpan) { 0, 0 }));
  const Trim *trim = &g_array_index (cleaned->trimmed, Trim, i);
  if (rule != NULL)
    *rule = trim->rule;
  return trim->span;
}

guint
px_cleaned_n_kept (const PxCleaned *cleaned)
{
  return cleaned->kept->len;
}

PxSpan
px_cleaned_get_kept (const PxCleaned *cleaned, guint i)
{
  g_return_val_if_fail (i < cleaned->kept->len, ((PxSpan) { 0, 0 }));
  return g_array_index (cleaned->kept, PxSpan, i);
}
