/* facts.c: the dates and quantities a document gives that the reference
 * does not ("Jan. 16", "11,000 to 13,000 troops"), and those it leaves
 * out.  A date counts as given when a date of the other document overlaps
 * it (the week "last week" names holds Jan. 16); a quantity when the
 * other gives the same value or range. */
#include "config.h"

#include "align/comparison.h"

static const GPtrArray *
dates_of (const PxComparison *cmp, guint doc)
{
  return px_extraction_get_dates (px_document_get_extraction (cmp->docs[doc]));
}

static const GPtrArray *
numbers_of (const PxComparison *cmp, guint doc)
{
  return px_extraction_get_numbers (px_document_get_extraction (cmp->docs[doc]));
}

static gboolean
has_overlapping_date (const PxComparison *cmp, guint doc, const PxDate *date)
{
  const GPtrArray *dates = dates_of (cmp, doc);
  for (guint i = 0; i < dates->len; i++)
    if (px_compare_dates_agree (date, g_ptr_array_index (dates, i)))
      return TRUE;
  return FALSE;
}

static gboolean
has_same_number (const PxComparison *cmp, guint doc, const PxNumber *number)
{
  const GPtrArray *numbers = numbers_of (cmp, doc);
  for (guint i = 0; i < numbers->len; i++)
    {
      const PxNumber *other = g_ptr_array_index (numbers, i);
      if (other->low == number->low && other->high == number->high
          && other->percent == number->percent)
        return TRUE;
    }
  return FALSE;
}

/* The documents @doc is measured against. */
static gboolean
is_reference_for (const PxComparison *cmp, guint doc, guint other)
{
  if (cmp->primary >= 0)
    return (int) other == cmp->primary;
  return other != doc && !px_same_witness (cmp, doc, other);
}

static gboolean
any_reference_has_date (const PxComparison *cmp, guint doc, const PxDate *date)
{
  for (guint o = 0; o < cmp->n; o++)
    if (is_reference_for (cmp, doc, o) && has_overlapping_date (cmp, o, date))
      return TRUE;
  return FALSE;
}

static gboolean
any_reference_has_number (const PxComparison *cmp, guint doc, const PxNumber *number)
{
  for (guint o = 0; o < cmp->n; o++)
    if (is_reference_for (cmp, doc, o) && has_same_number (cmp, o, number))
      return TRUE;
  return FALSE;
}

static void
list_added (PxComparison *cmp, guint d)
{
  const GPtrArray *dates = dates_of (cmp, d), *numbers = numbers_of (cmp, d);
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      if (px_compare_date_is_specific (date) && !any_reference_has_date (cmp, d, date))
        g_array_append_val (cmp->dates_added[d], i);
    }
  for (guint i = 0; i < numbers->len; i++)
    if (!any_reference_has_number (cmp, d, g_ptr_array_index (numbers, i)))
      g_array_append_val (cmp->numbers_added[d], i);
}

static void
list_omitted (PxComparison *cmp, guint d)
{
  guint p = (guint) cmp->primary;
  const GPtrArray *dates = dates_of (cmp, p), *numbers = numbers_of (cmp, p);
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      if (px_compare_date_is_specific (date) && !has_overlapping_date (cmp, d, date))
        g_array_append_val (cmp->dates_omitted[d], i);
    }
  for (guint i = 0; i < numbers->len; i++)
    if (!has_same_number (cmp, d, g_ptr_array_index (numbers, i)))
      g_array_append_val (cmp->numbers_omitted[d], i);
}

static GArray **
new_lists (guint n)
{
  GArray **lists = g_new (GArray *, n);
  for (guint i = 0; i < n; i++)
    lists[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  return lists;
}

void
px_compare_facts (PxComparison *cmp)
{
  cmp->dates_added = new_lists (cmp->n);
  cmp->dates_omitted = new_lists (cmp->n);
  cmp->numbers_added = new_lists (cmp->n);
  cmp->numbers_omitted = new_lists (cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    {
      if ((int) d == cmp->primary)
        continue;
      list_added (cmp, d);
      if (cmp->primary >= 0)
        list_omitted (cmp, d);
    }
}
