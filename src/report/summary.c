/* summary.c: the findings as sentences an analyst can paste.
 *
 * Each builder reads one kind of finding and writes zero or more plain
 * sentences; the renderers escape them for their format.  The order is
 * fixed (what the comparison is against, other events, republications,
 * quotes, what one document alone says, what reports leave out), and so
 * is every list inside a sentence (the comparison's own order: documents
 * as given, entities most salient first), so the same findings always
 * give the same words.
 *
 * Documents about another event (an event mismatch) are said once and then
 * left out of the entity sentences: what they add or omit is about their
 * own story.  Documents that republish one another count as one witness.
 */
#include "config.h"

#include <string.h>

#include "report/describe.h"

#define MAX_NAMED 3         /* entities named in one sentence */
#define MAX_DATES 2         /* dates, and figures, named in one sentence */
#define MAX_OMISSION_SENTENCES 3

static const char *
name_of (const PxComparison *cmp, guint doc)
{
  return px_describe_name (px_comparison_get_document (cmp, doc));
}

static const char *
entity_name (const PxAlignedEntity *entity)
{
  return entity->canonical ? entity->canonical : entity->id;
}

/* "a", "a and b", "a, b and c"; @conjunction is "and" or "or". */
static char *
join_list (const GPtrArray *items, const char *conjunction)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == items->len ? " " : ", ");
      if (i > 0 && i + 1 == items->len)
        g_string_append_printf (out, "%s ", conjunction);
      g_string_append (out, g_ptr_array_index (items, i));
    }
  return g_string_free (out, FALSE);
}

/* "once", "twice", "3 times". */
static char *
times (guint n)
{
  if (n == 1)
    return g_strdup ("once");
  if (n == 2)
    return g_strdup ("twice");
  return g_strdup_printf ("%u times", n);
}

/* Sentences may open with an outlet's own spelling ("hotaaj.com"), so
 * nothing is capitalised here. */
static void
add_sentence (GPtrArray *out, char *sentence /* owned */)
{
  g_ptr_array_add (out, sentence);
}


/* The documents that speak for themselves in the entity sentences: one per
 * witness, not the primary, not about another event. */
static gboolean
is_independent_report (const PxComparison *cmp, guint doc)
{
  return (int) doc != px_comparison_get_primary (cmp)
         && px_comparison_get_witness (cmp, doc) == doc && !px_comparison_find_mismatch (cmp, doc);
}

/* ### What the comparison is against */

static void
say_reference (const PxComparison *cmp, GPtrArray *out)
{
  int primary = px_comparison_get_primary (cmp);
  guint n = px_comparison_n_documents (cmp);
  if (primary >= 0)
    {
      add_sentence (out, g_strdup_printf ("%u report%s compared against %s, the primary source.",
                                          n - 1, n - 1 == 1 ? " is" : "s are",
                                          name_of (cmp, (guint) primary)));
      return;
    }
  add_sentence (out, g_strdup_printf ("There is no primary source: the %u documents are compared "
                                      "against the consensus of their %u independent witnesses, "
                                      "what most of them carry.",
                                      n, px_comparison_n_witnesses (cmp)));
}

/* ### Other events and republications */

/* "May 16, 2023", "May 2023", "2023": in English whatever the locale, so
 * the report's bytes do not depend on it. */
static char *
spell_period_start (const PxPeriod *period)
{
  static const char *const months[] = { "January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November",
                                        "December" };
  const GDate *start = &period->start, *end = &period->end;
  const char *month = months[g_date_get_month (start) - 1];
  if (g_date_compare (start, end) == 0)
    return g_strdup_printf ("%s %u, %u", month, g_date_get_day (start), g_date_get_year (start));
  if (g_date_get_month (start) == g_date_get_month (end)
      && g_date_get_year (start) == g_date_get_year (end))
    return g_strdup_printf ("%s %u", month, g_date_get_year (start));
  return g_strdup_printf ("%u", g_date_get_year (start));
}

/* "RT's piece concerns another event: published May 16, 2023, 615 days
 * before KCNA's."  The engine's own reason, longer, is in the timeline. */
