/* similarity.c: see claims.h. */
#include "config.h"

#include "claims/claims.h"
