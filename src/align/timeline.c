/* timeline.c: every document's dates on one timeline: which agree across
 * documents, and which documents are about another period altogether. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "align/comparison.h"

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the interval it names. */
static gboolean
parse_published (const char *text, GDate *start, GDate *end)
{
  if (text == NULL || !px_run_is_iso_date (text))
    return FALSE;
  guint year = (guint) atoi (text);
  guint month = strlen (text) >= 7 ? (guint) atoi (text + 5) : 0;
  guint day = strlen (text) >= 10 ? (guint) atoi (text + 8) : 0;
  if (!g_date_valid_dmy (day ? day : 1, month ? month : 1, year))
    return FALSE;
  g_date_set_dmy (start, day ? day : 1, month ? month : 1, year);
  if (day)
    *end = *start;
  else if (month)
    g_date_set_dmy (end, g_date_get_days_in_month (month, year), month, year);
  else
    g_date_set_dmy (end, 31, 12, year);
  return TRUE;
}

gboolean
px_compare_date_is_specific (const PxDate *date)
{
  return g_date_valid (&date->start) && g_date_valid (&date->end)
         && (date->granularity == PX_GRANULARITY_DAY || date->granularity == PX_GRANULARITY_WEEK
             || date->granularity == PX_GRANULARITY_MONTH);
}

gboolean
px_compare_dates_agree (const PxDate *a, const PxDate *b)
{
  return px_compare_date_is_specific (a) && px_compare_date_is_specific (b)
         && g_date_compare (&a->start, &b->end) <= 0 && g_date_compare (&b->start, &a->end) <= 0;
}

/* The publication date (the run file's, else the page's); failing both,
 * the span of the document's specific dates. */
static PxPeriod
period_of (const PxDocument *doc)
{
  PxPeriod period = { .basis = "published" };
  g_date_clear (&period.start, 1);
  g_date_clear (&period.end, 1);
  if (parse_published (px_document_get_source (doc)->published, &period.start, &period.end))
    return period;
  const PxExtraction *extraction = px_document_get_extraction (doc);
  GDate anchor = px_extraction_get_anchor (extraction);
  if (g_date_valid (&anchor))
    {
      period.start = period.end = anchor;
      return period;
    }
  period.basis = "dates";
  const GPtrArray *dates = px_extraction_get_dates (extraction);
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      if (!px_compare_date_is_specific (date))
        continue;
      if (!g_date_valid (&period.start) || g_date_compare (&date->start, &period.start) < 0)
        period.start = date->start;
      if (!g_date_valid (&period.end) || g_date_compare (&date->end, &period.end) > 0)
        period.end = date->end;
    }
  return period;
}

static gboolean
period_known (const PxPeriod *period)
{
  return g_date_valid (&period->start) && g_date_valid (&period->end);
}

static gint
by_start (gconstpointer a, gconstpointer b)
{
  const PxPeriod *x = *(const PxPeriod *const *) a, *y = *(const PxPeriod *const *) b;
  return g_date_compare (&x->start, &y->start);
}

/* The primary's period; without one, the median witness's. */
static PxPeriod
reference_period (const PxComparison *cmp)
{
  if (cmp->primary >= 0)
    return cmp->periods[cmp->primary];
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  for (guint d = 0; d < cmp->n; d++)
    if (cmp->witness[d] == d && period_known (&cmp->periods[d]))
      g_ptr_array_add (known, &cmp->periods[d]);
  PxPeriod none = { .basis = "published" };
  g_date_clear (&none.start, 1);
  g_date_clear (&none.end, 1);
  if (known->len == 0)
    return none;
  g_ptr_array_sort (known, by_start);
  return *(const PxPeriod *) g_ptr_array_index (known, known->len / 2);
}

/* Days from @ref to @p: 0 when they overlap, negative when @p is earlier. */
static gint64
days_apart (const PxPeriod *ref, const PxPeriod *p)
{
  if (g_date_compare (&p->end, &ref->start) < 0)
    return -(gint64) g_date_days_between (&p->end, &ref->start);
  if (g_date_compare (&p->start, &ref->end) > 0)
    return g_date_days_between (&ref->end, &p->start);
  return 0;
}