static void
say_mismatch (const PxComparison *cmp, const PxEventMismatch *m, GPtrArray *out)
{
  g_autofree char *whose = px_describe_possessive (name_of (cmp, m->doc));
  const PxPeriod *period = px_comparison_get_period (cmp, m->doc);
  int primary = px_comparison_get_primary (cmp);
  g_autofree char *reference = primary >= 0 ? px_describe_possessive (name_of (cmp, (guint) primary))
                                            : g_strdup ("the consensus period");
  if (period == NULL || !g_date_valid (&period->start) || !g_date_valid (&period->end))
    {
      add_sentence (out, g_strdup_printf ("%s piece concerns another event.", whose));
      return;
    }
  g_autofree char *when = spell_period_start (period);
  gint64 days = ABS (m->days);
  add_sentence (out, g_strdup_printf ("%s piece concerns another event: %s %s, %" G_GINT64_FORMAT
                                      " day%s %s %s.", whose,
                                      g_strcmp0 (period->basis, "published") == 0 ? "published"
                                                                                 : "dated",
                                      when, days, days == 1 ? "" : "s",
                                      m->days < 0 ? "before" : "after", reference));
}

static void
say_mismatches (const PxComparison *cmp, GPtrArray *out)
{
  for (guint i = 0; i < px_comparison_n_mismatches (cmp); i++)
    say_mismatch (cmp, px_comparison_get_mismatch (cmp, i), out);
}

static void
say_republications (const PxComparison *cmp, GPtrArray *out)
{
  for (guint i = 0; i < px_comparison_n_pairs (cmp); i++)
    {
      const PxDocumentPair *pair = px_comparison_get_pair (cmp, i);
      if (!pair->republication)
        continue;
      add_sentence (out, g_strdup_printf ("%s republishes %s (reuse %.2f); counted as one witness.",
                                          name_of (cmp, pair->b), name_of (cmp, pair->a),
                                          pair->reuse));
    }
}

/* ### Quotes */

/* Whom a part of the quote sentence names: the reference the first time,
 * "it" (or "them") after that. */
static const char *
whom (const GPtrArray *parts, const char *ref, gboolean primary)
{
  if (parts->len == 0)
    return ref;
  return primary ? "it" : "them";
}

/* The speakers of @doc's quotes whom the reference does not quote. */
static GPtrArray *
other_speakers (const PxComparison *cmp, guint doc)
{
  GPtrArray *speakers = g_ptr_array_new ();
  for (guint i = 0; i < px_comparison_n_quotes (cmp); i++)
    {
      const PxQuoteFidelity *q = px_comparison_get_quote (cmp, i);
      if (q->doc != doc || q->verdict != PX_VERDICT_ABSENT_OTHER_SPEAKER || q->speaker == NULL)
        continue;
      const char *speaker = px_describe_entity (cmp, q->speaker);
      if (!g_ptr_array_find_with_equal_func (speakers, speaker, g_str_equal, NULL))
        g_ptr_array_add (speakers, (gpointer) speaker);
    }
  return speakers;
}

/* "alters 2 of KCNA's quotes, quotes it verbatim once ..." for @doc. */
static void
say_quotes_of (const PxComparison *cmp, guint doc, GPtrArray *out)
{
  guint count[PX_VERDICT_ABSENT_OTHER_SPEAKER + 1] = { 0 };
  for (guint i = 0; i < px_comparison_n_quotes (cmp); i++)
    if (px_comparison_get_quote (cmp, i)->doc == doc)
      count[px_comparison_get_quote (cmp, i)->verdict]++;
  int primary = px_comparison_get_primary (cmp);
  const char *ref = primary >= 0 ? name_of (cmp, (guint) primary) : "the other reports";
  g_autofree char *refs = primary >= 0 ? px_describe_possessive (ref)
                                        : g_strdup ("the other reports'");
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n = count[PX_VERDICT_ALTERED];
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf ("alters %u of %s quote%s", n, refs, n == 1 ? "" : "s"));
  if ((n = count[PX_VERDICT_VERBATIM]) > 0)
    {
      g_autofree char *how_often = times (n);
      g_ptr_array_add (parts, g_strdup_printf ("quotes %s verbatim %s",
                                               whom (parts, ref, primary >= 0), how_often));
    }
  if ((n = count[PX_VERDICT_VERBATIM_WITH_ELISION]) > 0)
    {
      g_autofree char *how_often = times (n);
      g_ptr_array_add (parts, g_strdup_printf ("quotes %s verbatim with words left out %s",
                                               whom (parts, ref, primary >= 0), how_often));
    }
  if ((n = count[PX_VERDICT_ABSENT]) > 0)
    g_ptr_array_add (parts, g_strdup_printf ("has %u quote%s not found in %s", n,
                                             n == 1 ? "" : "s", ref));
  if ((n = count[PX_VERDICT_ABSENT_OTHER_SPEAKER]) > 0)
    {
      g_autoptr(GPtrArray) speakers = other_speakers (cmp, doc);
      g_autofree char *who = join_list (speakers, "and");
      g_autofree char *unquoted = primary >= 0 ? g_strdup_printf ("%s does not quote", ref)
                                               : g_strdup ("no other report quotes");
      g_ptr_array_add (parts, g_strdup_printf ("has %u quote%s of %s, whom %s", n,
                                               n == 1 ? "" : "s",
                                               speakers->len > 0 ? who : "other speakers",
                                               unquoted));
    }
  if (parts->len == 0)
    return;
  g_autofree char *list = join_list (parts, "and");
  add_sentence (out, g_strdup_printf ("%s %s.", name_of (cmp, doc), list));
}

