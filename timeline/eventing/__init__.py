"""From resolved dates to events: which expressions anchor a happening, what to call it, where it
took place, and which mentions in different articles speak of the same happening.

Modules: :mod:`lexicon` (English word lists), :mod:`gazetteer` (places and their time zones),
:mod:`text` (sentences and tokens with offsets), :mod:`names` (participants), :mod:`places`,
:mod:`titles` (the happening and its title), :mod:`status` (past/scheduled/ongoing from the tense),
:mod:`selection` (which expressions become events, ``--include``), :mod:`similarity` (the merge
measure) and :mod:`merge` (clustering mentions into events).
"""
