/* compare.c: see align-private.h. */
#include "config.h"

#include "align/align-private.h"