static void
say_quotes (const PxComparison *cmp, GPtrArray *out)
{
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    if ((int) d != px_comparison_get_primary (cmp))
      say_quotes_of (cmp, d, out);
}

/* ### Claims dated differently */

static void
say_date_conflicts (const PxComparison *cmp, GPtrArray *out)
{
  int primary = px_comparison_get_primary (cmp);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      if ((int) d == primary || px_comparison_find_mismatch (cmp, d))
        continue;
      guint n = 0;
      for (guint i = 0; i < px_comparison_n_claims (cmp); i++)
        {
          const PxAlignedClaim *claim = px_comparison_get_claim (cmp, i);
          n += claim->doc != d && claim->carriage[d].date_conflict;
        }
      if (n == 0)
        continue;
      g_autofree char *whose = primary >= 0 ? px_describe_possessive (name_of (cmp, (guint) primary))
                                            : g_strdup ("the other reports'");
      add_sentence (out, g_strdup_printf ("%s dates %u of %s claims differently.", name_of (cmp, d),
                                          n, whose));
    }
}

/* ### What one document alone says */

/* The witness that alone names @entity, or -1 (none, or several). */
static int
sole_witness (const PxComparison *cmp, const PxAlignedEntity *entity)
{
  int only = -1;
  for (guint i = 0; i < entity->n_present; i++)
    {
      int witness = (int) px_comparison_get_witness (cmp, entity->present[i].doc);
      if (only >= 0 && only != witness)
        return -1;
      only = witness;
    }
  return only;
}

/* sole_witness () of every entity, in entity order: the summary asks it
 * of each entity for each document, which would cost documents squared
 * times entities.  (transfer full) */
static int *
sole_witnesses (const PxComparison *cmp)
{
  guint n = px_comparison_n_entities (cmp);
  int *sole = g_new (int, n + 1);
  for (guint e = 0; e < n; e++)
    sole[e] = sole_witness (cmp, px_comparison_get_entity (cmp, e));
  return sole;
}

/* The resolved dates @doc adds to the reference that no other witness
 * backs either, '2025-01-16 ("On Jan. 16")', the most precise first, then
 * in text order; at most MAX_DATES, each value once. */
static GPtrArray *
dates_only_in (const PxComparison *cmp, guint doc)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const PxDocument *d = px_comparison_get_document (cmp, doc);
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (d));
  const GArray *added = px_comparison_get_added_dates (cmp, doc);
  for (PxGranularity g = PX_GRANULARITY_DAY; g <= PX_GRANULARITY_MONTH; g++)
    for (guint k = 0; k < added->len && shown->len < MAX_DATES; k++)
      {
        guint i = g_array_index (added, guint, k);
        const PxDate *date = g_ptr_array_index (dates, i);
        if (date->value == NULL || date->granularity != g || px_describe_date_shared (cmp, doc, i)
            || !g_hash_table_add (seen, date->value))
          continue;
        g_ptr_array_add (shown, px_describe_date (d, i));
      }
  return shown;
}

static const PxNumber *
number_of (const PxComparison *cmp, guint doc, guint i)
{
  const PxDocument *d = px_comparison_get_document (cmp, doc);
  return g_ptr_array_index (px_extraction_get_numbers (px_document_get_extraction (d)), i);
}

/* The counted noun of @n, folded; "" when none. */
static char *
unit_of (const PxComparison *cmp, guint doc, const PxNumber *n)
{
  if (n->unit.end <= n->unit.start)
    return g_strdup ("");
  g_autofree char *unit = px_describe_text (px_comparison_get_document (cmp, doc), n->unit, 0);
  return g_utf8_casefold (unit, -1);
}

/* Whether another witness gives the figure @i of @doc: the same values
 * of the same thing. */
