# The bundled demo corpus and its run file; installed under $(pkgdatadir)/data.
nobase_dist_pkgdata_DATA += \
	%reldir%/corpus/kcna-japan-nato.yaml \
	%reldir%/corpus/kcna-2025-01-20.txt \
	%reldir%/corpus/firstpost-2025-01-20.txt \
	%reldir%/corpus/hotaaj-2025-01.txt \
	%reldir%/corpus/rt-2023-05-16.txt \
	%reldir%/corpus/washingtontimes-2025-01-20.txt
