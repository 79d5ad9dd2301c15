# Rules an analyst may edit; installed under $(pkgdatadir)/rules.
nobase_dist_pkgdata_DATA += \
	%reldir%/boilerplate.yaml \
	%reldir%/abbreviations.yaml \
	%reldir%/names.yaml \
	%reldir%/dates.yaml \
	%reldir%/attribution.yaml \
	%reldir%/numbers.yaml \
	%reldir%/metadata.yaml \
	%reldir%/compare.yaml \
	%reldir%/claims.yaml