static gboolean
number_shared (const PxComparison *cmp, guint doc, guint i)
{
  const PxNumber *n = number_of (cmp, doc, i);
  g_autofree char *unit = unit_of (cmp, doc, n);
  for (guint o = 0; o < px_comparison_n_documents (cmp); o++)
    {
      if (px_comparison_get_witness (cmp, o) == px_comparison_get_witness (cmp, doc))
        continue;
      const GPtrArray *numbers = px_extraction_get_numbers (
        px_document_get_extraction (px_comparison_get_document (cmp, o)));
      for (guint k = 0; k < numbers->len; k++)
        {
          const PxNumber *m = g_ptr_array_index (numbers, k);
          g_autofree char *other_unit = unit_of (cmp, o, m);
          if (m->low == n->low && m->high == n->high && g_str_equal (unit, other_unit))
            return TRUE;
        }
    }
  return FALSE;
}

/* Counts below this ("two nations") describe more than they report. */
#define MIN_FIGURE 10

/* The figures @doc adds to the reference that no other witness gives
 * either, the largest first, at most MAX_DATES. */
static GPtrArray *
figures_only_in (const PxComparison *cmp, guint doc)
{
  const GArray *added = px_comparison_get_added_numbers (cmp, doc);
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < added->len; k++)
    {
      guint i = g_array_index (added, guint, k);
      if (number_of (cmp, doc, i)->high >= MIN_FIGURE && !number_shared (cmp, doc, i))
        g_array_append_val (picked, i);
    }
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_free);
  while (picked->len > 0 && shown->len < MAX_DATES)
    {
      guint best = 0;
      for (guint k = 1; k < picked->len; k++)
        if (number_of (cmp, doc, g_array_index (picked, guint, k))->high
            > number_of (cmp, doc, g_array_index (picked, guint, best))->high)
          best = k;
      const PxNumber *n = number_of (cmp, doc, g_array_index (picked, guint, best));
      g_ptr_array_add (shown, px_describe_text (px_comparison_get_document (cmp, doc), n->span, 60));
      g_array_remove_index (picked, best);
    }
  return shown;
}

/* The entities @doc names in the sentences that carry the reference's
 * claims: its account of the same story, where what it alone names
 * matters more than in its background paragraphs. */
static GHashTable *
entities_on_story (const PxComparison *cmp, guint doc)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  const PxClaims *claims = px_comparison_get_claims (cmp, doc);
  for (guint i = 0; i < px_comparison_n_claims (cmp); i++)
    {
      const PxAlignedClaim *aligned = px_comparison_get_claim (cmp, i);
      const PxClaimCarriage *c = &aligned->carriage[doc];
      if (aligned->doc == doc || c->verdict == PX_CLAIM_ABSENT || c->claim < 0)
        continue;
      const PxClaim *claim = px_claims_get (claims, (guint) c->claim);
      for (guint e = 0; claim->entities != NULL && e < claim->entities->len; e++)
        g_hash_table_add (ids, g_ptr_array_index (claim->entities, e));
    }
  return ids;
}

/* The entities only @doc's witness names: those on the story first, then
 * the others, each most salient first; MAX_NAMED at most, *@more the rest. */
static GPtrArray *
entities_only_in (const PxComparison *cmp, guint doc, const int *sole, guint *more)
{
  g_autoptr(GHashTable) story = entities_on_story (cmp, doc);
  GPtrArray *names = g_ptr_array_new ();
  *more = 0;
  for (guint pass = 0; pass < 2; pass++)
    for (guint e = 0; e < px_comparison_n_entities (cmp); e++)
      {
        const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
        if (sole[e] != (int) doc
            || g_hash_table_contains (story, entity->id) != (pass == 0))
          continue;
        if (names->len < MAX_NAMED)
          g_ptr_array_add (names, (gpointer) entity_name (entity));
        else
          (*more)++;
      }
  return names;
}

static void
say_only_one (const PxComparison *cmp, guint doc, const int *sole, GPtrArray *out)
{
  guint more = 0;
  g_autoptr(GPtrArray) names = entities_only_in (cmp, doc, sole, &more);
  g_autoptr(GPtrArray) dates = dates_only_in (cmp, doc);
  g_autoptr(GPtrArray) figures = figures_only_in (cmp, doc);
  if (names->len == 0 && dates->len == 0 && figures->len == 0)
    return;
  /* "Only X names ...; it alone gives the dates ...; it alone gives ..." */
  g_autoptr(GString) said = g_string_new (NULL);
  g_string_append_printf (said, "Only %s", name_of (cmp, doc));
  const char *next = " ";
  if (names->len > 0)
    {
      g_autofree char *list = join_list (names, "and");
      g_string_append_printf (said, " names %s", list);
      if (more > 0)
        g_string_append_printf (said, " (and %u more)", more);
      next = "; it alone ";
    }
  if (dates->len > 0)
    {
      g_autofree char *list = join_list (dates, "and");
      g_string_append_printf (said, "%sgives the date%s %s", next, dates->len == 1 ? "" : "s", list);
      next = "; it alone ";
    }
  if (figures->len > 0)
    {
      g_autofree char *list = join_list (figures, "and");
      g_string_append_printf (said, "%sgives the figure%s %s", next, figures->len == 1 ? "" : "s",
                              list);
    }
  g_string_append_c (said, '.');
  add_sentence (out, g_strdup (said->str));
}