static char *
format_period (const PxPeriod *p)
{
  char a[16], b[16];
  g_date_strftime (a, sizeof a, "%Y-%m-%d", &p->start);
  g_date_strftime (b, sizeof b, "%Y-%m-%d", &p->end);
  return g_date_compare (&p->start, &p->end) == 0 ? g_strdup (a) : g_strdup_printf ("%s/%s", a, b);
}

static const char *
name_of (const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  return source->outlet ? source->outlet : source->path;
}

/* What the document's own dates say, as evidence: up to three values. */
static void
append_date_evidence (GString *reason, const PxDocument *doc)
{
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc));
  guint shown = 0;
  for (guint i = 0; i < dates->len && shown < 3; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      if (date->value == NULL || !px_compare_date_is_specific (date))
        continue;
      g_string_append_printf (reason, "%s%s", shown++ ? ", " : "; its own dates: ", date->value);
    }
}

static void
flag_mismatch (PxComparison *cmp, guint d)
{
  const PxPeriod *ref = &cmp->reference_period, *p = &cmp->periods[d];
  gint64 days = days_apart (ref, p);
  if ((guint64) ABS (days) <= cmp->rules->event_mismatch_days)
    return;
  g_autofree char *when = format_period (p), *ref_when = format_period (ref);
  GString *reason = g_string_new (NULL);
  g_string_append_printf (reason, "%s (%s %s) is %" G_GINT64_FORMAT " days %s %s (%s)",
                          name_of (cmp->docs[d]),
                          strcmp (p->basis, "published") == 0 ? "published" : "dated", when,
                          ABS (days), days < 0 ? "before" : "after",
                          cmp->primary >= 0 ? name_of (cmp->docs[cmp->primary]) : "the consensus",
                          ref_when);
  append_date_evidence (reason, cmp->docs[d]);
  g_string_append (reason, ": it reports another event");
  PxEventMismatch mismatch = { d, g_string_free (reason, FALSE), days };
  g_array_append_val (cmp->mismatches, mismatch);
}

static void
add_agreements (PxComparison *cmp, guint a, guint b)
{
  const GPtrArray *da = px_extraction_get_dates (px_document_get_extraction (cmp->docs[a]));
  const GPtrArray *db = px_extraction_get_dates (px_document_get_extraction (cmp->docs[b]));
  for (guint i = 0; i < da->len; i++)
    {
      const PxDate *x = g_ptr_array_index (da, i);
      for (guint j = 0; j < db->len; j++)
        {
          if (px_compare_dates_agree (x, g_ptr_array_index (db, j)))
            {
              PxDateAgreement agreement = { a, i, b, j };
              g_array_append_val (cmp->agreements, agreement);
            }
        }
    }
}

/* Independent documents' dates that overlap: every pair of documents
 * when there are few, else each document against the primary. */
static void
find_agreements (PxComparison *cmp)
{
  for (guint a = 0; a < cmp->n; a++)
    for (guint b = a + 1; b < cmp->n; b++)
      {
        if (px_same_witness (cmp, a, b))
          continue;
        if (cmp->all_pairs || (int) a == cmp->primary || (int) b == cmp->primary)
          add_agreements (cmp, a, b);
      }
}

void
px_compare_dates (PxComparison *cmp)
{
  cmp->periods = g_new0 (PxPeriod, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    cmp->periods[d] = period_of (cmp->docs[d]);
  cmp->reference_period = reference_period (cmp);
  cmp->agreements = g_array_new (FALSE, FALSE, sizeof (PxDateAgreement));
  cmp->mismatches = g_array_new (FALSE, FALSE, sizeof (PxEventMismatch));
  if (period_known (&cmp->reference_period))
    for (guint d = 0; d < cmp->n; d++)
      if ((int) d != cmp->primary && period_known (&cmp->periods[d]))
        flag_mismatch (cmp, d);
  find_agreements (cmp);
}