static void
say_only_ones (const PxComparison *cmp, const int *sole, GPtrArray *out)
{
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    if (is_independent_report (cmp, d))
      say_only_one (cmp, d, sole, out);
}

/* ### What reports leave out */

/* Entities of the primary that no other document names. */
static void
say_shared_omissions (const PxComparison *cmp, const int *sole, GPtrArray *out)
{
  int primary = px_comparison_get_primary (cmp);
  if (primary < 0 || px_comparison_n_documents (cmp) < 2)
    return;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint more = 0;
  for (guint e = 0; e < px_comparison_n_entities (cmp); e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
      if (sole[e] != primary || px_aligned_entity_in (entity, (guint) primary) == NULL)
        continue;
      if (names->len < MAX_NAMED)
        g_ptr_array_add (names, (gpointer) entity_name (entity));
      else
        more++;
    }
  if (names->len == 0)
    return;
  g_autofree char *list = join_list (names, "or");
  g_autofree char *tail = more > 0 ? g_strdup_printf (" (or %u more of %s names)", more,
                                                      name_of (cmp, (guint) primary))
                                   : g_strdup ("");
  add_sentence (out, g_strdup_printf ("No report names %s%s.", list, tail));
}

/* The independent reports that leave out reference entity @entity, as a
 * key ("1,3,") and their names; NULL when none or all do. */
static char *
omitters_of (const PxComparison *cmp, const PxAlignedEntity *entity, GPtrArray *names)
{
  GString *key = g_string_new (NULL);
  guint reports = 0;
  /* A witness names it when any document it stands for does. */
  g_autofree gboolean *named = g_new0 (gboolean, px_comparison_n_documents (cmp));
  for (guint i = 0; i < entity->n_present; i++)
    named[px_comparison_get_witness (cmp, entity->present[i].doc)] = TRUE;
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      if (!is_independent_report (cmp, d))
        continue;
      reports++;
      if (named[d])
        continue;
      g_string_append_printf (key, "%u,", d);
      g_ptr_array_add (names, (gpointer) name_of (cmp, d));
    }
  if (names->len == 0 || names->len == reports)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

/* Reference entities some independent reports leave out, grouped by who
 * leaves them out, the groups in order of their most salient entity. */
static void
say_partial_omissions (const PxComparison *cmp, GPtrArray *out)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) who = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint e = 0; e < px_comparison_n_entities (cmp); e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
      if (!entity->reference)
        continue;
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *key = omitters_of (cmp, entity, names);
      if (key == NULL)
        continue;
      guint g = 0;
      while (g < keys->len && !g_str_equal (g_ptr_array_index (keys, g), key))
        g++;
      if (g == keys->len)
        {
          if (keys->len == MAX_OMISSION_SENTENCES)
            continue;
          g_ptr_array_add (keys, g_steal_pointer (&key));
          g_ptr_array_add (groups, g_ptr_array_new ());
          g_ptr_array_add (who, g_steal_pointer (&names));
        }
      GPtrArray *group = g_ptr_array_index (groups, g);
      if (group->len < MAX_NAMED)
        g_ptr_array_add (group, (gpointer) entity_name (entity));
    }
  for (guint g = 0; g < groups->len; g++)
    {
      const GPtrArray *names = g_ptr_array_index (who, g);
      g_autofree char *subjects = join_list (names, "and");
      g_autofree char *objects = join_list (g_ptr_array_index (groups, g), "or");
      add_sentence (out, g_strdup_printf ("%s %s not name %s.", subjects,
                                          names->len == 1 ? "does" : "do", objects));
    }
}

GPtrArray *
px_report_summary (const PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  say_reference (cmp, out);
  say_mismatches (cmp, out);
  say_republications (cmp, out);
  say_quotes (cmp, out);
  say_date_conflicts (cmp, out);
  g_autofree int *sole = sole_witnesses (cmp);
  say_only_ones (cmp, sole, out);
  say_shared_omissions (cmp, sole, out);
  say_partial_omissions (cmp, out);
  return out;
}
